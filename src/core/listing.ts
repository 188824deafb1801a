// A list that is read in order and whose length is known, without saying where it lives: an
// array in memory (the task pane), or rows the CLI keeps in a file on disk so that collecting
// thousands of schools does not hold them all. Arrays are Listings and Spools as they are.

export interface Listing<T> extends Iterable<T> {
  readonly length: number;
}

/** A Listing that is filled first, then read (as many times as needed). */
export interface Spool<T> extends Listing<T> {
  push(item: T): void;
}

/** Each item turned into another, when read. */
export function mapListing<T, U>(list: Listing<T>, f: (item: T) => U): Listing<U> {
  return {
    get length() {
      return list.length;
    },
    *[Symbol.iterator]() {
      for (const item of list) yield f(item);
    },
  };
}

/** The items that pass, when read; the length costs one reading, the first time it is asked. */
export function filterListing<T>(list: Listing<T>, keep: (item: T) => boolean): Listing<T> {
  let length: number | undefined;
  return {
    get length() {
      length ??= countWhere(list, keep);
      return length;
    },
    *[Symbol.iterator]() {
      for (const item of list) if (keep(item)) yield item;
    },
  };
}

export function countWhere<T>(list: Iterable<T>, keep: (item: T) => boolean): number {
  let n = 0;
  for (const item of list) if (keep(item)) n++;
  return n;
}
