// A workbook's sheets as the pane harness takes them: read in Node, sent as JSON (no Maps or Sets).
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../../../src/io/xlsx/read-workbook';
import type { WireGrid } from './harness';

export const wireGrids = async (file: string): Promise<WireGrid[]> =>
  (await readWorkbook(new Uint8Array(readFileSync(file)))).sheets.map((g) => ({
    ...g,
    numberFormats: [...(g.numberFormats ?? [])],
    links: [...(g.links ?? [])],
    unlocked: [...(g.unlocked ?? [])],
  }));
