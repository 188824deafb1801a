// What a result register holds: its kinds and its fields (DOMAIN.md «Result registers and
// indicators»). Fields name the meaning of a column, whatever its header says.

/** ВПР and ОГЭ share their mark columns; ЕГЭ has scores; medalists have candidates and confirmed. */
export type RegisterKind = 'vpr' | 'oge' | 'ege' | 'medal';

export const REGISTER_KIND_RU: Record<RegisterKind, string> = {
  vpr: 'ВПР',
  oge: 'ОГЭ',
  ege: 'ЕГЭ',
  medal: 'медалисты',
};

/** Columns that say whose row it is (text). */
export type KeyField = 'school' | 'class' | 'subject' | 'student';

/** Columns that hold numbers an indicator sums. */
export type NumericField =
  | 'enrolled'
  | 'participants'
  | 'n2'
  | 'n3'
  | 'n4'
  | 'n5'
  | 'lowered'
  | 'confirmed'
  | 'raised'
  | 'belowMin'
  | 'high'
  | 'meanScore'
  | 'candidates'
  | 'medalConfirmed';

/**
 * A per-student register has one mark (2…5) per row instead of counts; reading turns it into
 * participants = 1 and a 1 under that mark, so every ВПР indicator applies unchanged.
 */
export type RegisterField = KeyField | NumericField | 'mark';

/** Fields a table may give as percentages; the count is pct / 100 × the base field. */
export type PercentableField = 'n2' | 'n3' | 'n4' | 'n5' | 'lowered' | 'confirmed' | 'raised' | 'belowMin' | 'high' | 'medalConfirmed';

export const PERCENT_BASE: Record<PercentableField, NumericField> = {
  n2: 'participants',
  n3: 'participants',
  n4: 'participants',
  n5: 'participants',
  lowered: 'participants',
  confirmed: 'participants',
  raised: 'participants',
  belowMin: 'participants',
  high: 'participants',
  medalConfirmed: 'candidates',
};

export const MARK_FIELDS = ['n2', 'n3', 'n4', 'n5'] as const;

/** How each field is called in messages: the usual header. */
export const FIELD_RU: Record<RegisterField, string> = {
  school: 'ОО',
  class: 'Класс',
  subject: 'Предмет',
  student: 'Код участника',
  enrolled: 'По списку',
  participants: 'Участников',
  n2: '2',
  n3: '3',
  n4: '4',
  n5: '5',
  mark: 'Отметка',
  lowered: 'Понизили',
  confirmed: 'Подтвердили',
  raised: 'Повысили',
  belowMin: 'Не преодолели минимальный порог',
  high: '80–100 баллов',
  meanScore: 'Средний балл',
  candidates: 'Претенденты',
  medalConfirmed: 'Подтвердили',
};

/** Every numeric field, in a fixed order (reading keeps a row's values in an array in this order). */
export const NUMERIC_FIELDS: readonly NumericField[] = [
  'enrolled',
  'participants',
  'n2',
  'n3',
  'n4',
  'n5',
  'lowered',
  'confirmed',
  'raised',
  'belowMin',
  'high',
  'meanScore',
  'candidates',
  'medalConfirmed',
];
