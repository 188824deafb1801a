// Numbers as a Russian reader writes them: a decimal comma, «27,4 %».

export type ValueFormat = 'percent' | 'number';

/** Up to `decimals` decimals, trailing zeros dropped: 25 → «25», 27.45 → «27,45», 0.1 × 100 → «10». */
export function numberRu(v: number, decimals = 2): string {
  const f = 10 ** decimals;
  const rounded = Math.round(v * f) / f;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/** An indicator's value in a message: percentages with one decimal («27,4 %»), numbers with two («3,43»). */
export function formatValue(v: number, format: ValueFormat): string {
  return format === 'percent' ? `${(v * 100).toFixed(1).replace('.', ',')} %` : v.toFixed(2).replace('.', ',');
}

/** A threshold's value: as short as written («25 %», «90 %», «3,5»). */
export function formatLimit(v: number, format: ValueFormat): string {
  return format === 'percent' ? `${numberRu(v * 100, 2)} %` : numberRu(v, 2);
}
