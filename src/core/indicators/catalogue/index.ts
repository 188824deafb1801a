// The indicator catalogue (DOMAIN.md «Result registers and indicators»). Adding an indicator
// is one file beside these and one line here.
import { fold } from '../../text';
import { Indicator } from '../indicator';
import { EGE_BELOW_MIN } from './ege-below-min';
import { EGE_HIGH } from './ege-high';
import { MEDAL_UNCONFIRMED } from './medal-unconfirmed';
import { VPR_CONFIRMED } from './vpr-confirmed';
import { VPR_FAIL } from './vpr-fail';
import { VPR_LOWERED } from './vpr-lowered';
import { VPR_MEAN } from './vpr-mean';
import { VPR_PARTICIPATION } from './vpr-participation';
import { VPR_PARTICIPATION_MIN } from './vpr-participation-min';
import { VPR_QUALITY } from './vpr-quality';
import { VPR_RAISED } from './vpr-raised';
import { VPR_SOU } from './vpr-sou';
import { VPR_SUCCESS } from './vpr-success';

/** In the order they are shown. */
export const CATALOGUE: readonly Indicator[] = [
  VPR_FAIL,
  VPR_QUALITY,
  VPR_SUCCESS,
  VPR_MEAN,
  VPR_SOU,
  VPR_PARTICIPATION,
  VPR_PARTICIPATION_MIN,
  VPR_CONFIRMED,
  VPR_RAISED,
  VPR_LOWERED,
  EGE_HIGH,
  EGE_BELOW_MIN,
  MEDAL_UNCONFIRMED,
];

/**
 * A ВПР indicator over ОГЭ registers: the same columns and formula, its own id and name, so
 * that ВПР and ОГЭ results are never pooled into one value.
 */
export function forOge(ind: Indicator): Indicator {
  return { ...ind, id: `oge.${ind.id.replace(/^vpr\./, '')}`, name: `${ind.name} (ОГЭ)`, kind: 'oge' };
}

/** The catalogue and its ОГЭ variants: every indicator ОКО can compute. */
export const ALL_INDICATORS: readonly Indicator[] = [...CATALOGUE, ...CATALOGUE.filter((i) => i.kind === 'vpr').map(forOge)];

/** By id (vpr.fail) or by Russian name (Доля «2»), as a user may write either in `Пороги`. */
export function findIndicator(idOrName: string): Indicator | undefined {
  const t = fold(idOrName);
  return ALL_INDICATORS.find((i) => i.id === t) ?? ALL_INDICATORS.find((i) => fold(i.name) === t);
}
