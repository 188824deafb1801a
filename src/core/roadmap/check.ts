// Runs every rule over a register and words each hit with the sheet and cell it is about.
import { Day } from '../dates';
import { Finding, sortFindings, where } from '../findings';
import { Roadmap } from './read';
import { staffKeys } from './responsible';
import { ROADMAP_RULES } from './rules';
import { StaffList } from './staff';

export interface CheckOptions {
  today: Day;
  staff?: StaffList | null;
}

export function checkRoadmap(roadmap: Roadmap, opts: CheckOptions): Finding[] {
  const ctx = { roadmap, today: opts.today, staff: opts.staff ? staffKeys(opts.staff.names) : null };
  const findings: Finding[] = [];
  for (const rule of ROADMAP_RULES) {
    for (const hit of rule.check(ctx)) {
      const f: Finding = {
        rule: rule.id,
        severity: rule.severity,
        row: hit.row,
        cell: hit.cell,
        message: `${where(roadmap.sheet, hit.cell)}: ${hit.text}`,
      };
      if (hit.itemId) f.itemId = hit.itemId;
      findings.push(f);
    }
  }
  return sortFindings(findings);
}
