// The thresholds ОКО ships with; they are written into the workbook's `Пороги` sheet, where
// the methodologist edits them. None is a federal norm: each is a working value with its
// reason, and the note beside it in the sheet says so.
import { Threshold } from './thresholds';

export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  // Low results (ШНОР candidates). Рособрнадзор/ФИОКО select schools with low results by the
  // share of participants who failed ВПР; a quarter failing is well past any district's usual
  // level, a sixth is worth a look. vpr.success is left without a threshold: with every mark
  // filled in it is 1 − vpr.fail and would only repeat these.
  { indicator: 'vpr.fail', comparison: '≥', value: 0.25, level: 'риск', note: 'Низкие результаты: «2» у каждого четвёртого участника (признак ШНОР)' },
  { indicator: 'vpr.fail', comparison: '≥', value: 0.15, level: 'внимание', note: 'Низкие результаты: доля «2» заметно выше обычной' },
  // Relative: the district's own worst tenth, whatever the absolute level (DOMAIN.md: «в 10 %
  // худших по району»), so that a district with good results still sees where to help first.
  { indicator: 'vpr.fail', comparison: 'worst-percent', value: 0.1, level: 'внимание', note: 'Самая высокая доля «2» в районе' },
  // Biased marking (признаки необъективности; the seed programme counts them among its
  // problems). When one work in ten gets a mark above the journal's, or fewer than 70 % of
  // marks match the journal, the school's results are checked for objectivity.
  { indicator: 'vpr.raised', comparison: '≥', value: 0.1, level: 'внимание', note: 'Признак необъективности: отметка за ВПР выше отметки по журналу у каждого десятого' },
  { indicator: 'vpr.confirmed', comparison: '<', value: 0.7, level: 'внимание', note: 'Признак необъективности: отметку по журналу подтвердили меньше 70 % участников' },
  // Participation: seed 000, Appendix 2, criterion 9: «Не менее 90% в каждой процедуре» —
  // in every procedure, hence the per-row minimum rather than the average.
  { indicator: 'vpr.participation.min', comparison: '<', value: 0.9, level: 'риск', note: 'Критерий мониторинга: не менее 90 % участников в каждой процедуре' },
  // Medalists: seed 001 lists «Индекс неподтверждения медалистов» among its indicators and
  // reports candidates who did not confirm; a single one is a finding for the school.
  { indicator: 'medal.unconfirmed', comparison: '>', value: 0, level: 'риск', note: 'Претенденты на медаль не подтвердили результаты на ЕГЭ' },
  // ЕГЭ below the minimum score: a working value to be set to the region's level.
  { indicator: 'ege.below-min', comparison: '≥', value: 0.05, level: 'внимание', note: 'Доля не преодолевших минимальный порог ЕГЭ; уточните по региону' },
];
