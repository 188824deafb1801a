// Runs every rule over a register and words each hit with the sheet and cell it is about.
import { Day } from '../dates';
import { Finding, Severity, sortFindings, where } from '../findings';
import { Roadmap } from './read';
import { staffKeys } from './responsible';
import { ROADMAP_RULES } from './rules';
import { Hit, RoadmapRule } from './rules/rule';
import { StaffList } from './staff';

export interface CheckOptions {
  today: Day;
  staff?: StaffList | null;
}

export function checkRoadmap(roadmap: Roadmap, opts: CheckOptions): Finding[] {
  const ctx = { roadmap, today: opts.today, staff: opts.staff ? staffKeys(opts.staff.names) : null };
  const findings: Finding[] = [];
  for (const rule of ROADMAP_RULES) {
    for (const hit of rule.check(ctx)) findings.push(new RuleFinding(rule, roadmap.sheet, hit));
  }
  return sortFindings(findings);
}

/** A finding whose message is worded on first read (and then kept). */
class RuleFinding implements Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly row: number;
  readonly cell: string;
  readonly itemId?: string;
  private worded?: string;

  constructor(
    rule: RoadmapRule,
    private readonly sheet: string,
    private readonly hit: Hit,
  ) {
    this.rule = rule.id;
    this.severity = rule.severity;
    this.row = hit.row;
    this.cell = hit.cell;
    if (hit.itemId) this.itemId = hit.itemId;
  }

  get message(): string {
    return (this.worded ??= `${where(this.sheet, this.cell)}: ${this.hit.say()}`);
  }
}
