// Rebuilding the register keeps what users typed in its tracking columns: an execution mark,
// a date done or a link entered in «Реестр мероприятий» is carried over to the new register,
// matched to the same activity by id, else by activity text. When rows were renumbered, the
// same id can name another activity: a row whose text matches is then preferred to one whose
// id matches, so marks follow their activity.
import { foldLoose } from '../text';

export interface TypedTracking {
  id: string;
  activity: string;
  status: string;
  doneOn: string;
  proof: string;
}

export interface Carried {
  status?: string;
  doneOn?: string;
  proof?: string;
}

/** For each new item (by index), the values typed in the old register that must survive. */
export function carryTracking(old: TypedTracking[], items: { id: string; activity: string }[]): Carried[] {
  const byId = new Map<string, TypedTracking>();
  const byText = new Map<string, TypedTracking>();
  for (const row of old) {
    if (!row.status && !row.doneOn && !row.proof) continue;
    if (row.id && !byId.has(row.id)) byId.set(row.id, row);
    const key = foldLoose(row.activity);
    if (key && !byText.has(key)) byText.set(key, row);
  }
  const taken = new Set<TypedTracking>();
  const chosen: (TypedTracking | undefined)[] = items.map(() => undefined);
  const texts = items.map((it) => foldLoose(it.activity));
  const take = (i: number, row: TypedTracking | undefined): void => {
    if (row && !taken.has(row) && !chosen[i]) {
      chosen[i] = row;
      taken.add(row);
    }
  };
  // Text matches first (same id and text, then same text), id-only matches with what is left.
  items.forEach((it, i) => {
    const sameId = byId.get(it.id);
    if (sameId && foldLoose(sameId.activity) === texts[i]) take(i, sameId);
  });
  items.forEach((_it, i) => take(i, byText.get(texts[i])));
  items.forEach((it, i) => take(i, byId.get(it.id)));
  return chosen.map((row) => {
    const c: Carried = {};
    if (row?.status) c.status = row.status;
    if (row?.doneOn) c.doneOn = row.doneOn;
    if (row?.proof) c.proof = row.proof;
    return c;
  });
}
