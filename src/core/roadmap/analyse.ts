// The roadmap job as every host runs it: pick the sheet, read the register, check it.
import { Day } from '../dates';
import { Finding } from '../findings';
import { SheetGrid } from '../grid';
import { InputProblem } from '../input-problems';
import { Period } from '../deadlines/period';
import { checkRoadmap } from './check';
import { looksLikeRoadmap, readRoadmap, Roadmap } from './read';
import { findStaffList, StaffList } from './staff';

export interface RoadmapOptions {
  /** Sheet name; by default the first sheet with a roadmap header (the active one, in Excel, is passed here). */
  sheet?: string;
  period?: Period;
  approved?: Day | null;
  today: Day;
}

export interface RoadmapAnalysis {
  roadmap: Roadmap;
  findings: Finding[];
  staff: StaffList | null;
  today: Day;
}

export type RoadmapOutcome = { ok: true; analysis: RoadmapAnalysis } | { ok: false; problem: InputProblem };

export function analyseRoadmap(sheets: SheetGrid[], opts: RoadmapOptions): RoadmapOutcome {
  const available = sheets.map((s) => s.name);
  let grid: SheetGrid | undefined;
  if (opts.sheet !== undefined) {
    grid = sheets.find((s) => s.name === opts.sheet) ?? sheets.find((s) => s.name.trim().toLowerCase() === opts.sheet?.trim().toLowerCase());
    if (!grid) return { ok: false, problem: { kind: 'no-sheet', sheet: opts.sheet, available } };
  } else {
    grid = sheets.find(looksLikeRoadmap);
    if (!grid) {
      const allEmpty = sheets.every((s) => s.values.every((r) => r.every((v) => v === null || v === '')));
      if (allEmpty && sheets.length > 0) return { ok: false, problem: { kind: 'empty-sheet', sheet: sheets[0].name } };
      return { ok: false, problem: { kind: 'no-roadmap-sheet', available } };
    }
  }
  const read = readRoadmap(grid, { period: opts.period, approved: opts.approved, today: opts.today });
  if (!read.ok) {
    return { ok: false, problem: read.reason === 'empty' ? { kind: 'empty-sheet', sheet: grid.name } : { kind: 'no-roadmap-header', sheet: grid.name } };
  }
  const staff = findStaffList(sheets, grid.name);
  const findings = checkRoadmap(read.roadmap, { today: opts.today, staff });
  return { ok: true, analysis: { roadmap: read.roadmap, findings, staff, today: opts.today } };
}
