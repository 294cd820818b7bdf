/**
 * The inverted index of record claims across documents: key → signature → claims. Comparison
 * works bucket by bucket, and inside a bucket group by group, so its cost grows with the
 * number of claims and of distinct answers per key — never with pairs of documents.
 */
interface Indexed {
  doc: number;
  keys: string[];
  signature: string;
}

export class ClaimsIndex<C extends Indexed> {
  private readonly buckets = new Map<string, Map<string, C[]>>();

  add(claim: C): void {
    for (const key of claim.keys) {
      let bySignature = this.buckets.get(key);
      if (!bySignature) {
        bySignature = new Map();
        this.buckets.set(key, bySignature);
      }
      const group = bySignature.get(claim.signature);
      if (group) {
        // The same document may state the same thing twice; keep one entry per document.
        if (group[group.length - 1].doc !== claim.doc) group.push(claim);
      } else {
        bySignature.set(claim.signature, [claim]);
      }
    }
  }

  /** Buckets where documents give more than one answer: the only places a conflict can be. */
  *disputedBuckets(): Generator<{ key: string; groups: C[][] }> {
    for (const [key, bySignature] of this.buckets) {
      if (bySignature.size > 1) yield { key, groups: [...bySignature.values()] };
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
