// Near-duplicate search over articles: character 5-gram shingles of the normalised text, MinHash
// signatures banded into LSH buckets to find candidates, and the exact Jaccard similarity of the
// shingle sets to confirm them. Shared boilerplate (a dateline, a byline, a closing sentence) is
// a small part of two different stories' shingles, so it cannot carry their similarity above the
// threshold; a minimum of shared shingles keeps very short texts from matching on a phrase.

const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Fewer shared shingles than this is never the same story, whatever the ratio. */
const MIN_SHARED = 30;

/** The rolling hash's base (odd, so multiplication is invertible mod 2^32) and its power ROLL^(SHINGLE-1). */
const ROLL = 0x01000193;
const ROLL_OUT = (() => {
  let p = 1;
  for (let i = 1; i < SHINGLE; i++) p = Math.imul(p, ROLL);
  return p;
})();

function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct shingle hashes of a normalised text, sorted. */
function shingles(norm: string): Uint32Array {
  if (norm.length < SHINGLE) return norm.length ? Uint32Array.of(fnv1a(norm, 0, norm.length)) : new Uint32Array(0);
  const all = new Uint32Array(norm.length - SHINGLE + 1);
  // A polynomial hash rolled along the text (mod 2^32): two multiplications per shingle instead of
  // five FNV rounds. Only equality matters, and signature() spreads the bits before binning.
  let h = 0;
  for (let i = 0; i < SHINGLE; i++) h = (Math.imul(h, ROLL) + norm.charCodeAt(i)) | 0;
  all[0] = h;
  for (let i = 1; i < all.length; i++) {
    h = (Math.imul(h - Math.imul(norm.charCodeAt(i - 1), ROLL_OUT), ROLL) + norm.charCodeAt(i + SHINGLE - 1)) | 0;
    all[i] = h;
  }
  all.sort();
  // Sorted, so duplicates are neighbours: compact in place.
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

/**
 * One-permutation MinHash with rotation densification (Li, Owen & Zhang 2012; Shrivastava & Li
 * 2014): one hash per shingle, its top bits choose one of HASHES bins and the rest competes for
 * the bin's minimum; empty bins borrow from the next filled one. O(shingles) per document instead
 * of O(shingles × HASHES), with the same collision probability as classic MinHash.
 */
function signature(set: Uint32Array): Uint32Array {
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i < set.length; i++) {
    // murmur3 finaliser: spreads the shingle hash before binning.
    let h = set[i];
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    const bin = h >>> 26; // HASHES = 64 bins
    const value = h & 0x03ffffff;
    if (value < sig[bin]) sig[bin] = value;
  }
  for (let j = 0; j < HASHES; j++) {
    if (sig[j] !== EMPTY) continue;
    for (let t = 1; t < HASHES; t++) {
      const v = sig[(j + t) % HASHES];
      if (v !== EMPTY && v < 0x04000000) {
        sig[j] = v + t * 0x04000000;
        break;
      }
    }
  }
  return sig;
}

/** A 64-bit fingerprint of a normalised text (two FNV-1a variants, one seeded with the length): map keys stay short. */
export function fingerprint(norm: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ norm.length;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + ':' + (h2 >>> 0).toString(36);
}

/** The LSH bucket keys of a shingle set, one per band. */
function bandKeys(set: Uint32Array): Float64Array {
  const sig = signature(set);
  const keys = new Float64Array(BANDS);
  for (let band = 0; band < BANDS; band++) keys[band] = bandKey(sig, band);
  return keys;
}

function fnv1a32(values: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) h = Math.imul(h ^ values[i], 0x01000193);
  return h >>> 0;
}

/**
 * A band's bucket: the band in the high bits and a hash of its rows below, a number rather than a
 * string. Two bands colliding only adds a candidate, which the exact Jaccard test then rejects.
 */
function bandKey(sig: Uint32Array, band: number): number {
  return band * 0x100000000 + fnv1a32(sig.subarray(band * ROWS, (band + 1) * ROWS));
}

function sameSet(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** |a ∩ b| for sorted arrays. */
function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

export function jaccard(a: Uint32Array, b: Uint32Array): { similarity: number; shared: number } {
  const shared = intersection(a, b);
  const union = a.length + b.length - shared;
  return { similarity: union ? shared / union : 0, shared };
}

interface Doc {
  /** Shared by every document with the same shingles (`interned`): copies compare by identity. */
  set: Uint32Array;
  setKey: string;
  keys: Float64Array;
  group?: string;
}

export class DuplicateIndex {
  private readonly docs = new Map<string, Doc>();
  /** Mostly one document per bucket: arrays, not sets, at 16 buckets per article (a third of the index's memory before). */
  private readonly buckets = new Map<number, string[]>();
  private readonly groups = new Map<string, Set<string>>();
  /** One array per distinct shingle set: a story reprinted many times (an archive) is compared once, not once per pair of copies. */
  private readonly interned = new Map<string, { set: Uint32Array; refs: number; keys: Float64Array }>();
  /** A normalised text's hash key → the key of its interned set. */
  private readonly textSets = new Map<string, string>();
  private readonly setMatches = new Map<string, { id: string; similarity: number }[]>();

  get size(): number {
    return this.docs.size;
  }

  /** Indexes a document by its normalised text (`normalizedText`, or the `norm` of `normalizeForMatch`). */
  set(id: string, norm: string, group?: string): void {
    this.delete(id);
    this.setMatches.clear();
    // A text met before (an archive reprints the same story many times) takes its interned set and
    // band keys without shingling and sorting again.
    const textKey = fingerprint(norm);
    const knownKey = this.textSets.get(textKey);
    let shared = knownKey === undefined ? undefined : this.interned.get(knownKey);
    let setKey = knownKey ?? '';
    if (!shared) {
      const fresh = shingles(norm);
      setKey = `${fresh.length}:${fnv1a32(fresh)}`;
      shared = this.interned.get(setKey);
      if (!shared || !sameSet(shared.set, fresh)) {
        // A hash collision between different sets keeps the newer one unshared: rare, and only slower.
        if (!shared) this.interned.set(setKey, (shared = { set: fresh, refs: 0, keys: bandKeys(fresh) }));
        else shared = { set: fresh, refs: 0, keys: bandKeys(fresh) };
      }
      if (this.interned.get(setKey) === shared) {
        // Entries of texts since edited away only cost a lookup that misses; drop them all now and then.
        if (this.textSets.size > 4 * this.docs.size + 1024) this.textSets.clear();
        this.textSets.set(textKey, setKey);
      }
    }
    shared.refs++;
    const set = shared.set;
    const keys = shared.keys;
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
    this.docs.set(id, { set, setKey, keys, group });
    if (group !== undefined) {
      let g = this.groups.get(group);
      if (!g) this.groups.set(group, (g = new Set()));
      g.add(id);
    }
  }

  delete(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.setMatches.clear();
    for (const key of doc.keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      const at = bucket.indexOf(id);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 0) this.buckets.delete(key);
    }
    if (doc.group !== undefined) this.groups.get(doc.group)?.delete(id);
    const shared = this.interned.get(doc.setKey);
    if (shared?.set === doc.set && --shared.refs === 0) this.interned.delete(doc.setKey);
    this.docs.delete(id);
  }

  removeGroup(group: string): void {
    for (const id of [...(this.groups.get(group) ?? [])]) this.delete(id);
    this.groups.delete(group);
  }

  /** Documents that are the same story as `id`, most similar first. Symmetric by construction. */
  matches(id: string, minSimilarity = 0.5): { id: string; similarity: number }[] {
    return this.matchesWithSelf(id, minSimilarity).filter((m) => m.id !== id);
  }

  /**
   * The documents at least `minSimilarity` alike to `id`, `id` itself among them, most similar
   * first. Shared, not copied: every document with the same shingles gets the same array until
   * the index changes, so a caller may cache what it derives from it by identity.
   */
  matchesWithSelf(id: string, minSimilarity = 0.5): readonly { id: string; similarity: number }[] {
    const doc = this.docs.get(id);
    if (!doc) return [];
    // Every document with this shingle set has the same candidates and similarities: work them out once per set until the index changes.
    const interned = this.interned.get(doc.setKey)?.set === doc.set;
    const cacheKey = `${minSimilarity} ${doc.setKey}`;
    let all = interned ? this.setMatches.get(cacheKey) : undefined;
    if (!all) {
      const candidates = new Set<string>();
      for (const key of doc.keys) for (const other of this.buckets.get(key) ?? []) candidates.add(other);
      all = [];
      for (const other of candidates) {
        const otherSet = this.docs.get(other)!.set;
        const { similarity, shared } = otherSet === doc.set ? { similarity: 1, shared: doc.set.length } : jaccard(doc.set, otherSet);
        if (similarity >= minSimilarity && shared >= MIN_SHARED) all.push({ id: other, similarity });
      }
      all.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (interned) this.setMatches.set(cacheKey, all);
    }
    return all;
  }
}

export { normalizeForMatch, normalizedText, normalizedForDiff } from './normalize';
export { alignNormalized, type AlignedChange, type AlignedDiff } from './align';
export type { Normalized } from './normalize';
