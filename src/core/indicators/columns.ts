// Header synonyms of result registers, per register kind. Tested against folded header text
// (lower case, ё → е, single spaces; a sub-header under a merged group reads «2 (отметки)»).
// Order matters: findHeader gives a header to the first spec that matches it, so the narrow
// ones («Понизили», «не преодолели минимальный порог») come before the wide «участников».
import { ColumnSpec } from '../layout/header';
import { PercentableField, RegisterField } from './fields';

/** A column key: a field, or a field given as percentages («% "2"», «Доля «2»», «2, %»). */
export type ColumnKey = RegisterField | `${PercentableField}%`;

/** The header says the column holds percentages. (`\b` knows no Cyrillic, hence the classes.) */
const PERCENT = '%|(?:^|[^а-яa-z])(?:дол[яи]|процент[а-я]*)(?:[^а-яa-z]|$)';

/** A count column: matches `source` and does not say «%». */
const count = (source: string): RegExp => new RegExp(`^(?!.*(?:${PERCENT}))(?=.*(?:${source}))`);
/** A percentage column: matches `source` and says «%», «доля» or «процент». */
const percent = (source: string): RegExp => new RegExp(`^(?=.*(?:${PERCENT}))(?=.*(?:${source}))`);

/** Both readings of a field that a table may give as counts or as percentages; counts first. */
function either(field: PercentableField, source: string): ColumnSpec<ColumnKey>[] {
  return [
    { key: field, match: count(source) },
    { key: `${field}%`, match: percent(source) },
  ];
}

/** A mark column: the header's only number is the mark («2», «"2"», «Отметка «2»», «% 2»). */
const mark = (k: number): string => `^\\D*(?<!\\d)${k}(?!\\d)\\D*$`;

const SCHOOL: ColumnSpec<ColumnKey> = {
  key: 'school',
  match:
    /^(?!код)(?:(?:оо|оу|школа|учреждение|организация)(?:\s*[(,:.]|$)|наименование (?:оо|оу|образоват|школ|учрежд|организац)|назван[а-я]* (?:оо|школ|учрежд|образоват)|образовательн[а-я]* (?:организац|учрежд))/,
};
const CLASS: ColumnSpec<ColumnKey> = { key: 'class', match: /^(?:класс|параллель|кл\.?)(?:[^а-я]|$)/ };
const SUBJECT: ColumnSpec<ColumnKey> = { key: 'subject', match: /^(?:учебный )?предмет|дисциплин/ };
const STUDENT: ColumnSpec<ColumnKey> = {
  key: 'student',
  match: /^(?:фио|ф\. ?и\. ?о\.?|код (?:участника|обучающегося|ученика)|обучающийся|ученик|участник)$/,
};
const ENROLLED: ColumnSpec<ColumnKey> = {
  key: 'enrolled',
  match: count('по списку|списочн|(?:кол-во|количество|число|всего) (?:обучающихся|учащихся|учеников|детей)|контингент|в классе'),
};
const PARTICIPANTS: ColumnSpec<ColumnKey> = {
  key: 'participants',
  match: count('участник|выполнял|писал|приняли участие|принявш|сдавал|участвовал|явил'),
};
/** One mark per row (a per-student register), not a count of marks. */
const MARK: ColumnSpec<ColumnKey> = { key: 'mark', match: /^(?:отметка|оценка)(?: за работу| за впр| по впр)?$/ };

export const VPR_COLUMNS: ColumnSpec<ColumnKey>[] = [
  SCHOOL,
  CLASS,
  SUBJECT,
  ENROLLED,
  STUDENT,
  ...either('lowered', 'понизил|понижен'),
  ...either('confirmed', '(?<!не )подтвердил|(?<!не )подтвержд'),
  ...either('raised', 'повысил|повышен'),
  // Before participants: «Количество участников, получивших «2»» is a mark column.
  ...either('n2', mark(2)),
  ...either('n3', mark(3)),
  ...either('n4', mark(4)),
  ...either('n5', mark(5)),
  MARK,
  PARTICIPANTS,
];

export const EGE_COLUMNS: ColumnSpec<ColumnKey>[] = [
  SCHOOL,
  CLASS,
  SUBJECT,
  STUDENT,
  ...either('belowMin', 'не преодол|ниже минимал|не набрал|не достиг|менее минимал|меньше минимал'),
  ...either('high', '80 ?[-–—] ?100|высокобалл|от 80|80 и (?:более|выше)|(?:более|свыше|выше) 80'),
  { key: 'meanScore', match: count('средн[а-я]* (?:тестов[а-я]* )?балл|^ср\\.? балл') },
  PARTICIPANTS,
];

export const MEDAL_COLUMNS: ColumnSpec<ColumnKey>[] = [
  SCHOOL,
  // Before candidates: «Претенденты, подтвердившие результаты» are the confirmed ones.
  ...either('medalConfirmed', '(?<!не )подтверд'),
  { key: 'candidates', match: count('^(?!.*не подтверд).*(?:претендент|кандидат|награжден|медалист|претендов)') },
];
