import { dayOf } from '../../src/core/dates';
import { analyseRoadmap } from '../../src/core/roadmap/analyse';
import { MARK_FILLS, markPlan, MarkRecord, restorePlan } from '../../src/core/roadmap/marks';
import { carryTracking } from '../../src/core/roadmap/tracking';
import { roadmapGrid } from '../helpers/grid';

describe('marks on the roadmap sheet', () => {
  const out = analyseRoadmap(
    [
      roadmapGrid([
        ['1.', 'Совещание', 'когда-нибудь', 'Иванов И.И.', 'Исполнено', null, 'ftp://x/y'],
        ['2.', 'Семинар', '24.08.2021', 'Иванов И.И.'],
      ]),
    ],
    { today: dayOf(2021, 8, 1) },
  );
  if (!out.ok) throw new Error('not read');
  const plan = markPlan(out.analysis);

  test('one mark per cell, coloured by its most severe finding, with every message in the note', () => {
    expect(plan.sheet).toBe('План');
    const byCell = new Map(plan.marks.map((m) => [m.cell, m]));
    expect(byCell.get('C5')).toMatchObject({ severity: 'error', fill: MARK_FILLS.error });
    expect(byCell.get('C5')?.note).toMatch(/^ОКО: срок «когда-нибудь»/);
    expect(byCell.get('G5')?.severity).toBe('error');
    expect(byCell.get('C6')?.note).toContain('• срок «24.08.2021»'); // two findings in one cell: a list
    expect(byCell.get('C6')?.note.split('\n•')).toHaveLength(3);
    expect(plan.marks.every((m) => !m.note.includes('Лист «'))).toBe(true);
  });

  test('removing marks restores the cell only where it is still as ОКО left it', () => {
    const records: MarkRecord[] = [
      { sheet: 'План', cell: 'C5', originalFill: null, originalNote: null, fill: MARK_FILLS.error, note: 'ОКО: a' },
      { sheet: 'План', cell: 'C6', originalFill: '#FFFF00', originalNote: 'заметка', fill: MARK_FILLS.warning, note: 'ОКО: b' },
      { sheet: 'План', cell: 'G5', originalFill: null, originalNote: null, fill: MARK_FILLS.error, note: 'ОКО: c' },
    ];
    const now = (cell: string) =>
      ({
        C5: { fill: 'f8cbad', note: 'ОКО: a' }, // untouched (colour written differently)
        C6: { fill: '#00FF00', note: 'ОКО: b' }, // the user recoloured it
        G5: { fill: null, note: 'ОКО: c — и моё' }, // the user cleared the fill and edited the note
      })[cell] ?? { fill: null, note: null };
    expect(restorePlan(records, now)).toEqual([
      { cell: 'C5', fill: null, note: null },
      { cell: 'C6', note: 'заметка' },
    ]);
  });
});

describe('carrying typed tracking values into a rebuilt register', () => {
  const old = [
    { id: '1', activity: 'Совещание', status: 'Исполнено', doneOn: '2021-09-28', proof: 'https://a' },
    { id: '2', activity: 'Семинар', status: '', doneOn: '', proof: '' },
    { id: '3', activity: 'Итоги года', status: 'В работе', doneOn: '', proof: '' },
  ];

  test('by id, and by activity text when ids changed', () => {
    const carried = carryTracking(old, [
      { id: '1', activity: 'Совещание' },
      { id: '2', activity: 'Новое мероприятие' },
      { id: '4', activity: 'итоги года.' },
    ]);
    expect(carried).toEqual([{ status: 'Исполнено', doneOn: '2021-09-28', proof: 'https://a' }, {}, { status: 'В работе' }]);
  });

  test('a renumbered row keeps its marks with its activity, not with its old number', () => {
    const carried = carryTracking(old, [
      { id: '1', activity: 'Новое первым пунктом' },
      { id: '2', activity: 'Совещание' },
    ]);
    expect(carried[1]).toEqual({ status: 'Исполнено', doneOn: '2021-09-28', proof: 'https://a' });
    expect(carried[0]).toEqual({});
  });
});

test('a cell marked twice is restored to what it was before the first mark', () => {
  const records: MarkRecord[] = [
    { sheet: 'План', cell: 'C5', originalFill: '#FFFF00', originalNote: 'моя', fill: MARK_FILLS.warning, note: 'ОКО: a' },
    { sheet: 'План', cell: 'C5', originalFill: MARK_FILLS.warning, originalNote: 'ОКО: a', fill: MARK_FILLS.error, note: 'ОКО: b' },
  ];
  expect(restorePlan(records, () => ({ fill: MARK_FILLS.error, note: 'ОКО: b' }))).toEqual([{ cell: 'C5', fill: '#FFFF00', note: 'моя' }]);
});
