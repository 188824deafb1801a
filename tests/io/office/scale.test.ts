// The number of syncs does not grow with the row count: reads take 2 whatever the size,
// writes a fixed few plus one per 4 MB sent; no request ever passes the 5 MB limit.
import { roadmapPlan } from '../../../src/core/roadmap/register-plan';
import { FakeExcel, MB, SyncStat } from '../../fakes/excel';
import { analysed, bigRoadmap, hostOn, trimmed } from './helpers';

const sent = (syncs: SyncStat[]): number => syncs.reduce((n, s) => n + s.requestBytes, 0);

describe.each([1_000, 50_000])('a roadmap of %i rows', (rows) => {
  const grid = bigRoadmap(rows);
  const plan = roadmapPlan(analysed([grid]));

  test('readSheets: 2 syncs', async () => {
    const fake = new FakeExcel();
    fake.loadGrid(grid);
    const [read] = await hostOn(fake).readSheets();
    expect(read.values).toHaveLength(grid.values.length);
    expect(fake.syncCount).toBe(2);
  });

  test('writePlan: at most 3 syncs plus 1 per 4 MB, each request under the limit', async () => {
    const fake = new FakeExcel();
    fake.loadGrid(grid);
    await hostOn(fake).writePlan(plan);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(sent(fake.syncs) / (4 * MB)));
    if (rows === 1_000) expect(fake.syncCount).toBe(2);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThan(4 * MB);
    expect(fake.sheet('Реестр мероприятий').rows.length).toBe(3 + plan.sheets[0].table.rows.length);
  });
});

test('Excel on the web, 50 000 rows: the 5 MB response limit makes reads go in pieces, nothing lost', async () => {
  const grid = bigRoadmap(50_000);
  const fake = new FakeExcel({ web: true });
  fake.loadGrid(grid);
  const host = hostOn(fake);
  const [read] = await host.readSheets();
  expect(trimmed(read.values)).toEqual(trimmed(grid.values));
  expect(fake.syncs[1].error).toBe('ResponsePayloadSizeLimitExceeded');
  const later = fake.syncs.slice(2);
  for (const s of later) expect(s.error === undefined || s.error === 'ResponsePayloadSizeLimitExceeded').toBe(true);
  for (const s of later.filter((x) => !x.error)) expect(s.responseBytes).toBeLessThanOrEqual(5 * MB);
  // A handful per 4 MB read, not one per row.
  const bytes = later.filter((x) => !x.error).reduce((n, s) => n + s.responseBytes, 0);
  expect(fake.syncCount).toBeLessThanOrEqual(4 + 2 * Math.ceil(bytes / (3.5 * MB)));
});

test('Excel on the web: the tracking columns of a 50 000-row register are read in pieces too', async () => {
  const grid = bigRoadmap(50_000);
  const fake = new FakeExcel({ web: true });
  fake.loadGrid(grid);
  const host = hostOn(fake);
  await host.writePlan(roadmapPlan(analysed([grid])));
  fake.resetStats();
  const typed = await host.readRegisterTracking('Реестр мероприятий');
  expect(typed).toHaveLength(50_000);
  expect(typed[2]).toMatchObject({ id: '3', status: 'Исполнено', doneOn: '2022-02-11' }); // serial 44603
  expect(fake.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['ResponsePayloadSizeLimitExceeded']);
});
