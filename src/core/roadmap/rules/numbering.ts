// Numbering rules: «1.3» twice, «1.2» then «1.4», «2.1» under section 3. Numbers are
// compared within a section, since many roadmaps start again from 1 in each section.
import { RoadmapItem } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

interface Numbered {
  item: RoadmapItem;
  parts: number[];
}

// The three numbering rules share one grouping per register.
const grouped = new WeakMap<RoadmapItem[], Map<number, Numbered[]>>();

/** Items with their own number cell (a number merged down over several rows counts once), by section. */
function numberedBySection(items: RoadmapItem[]): Map<number, Numbered[]> {
  const cached = grouped.get(items);
  if (cached) return cached;
  const out = new Map<number, Numbered[]>();
  for (const item of items) {
    if (!item.ownNumber || !/^\d+(\.\d+)*$/.test(item.number)) continue;
    const list = out.get(item.sectionRow);
    const entry = { item, parts: item.number.split('.').map(Number) };
    if (list) list.push(entry);
    else out.set(item.sectionRow, [entry]);
  }
  grouped.set(items, out);
  return out;
}

export const numberingDuplicate: RoadmapRule = {
  id: 'numbering.duplicate',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const list of numberedBySection(roadmap.items).values()) {
      const first = new Map<string, RoadmapItem>();
      for (const { item } of list) {
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
    for (const list of numberedBySection(roadmap.items).values()) {
      const lastChild = new Map<string, number>();
      for (const { item, parts } of list) {
        const parent = parts.slice(0, -1).join('.');
        const n = parts[parts.length - 1];
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
    for (const list of numberedBySection(roadmap.items).values()) {
      for (const { item, parts } of list) {
        if (!/^\d+$/.test(item.sectionNumber) || parts.length < 2) continue;
        if (parts[0] !== Number(item.sectionNumber)) {
          hits.push(
            hitAt(item, 'number', () => `пункт ${item.number} стоит в разделе ${item.sectionNumber} «${item.section}». Номер должен начинаться с ${item.sectionNumber}.`),
          );
        }
      }
    }
    return hits;
  },
};
