// Numbering rules: «1.3» twice, «1.2» then «1.4», «2.1» under section 3. Numbers are
// compared within a section, since many roadmaps start again from 1 in each section.
import { compareNatural, isDottedNumber } from '../../item-numbers';
import { RoadmapItem, Section } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

/** A section's items with their own number, in sheet order. */
interface NumberedList {
  items: RoadmapItem[];
  /** Whether the numbers only go up in natural order: then none repeats (see compareNatural). */
  ascends: boolean;
}

// The three numbering rules share one grouping per register.
const grouped = new WeakMap<RoadmapItem[], NumberedList[]>();

/**
 * Items with their own number cell (a number merged down over several rows counts once), by
 * section. Whether each list goes up is found in the same pass, while both numbers are at hand:
 * a second pass over 65 000 numbers spread across the heap costs as much as the first.
 */
function numberedBySection(items: RoadmapItem[]): NumberedList[] {
  const cached = grouped.get(items);
  if (cached) return cached;
  const out: NumberedList[] = [];
  let list: NumberedList = { items: [], ascends: true };
  let section: Section | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item.ownNumber || !isDottedNumber(item.number)) continue;
    // Items come in sheet order, so a section's items are consecutive.
    if (item.section !== section) {
      section = item.section;
      list = { items: [], ascends: true };
      out.push(list);
    } else if (list.ascends && compareNatural(list.items[list.items.length - 1].number, item.number) >= 0) {
      list.ascends = false;
    }
    list.items.push(item);
  }
  grouped.set(items, out);
  return out;
}

/** The integer written in number[from, to) (digits only: numbers pass isDottedNumber). */
function partValue(number: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (number.charCodeAt(i) - 0x30);
  return n;
}

export const numberingDuplicate: RoadmapRule = {
  id: 'numbering.duplicate',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const { items: list, ascends } of numberedBySection(roadmap.items)) {
      // Numbers that only ever go up cannot repeat: most sections need no map of their numbers.
      if (ascends) continue;
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
    for (const { items: list } of numberedBySection(roadmap.items)) {
      // The highest last part seen under each parent («1.2» for «1.2.3»). Consecutive items
      // mostly share a parent: it is kept at hand, and the map is only used when it changes.
      const lastChild = new Map<string, number>();
      let parent = '';
      let prev: number | undefined;
      for (let k = 0; k < list.length; k++) {
        const item = list[k];
        const number = item.number;
        // The last dot and the value after it, in one pass.
        let dot = -1;
        let n = 0;
        for (let i = 0; i < number.length; i++) {
          const c = number.charCodeAt(i);
          if (c === 0x2e) {
            dot = i;
            n = 0;
          } else n = n * 10 + (c - 0x30);
        }
        const parentLength = dot < 0 ? 0 : dot;
        if (parentLength !== parent.length || !number.startsWith(parent)) {
          if (prev !== undefined) lastChild.set(parent, prev);
          parent = number.slice(0, parentLength);
          prev = lastChild.get(parent);
        }
        if (prev !== undefined && n > prev + 1) {
          const prevNumber = parent ? `${parent}.${prev}` : String(prev);
          const missing = parent ? `${parent}.${prev + 1}` : String(prev + 1);
          hits.push(hitAt(item, 'number', () => `после пункта ${prevNumber} идёт ${item.number}: пропущен номер ${missing}.`));
        }
        if (prev === undefined || n > prev) prev = n;
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
    for (const { items: list } of numberedBySection(roadmap.items)) {
      // The items of a list share their section: its number is read once.
      const sectionNumber = list[0].section.number;
      if (!/^\d+$/.test(sectionNumber)) continue;
      const expected = Number(sectionNumber);
      for (let k = 0; k < list.length; k++) {
        const item = list[k];
        const dot = item.number.indexOf('.');
        if (dot >= 0 && partValue(item.number, 0, dot) !== expected) {
          hits.push(
            hitAt(item, 'number', () => `пункт ${item.number} стоит в разделе ${item.section.number} «${item.section.title}». Номер должен начинаться с ${item.section.number}.`),
          );
        }
      }
    }
    return hits;
  },
};
