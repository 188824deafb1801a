// Runs every rule over a register and words each hit with the sheet and cell it is about.
import { Day } from '../dates';
import { Finding, sortFindings } from '../findings';
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
    // Indexed: this loop runs once per check, often before it is optimised, and a for-of
    // would allocate an iterator result per hit (tens of thousands).
    const hits = rule.check(ctx);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      hit.rule = rule.id;
      hit.severity = rule.severity;
      hit.sheet = roadmap.sheet;
      findings.push(hit);
    }
  }
  return sortFindings(findings);
}
