// Runs every rule over a register and words each hit with the sheet and cell it is about.
import { Day } from '../dates';
import { Finding, sortFindings } from '../findings';
import { Roadmap } from './read';
import { staffKeys } from './responsible';
import { ROADMAP_RULES } from './rules';
import { hitOrigin } from './rules/rule';
import { StaffList } from './staff';

export interface CheckOptions {
  today: Day;
  staff?: StaffList | null;
}

export function checkRoadmap(roadmap: Roadmap, opts: CheckOptions): Finding[] {
  const ctx = { roadmap, today: opts.today, staff: opts.staff ? staffKeys(opts.staff.names) : null };
  const findings: Finding[] = [];
  for (const rule of ROADMAP_RULES) {
    // Indexed: this loop runs once per check, often before it is optimised, and a for-of
    // would allocate an iterator result per hit (tens of thousands).
    const hits = rule.check(ctx);
    const origin = hitOrigin(rule.id, rule.severity, roadmap.sheet);
    for (let i = 0; i < hits.length; i++) {
      hits[i].origin = origin;
      findings.push(hits[i]);
    }
  }
  return sortFindings(findings);
}
