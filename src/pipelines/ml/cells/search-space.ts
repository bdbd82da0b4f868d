// Hyper-parameter search spaces and samplers: grid, seeded random, and a small TPE
// (tree-structured Parzen estimator, Bergstra et al. 2011) for numeric and categorical parameters.
import { Random } from '../random';

/** A list is a set of choices; an object is a numeric range. */
export type Dimension = unknown[] | { min: number; max: number; log?: boolean; int?: boolean };
export type Space = Record<string, Dimension>;
export type Params = Record<string, unknown>;

export class SpaceError extends Error {
  override name = 'SpaceError';
}

export function parseSpace(raw: Record<string, unknown>): Space {
  const space: Space = {};
  for (const [name, d] of Object.entries(raw)) {
    if (Array.isArray(d)) {
      if (d.length === 0) throw new SpaceError(`space.${name}: an empty list of choices`);
      space[name] = d;
    } else if (d && typeof d === 'object' && typeof (d as { min?: unknown }).min === 'number' && typeof (d as { max?: unknown }).max === 'number') {
      const r = d as { min: number; max: number; log?: boolean; int?: boolean };
      if (!(r.min < r.max)) throw new SpaceError(`space.${name}: min (${r.min}) must be below max (${r.max})`);
      if (r.log && r.min <= 0) throw new SpaceError(`space.${name}: a log range needs min > 0`);
      space[name] = { min: r.min, max: r.max, log: !!r.log, int: !!r.int };
    } else {
      throw new SpaceError(`space.${name}: expected a list of choices or { min, max, log?, int? }`);
    }
  }
  if (Object.keys(space).length === 0) throw new SpaceError('space: name at least one parameter to search');
  return space;
}

/** Every combination of the choices (ranges are not allowed in a grid). */
export function gridPoints(space: Space, limit: number): Params[] {
  let points: Params[] = [{}];
  for (const [name, d] of Object.entries(space)) {
    if (!Array.isArray(d)) throw new SpaceError(`space.${name}: a grid search needs a list of values, not a range`);
    points = points.flatMap((p) => d.map((v) => ({ ...p, [name]: v })));
  }
  if (points.length > limit) throw new SpaceError(`the grid has ${points.length} combinations; trials allows ${limit}. Raise trials or use search: random`);
  return points;
}

function fromUnit(d: Exclude<Dimension, unknown[]>, u: number): number {
  const v = d.log ? Math.exp(Math.log(d.min) + u * (Math.log(d.max) - Math.log(d.min))) : d.min + u * (d.max - d.min);
  return d.int ? Math.round(v) : v;
}

function toUnit(d: Exclude<Dimension, unknown[]>, v: number): number {
  return d.log ? (Math.log(v) - Math.log(d.min)) / (Math.log(d.max) - Math.log(d.min)) : (v - d.min) / (d.max - d.min);
}

export function randomPoint(space: Space, rng: Random): Params {
  const p: Params = {};
  for (const [name, d] of Object.entries(space)) p[name] = Array.isArray(d) ? d[rng.int(d.length)] : fromUnit(d, rng.next());
  return p;
}

/**
 * TPE: split past trials into the best quarter (good) and the rest (bad); draw candidates from a
 * Parzen estimate around the good ones and keep the one with the highest l(x)/g(x) density ratio.
 */
export function tpePoint(space: Space, history: { params: Params; score: number }[], higherBetter: boolean, rng: Random, candidates = 24): Params {
  if (history.length < 5) return randomPoint(space, rng);
  const sorted = [...history].sort((a, b) => (higherBetter ? b.score - a.score : a.score - b.score));
  const nGood = Math.max(1, Math.ceil(sorted.length * 0.25));
  const good = sorted.slice(0, nGood).map((h) => h.params);
  const bad = sorted.slice(nGood).map((h) => h.params);
  const bandwidth = Math.max(0.05, 1 / Math.sqrt(history.length));
  const density = (set: Params[], name: string, d: Dimension, v: unknown): number => {
    if (Array.isArray(d)) {
      const count = set.filter((p) => p[name] === v).length;
      return (count + 1) / (set.length + d.length);
    }
    const u = toUnit(d, v as number);
    let s = 0;
    for (const p of set) {
      const z = (u - toUnit(d, p[name] as number)) / bandwidth;
      s += Math.exp(-0.5 * z * z);
    }
    return (s + 1e-12) / (set.length * bandwidth) + 1e-12;
  };
  let best: Params | null = null;
  let bestRatio = -Infinity;
  for (let c = 0; c < candidates; c++) {
    const base = good[rng.int(good.length)];
    const cand: Params = {};
    for (const [name, d] of Object.entries(space)) {
      if (Array.isArray(d)) cand[name] = rng.next() < 0.7 ? base[name] : d[rng.int(d.length)];
      else {
        const u = Math.min(1, Math.max(0, toUnit(d, base[name] as number) + rng.normal() * bandwidth));
        cand[name] = fromUnit(d, u);
      }
    }
    let ratio = 0;
    for (const [name, d] of Object.entries(space)) ratio += Math.log(density(good, name, d, cand[name])) - Math.log(density(bad, name, d, cand[name]));
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = cand;
    }
  }
  return best!;
}
