import { foldLoose, foldLooseHash } from '../../src/core/text';

describe('foldLooseHash agrees with foldLoose', () => {
  const same = [
    ['Мониторинг  сайтов ОО.', 'мониторинг сайтов оо'],
    ['Ёлка\nи ЁЖ', 'елка и еж'],
    ['  Совещание;…', 'совещание'],
    ['Итоги ВПР (5 кл.)', 'итоги впр (5 кл.)'],
    ['Ärger Straße', 'ärger straße'],
  ];
  test.each(same)('%s ~ %s', (a, b) => {
    expect(foldLoose(a)).toBe(foldLoose(b));
    expect(foldLooseHash(a)).toBe(foldLooseHash(b));
  });
  test.each([
    ['Мониторинг сайтов', 'Мониторинг сайта'],
    ['совещание 1', 'совещание 2'],
    ['a b', 'ab'],
  ])('%s differs from %s', (a, b) => {
    expect(foldLooseHash(a)).not.toBe(foldLooseHash(b));
  });
});

test('long texts that fold alike hash alike, whatever their spacing', () => {
  const a = `${'Организация  методической   помощи '.repeat(8)}школам.`;
  const b = `${'организация методической помощи '.repeat(8)}школам`;
  expect(foldLoose(a)).toBe(foldLoose(b));
  expect(foldLooseHash(a)).toBe(foldLooseHash(b));
});
