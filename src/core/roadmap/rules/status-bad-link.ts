import { allHttpLinks } from '../status';
import { RoadmapItem } from '../read';
import { RoadmapRule, hitAt, itemName } from './rule';

const say = (item: RoadmapItem): string =>
  `ссылка «${item.proof}» у ${itemName(item)} не является адресом http(s). Разместите документ на сайте и вставьте ссылку вида https://…`;

/** A confirming link that is not an http(s) address. */
export const statusBadLink: RoadmapRule = {
  id: 'status.bad-link',
  severity: 'error',
  check({ roadmap }) {
    return roadmap.items
      .filter((item) => item.proof !== '' && !allHttpLinks(item.proof))
      .map((item) => hitAt(item, 'proof', say));
  },
};
