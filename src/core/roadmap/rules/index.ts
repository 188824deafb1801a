// Every roadmap rule, in the order of DOMAIN.md's table. A new rule is one file and one line here.
import { activityDuplicate } from './activity-duplicate';
import { deadlineBeforeApproval } from './deadline-before-approval';
import { deadlineInverted } from './deadline-inverted';
import { deadlineOutsidePeriod } from './deadline-outside-period';
import { deadlineUnknown } from './deadline-unknown';
import { numberingDuplicate, numberingGap, numberingSection } from './numbering';
import { requiredMissing } from './required-missing';
import { responsibleUnknown } from './responsible-unknown';
import { RoadmapRule } from './rule';
import { statusBadLink } from './status-bad-link';
import { statusDoneWithoutProof } from './status-done-without-proof';
import { statusOverdue } from './status-overdue';

export const ROADMAP_RULES: RoadmapRule[] = [
  requiredMissing,
  deadlineUnknown,
  deadlineOutsidePeriod,
  deadlineBeforeApproval,
  deadlineInverted,
  numberingDuplicate,
  numberingGap,
  numberingSection,
  responsibleUnknown,
  statusOverdue,
  statusDoneWithoutProof,
  statusBadLink,
  activityDuplicate,
];
