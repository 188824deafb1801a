// Numbering rules: «1.3» twice, «1.2» then «1.4», «2.1» under section 3. Numbers are
// compared within a section, since many roadmaps start again from 1 in each section.
import { RoadmapItem } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

// The three numbering rules share one grouping per register.
const grouped = new WeakMap<RoadmapItem[], RoadmapItem[][]>();

const NUMBERED = /^\d+(\.\d+)*$/;

/** Items with their own number cell (a number merged down over several rows counts once), by section. */
function numberedBySection(items: RoadmapItem[]): RoadmapItem[][] {
  const cached = grouped.get(items);
  if (cached) return cached;
  const out: RoadmapItem[][] = [];
  let list: RoadmapItem[] = [];
  let sectionRow = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item.ownNumber || !NUMBERED.test(item.number)) continue;
    // Items come in sheet order, so a section's items are consecutive.
    if (item.sectionRow !== sectionRow) {
      sectionRow = item.sectionRow;
      list = [];
      out.push(list);
    }
    list.push(item);
  }
  grouped.set(items, out);
  return out;
}

/** «1.2.3» → parent «1.2» and last part 3 (numbers pass NUMBERED). */
function lastPart(number: string): { parent: string; n: number } {
  const dot = number.lastIndexOf('.');
  return dot < 0 ? { parent: '', n: Number(number) } : { parent: number.slice(0, dot), n: Number(number.slice(dot + 1)) };
}

export const numberingDuplicate: RoadmapRule = {
  id: 'numbering.duplicate',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const list of numberedBySection(roadmap.items)) {
      const first = new Map<string, RoadmapItem>();
      for (let k = 0; k < list.length; k++) {
        const item = list[k];
        const earlier = first.get(item.number);
        if (earlier) hits.push(hitAt(item, 'number', () => `номер ${item.number} уже есть в строке ${earlier.row}. Перенумеруйте пункты.`));
        else first.set(item.number, item);
      }
    }
    return hits;
  },
};

export const numberingGap: RoadmapRule = {
  id: 'numbering.gap',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const list of numberedBySection(roadmap.items)) {
      const lastChild = new Map<string, number>();
      for (let k = 0; k < list.length; k++) {
        const item = list[k];
        const { parent, n } = lastPart(item.number);
        const prev = lastChild.get(parent);
        if (prev !== undefined && n > prev + 1) {
          const prevNumber = parent ? `${parent}.${prev}` : String(prev);
          const missing = parent ? `${parent}.${prev + 1}` : String(prev + 1);
          hits.push(hitAt(item, 'number', () => `после пункта ${prevNumber} идёт ${item.number}: пропущен номер ${missing}.`));
        }
        if (prev === undefined || n > prev) lastChild.set(parent, n);
      }
    }
    return hits;
  },
};

export const numberingSection: RoadmapRule = {
  id: 'numbering.section',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const list of numberedBySection(roadmap.items)) {
      // The items of a list share their section: its number is read once.
      const sectionNumber = list[0].sectionNumber;
      if (!/^\d+$/.test(sectionNumber)) continue;
      const expected = Number(sectionNumber);
      for (let k = 0; k < list.length; k++) {
        const item = list[k];
        const dot = item.number.indexOf('.');
        if (dot >= 0 && Number(item.number.slice(0, dot)) !== expected) {
          hits.push(
            hitAt(item, 'number', () => `пункт ${item.number} стоит в разделе ${item.sectionNumber} «${item.section}». Номер должен начинаться с ${item.sectionNumber}.`),
          );
        }
      }
    }
    return hits;
  },
};
