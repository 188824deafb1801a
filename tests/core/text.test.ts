import { foldLoose, foldLooseHash, tidyLines } from '../../src/core/text';

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

test('texts that differ only in the middle still hash alike when they fold alike, and are told apart by foldLoose', () => {
  const middle = (word: string): string => `Проведение мониторинга ${'качества '.repeat(6)}${word} ${'подготовки '.repeat(6)}в школах района`;
  expect(foldLooseHash(middle('ВПР'))).toBe(foldLooseHash(middle('впр ')));
  expect(foldLoose(middle('ВПР'))).not.toBe(foldLoose(middle('ОГЭ')));
});

test('a folded text is hashed whatever spaces and end punctuation it is written with', () => {
  for (const [a, b] of [
    ['Совещание.', 'совещание'],
    ['  Итоги   года!\n', 'итоги года'],
    ['Срок\u2003— март…', 'срок — март'],
  ]) {
    expect(foldLoose(a)).toBe(foldLoose(b));
    expect(foldLooseHash(a)).toBe(foldLooseHash(b));
  }
});

test('long texts that fold alike hash alike, whatever their spacing', () => {
  const a = `${'Организация  методической   помощи '.repeat(8)}школам.`;
  const b = `${'организация методической помощи '.repeat(8)}школам`;
  expect(foldLoose(a)).toBe(foldLoose(b));
  expect(foldLooseHash(a)).toBe(foldLooseHash(b));
});

test('a run of spaces hashes as one wherever it falls, the end of the first window included', () => {
  for (let k = 1; k < 80; k++) {
    for (const [run, tail] of [['  ', 5], [' \n\t ', 20], ['\u00a0 ', 50]] as const) {
      const a = `${'б'.repeat(k)} ${'в'.repeat(tail)} г.`;
      const b = `${'Б'.repeat(k)}${run}${'в'.repeat(tail)}  г`;
      expect(foldLoose(a)).toBe(foldLoose(b));
      expect(foldLooseHash(a)).toBe(foldLooseHash(b));
    }
  }
});

describe('tidyLines', () => {
  // The slow path spelt out: what tidyLines must return whether or not it takes its fast path.
  const reference = (s: string): string =>
    s
      .split(/\r?\n/)
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');

  it.each([
    '',
    'Мониторинг',
    'Мониторинг сайтов ОО',
    'Первая строка\nвторая строка',
    ' ведущий пробел',
    'хвост ',
    'два  пробела',
    'пустая\n\nстрока',
    'пробел \nперед переносом',
    'после\n пробел',
    'таб\tвнутри',
    'windows\r\nперенос',
    'неразрывный\u00a0пробел',
    'узкий\u202fпробел',
    '\n',
    ' ',
    'конец\n',
  ])('%j', (s) => {
    expect(tidyLines(s)).toBe(reference(s));
  });

  it('returns the very same string when there is nothing to tidy', () => {
    const s = 'Строка один\nстрока два';
    expect(tidyLines(s)).toBe(s);
    expect(tidyLines('два  пробела\n')).toBe('два пробела');
  });
});
