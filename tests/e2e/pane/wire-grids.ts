// A workbook's sheets as the pane harness takes them: read in Node, sent as JSON (no Maps or Sets).
// 'lean' reads as `oko collect` does, with data validation (a blank's inputs are typed by it).
import { readFileSync } from 'node:fs';
import { readLean } from '../../../src/io/xlsx/lean-read';
import { readWorkbook } from '../../../src/io/xlsx/read-workbook';
import type { WireGrid } from './harness';

export async function wireGrids(file: string, reader: 'workbook' | 'lean' = 'workbook'): Promise<WireGrid[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const sheets = reader === 'lean' ? (await readLean(bytes)).sheets : (await readWorkbook(bytes)).sheets;
  return sheets.map((g) => ({
    ...g,
    numberFormats: [...(g.numberFormats ?? [])],
    links: [...(g.links ?? [])],
    unlocked: [...(g.unlocked ?? [])],
  }));
}
