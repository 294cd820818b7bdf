import { describe, expect, it } from 'vitest';
import { verbAspect } from '../../src/extract/aspect.js';

describe('verbAspect', () => {
  it('reads adverbs between the auxiliary and the participle, "only" among them', () => {
    expect(verbAspect('She has only been mayor ', '')).toBe('present-perfect');
    expect(verbAspect('They had only recently held the post ', '')).toBe('past-perfect');
    expect(verbAspect('He only served ', '')).toBe('past');
  });

  it('a long run of adverbs that ends in no participle costs linear time ("has" alone is then present)', () => {
    // "only" used to match both as a listed adverb and as \w+ly: each one doubled the work.
    const started = performance.now();
    expect(verbAspect(`it has ${'only '.repeat(40)}!`, '')).toBe('present');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
