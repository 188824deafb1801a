/** Russian UI strings: the default language of ОКО. Every other language must provide the same keys. */
export const ru = {
  appTitle: 'ОКО',
  appSubtitle: 'Дорожная карта, показатели, отчёты школ',
  placeholderTitle: 'Панель в разработке',
  placeholderBody:
    'Панель дорожной карты появится в следующей версии надстройки. Сейчас эта панель только показывает, что ОКО установлено и запускается в Excel.',
  outsideOffice: 'Страница открыта вне Excel: функции работы с книгой здесь недоступны.',
};

export type Strings = { readonly [K in keyof typeof ru]: string };
