// Russian month names in every case a roadmap uses them: «январь», «января», «январе», «янв.».

const MONTH_FORMS: RegExp[] = [
  /^(январ[ьяею]|янв)$/,
  /^(феврал[ьяею]|фев|февр)$/,
  /^(март|марта|марте|мар)$/,
  /^(апрел[ьяею]|апр)$/,
  /^(май|мая|мае|маю)$/,
  /^(июн[ьяею]|июн)$/,
  /^(июл[ьяею]|июл)$/,
  /^(август|августа|августе|авг)$/,
  /^(сентябр[ьяею]|сен|сент)$/,
  /^(октябр[ьяею]|окт)$/,
  /^(ноябр[ьяею]|ноя|нояб)$/,
  /^(декабр[ьяею]|дек)$/,
];

/** 1–12 for a Russian month word (already folded to lower case), else null. */
export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '');
  for (let i = 0; i < MONTH_FORMS.length; i++) if (MONTH_FORMS[i].test(w)) return i + 1;
  return null;
}

const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

export const monthGenitive = (m: number): string => GENITIVE[m - 1];
