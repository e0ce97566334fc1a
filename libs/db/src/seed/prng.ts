/**
 * A tiny seeded pseudo-random number generator (mulberry32), so generated demo data is identical on every
 * machine and every run. Not for anything security related.
 */
export type Random = () => number;

/** Returns a generator of floats in [0, 1) determined entirely by `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash, to derive a separate seed per tenant from one demo seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items');
  return items[Math.floor(random() * items.length)];
}

/** Picks one value with probability proportional to its weight. */
export function pickWeighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (!(total > 0)) throw new Error('pickWeighted: no positive weight');
  let point = random() * total;
  for (const [value, weight] of entries) {
    point -= weight;
    if (point < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * Splits `total` into whole numbers proportional to `weights` (largest remainder; ties go to the earlier
 * entry), so the parts always add up to `total`. Weights that already add up to `total` come back unchanged.
 */
export function apportion<K extends string>(total: number, weights: readonly (readonly [K, number])[]): [K, number][] {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  if (total === 0 || weights.length === 0) return weights.map(([key]) => [key, 0]);
  if (!(sum > 0)) throw new Error('apportion: no positive weight');
  const quotas = weights.map(([key, weight], index) => ({ key, index, exact: (total * weight) / sum }));
  const parts = quotas.map((q) => Math.floor(q.exact + 1e-9));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const byRemainder = [...quotas].sort((a, b) => b.exact - Math.floor(b.exact + 1e-9) - (a.exact - Math.floor(a.exact + 1e-9)) || a.index - b.index);
  for (const q of byRemainder) {
    if (left <= 0) break;
    parts[q.index] += 1;
    left -= 1;
  }
  return quotas.map((q) => [q.key, parts[q.index]]);
}
