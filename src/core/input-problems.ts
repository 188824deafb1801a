// Why a file could not be used, and how to say so to a user: one Russian sentence naming
// the file (and the sheet, where there is one) and what to do. Adapters detect; this words.

export type InputProblem =
  | { kind: 'not-found' }
  | { kind: 'not-a-file' }
  | { kind: 'empty-file' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'xls' }
  | { kind: 'encrypted' }
  | { kind: 'not-xlsx' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-many-merges'; sheet: string; count: number; limit: number }
  | { kind: 'too-many-merged-cells'; sheet: string; count: number; limit: number }
  | { kind: 'sheet-too-large'; sheet: string; bytes: number; limit: number }
  | { kind: 'unpacked-too-large'; bytes: number; limit: number }
  | { kind: 'no-sheet'; sheet: string; available: string[] }
  | { kind: 'empty-sheet'; sheet: string }
  | { kind: 'no-roadmap-header'; sheet: string }
  | { kind: 'no-roadmap-sheet'; available: string[] }
  | { kind: 'no-register'; reasons: { sheet: string; reason: string }[] }
  | { kind: 'macro-enabled' }
  | { kind: 'external-links'; count: number }
  | { kind: 'too-many-cells'; count: number; limit: number };

const mb = (n: number): string => `${Math.round(n / 1048576)} МБ`;
const list = (names: string[]): string => names.map((n) => `«${n}»`).join(', ');

export function describeProblem(file: string, p: InputProblem): string {
  const f = `Файл «${file}»`;
  switch (p.kind) {
    case 'not-found':
      return `${f} не найден. Проверьте путь к файлу.`;
    case 'not-a-file':
      return `${f} — это не файл (возможно, папка). Укажите книгу Excel .xlsx.`;
    case 'empty-file':
      return `${f} пуст (0 байт). Сохраните книгу в Excel заново.`;
    case 'too-large':
      return `${f} слишком велик (${mb(p.bytes)}; ОКО читает книги до ${mb(p.limit)}). Удалите лишние листы или разделите книгу.`;
    case 'xls':
      return `${f} сохранён в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».`;
    case 'encrypted':
      return `${f} защищён паролем на открытие. Откройте его в Excel, снимите пароль (Файл → Сведения → Защитить книгу → Зашифровать с паролем) и сохраните копию.`;
    case 'not-xlsx':
      return `${f} не является книгой Excel (.xlsx). Укажите файл .xlsx.`;
    case 'corrupt':
      return `${f} повреждён и не читается как книга Excel (${p.detail}). Откройте его в Excel и сохраните заново.`;
    case 'too-many-merges':
      return `${f}, лист «${p.sheet}»: ${p.count.toLocaleString('ru-RU')} объединённых диапазонов — больше, чем ОКО обрабатывает (${p.limit.toLocaleString('ru-RU')}). Снимите лишние объединения ячеек.`;
    case 'too-many-merged-cells':
      return `${f}, лист «${p.sheet}»: объединения покрывают ${p.count.toLocaleString('ru-RU')} ячеек — больше, чем ОКО обрабатывает (${p.limit.toLocaleString('ru-RU')}). Снимите объединение с больших диапазонов.`;
    case 'sheet-too-large':
      return `${f}, лист «${p.sheet}» слишком велик (${mb(p.bytes)} данных; ОКО читает листы до ${mb(p.limit)}). Разделите лист.`;
    case 'unpacked-too-large':
      return `${f}: после распаковки книга занимает ${mb(p.bytes)} — больше допустимого (${mb(p.limit)}). Файл отклонён.`;
    case 'no-sheet':
      return `${f}: листа «${p.sheet}» нет. Листы книги: ${list(p.available)}.`;
    case 'empty-sheet':
      return `${f}, лист «${p.sheet}» пуст. Укажите лист с дорожной картой (--sheet).`;
    case 'no-roadmap-header':
      return `${f}, лист «${p.sheet}»: не найдена строка заголовков дорожной карты (нужны столбцы «Мероприятия» и «Сроки» или «Ответственные»). Проверьте лист или укажите другой (--sheet).`;
    case 'no-register':
      if (p.reasons.length === 0) return `${f}: в книге нет ни одного листа. Откройте её в Excel и проверьте.`;
      return `${f}: ни на одном листе не найдена таблица результатов (ВПР, ОГЭ, ЕГЭ, медалисты): ${p.reasons.map((r) => `лист «${r.sheet}» — ${r.reason}`).join('; ')}.`;
    case 'macro-enabled':
      return `${f} содержит макросы (книга .xlsm). ОКО не принимает книги с макросами: сохраните её в Excel как «Книга Excel (.xlsx)».`;
    case 'external-links':
      return `${f} содержит ссылки на другие книги (${p.count}). ОКО не принимает такие книги: в Excel выберите «Данные → Изменить связи → Разорвать связь» и сохраните файл.`;
    case 'too-many-cells':
      return `${f}: более ${p.limit.toLocaleString('ru-RU')} заполненных ячеек — это не отчёт по шаблону. Файл отклонён.`;
    case 'no-roadmap-sheet':
      if (p.available.length === 0) return `${f}: в книге нет ни одного листа. Откройте её в Excel и проверьте.`;
      return `${f}: ни на одном листе (${list(p.available)}) не найдена таблица дорожной карты со столбцами «Мероприятия» и «Сроки» или «Ответственные».`;
  }
}
