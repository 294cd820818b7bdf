import { describe, expect, it } from 'vitest';
import { formatReport, generateDocument, padDocument, seededRandom } from '../../scripts/bench.js';
import type { Template } from '../../scripts/bench.js';

const template: Template = {
  name: 't.md',
  extension: '.md',
  text: '---\ntitle: T\ndate: 2015-10-03\n---\n\n# Heading\n\nOn 3 October 1990 one.\n\nTwo in 1989.\n\nThree.\n\nFour.\n',
};

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed and varies between documents', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const docsA = [generateDocument(template, first), generateDocument(template, first)];
    const docsB = [generateDocument(template, second), generateDocument(template, second)];
    expect(docsA).toEqual(docsB);
    expect(new Set([...docsA, generateDocument(template, first), generateDocument(template, first)]).size).toBeGreaterThan(1);
  });

  it('keeps front matter and the heading first and every paragraph once', () => {
    const doc = generateDocument(template, seededRandom(7));
    expect(doc.startsWith('---\ntitle: T\n')).toBe(true);
    expect(doc).toMatch(/---\n\n# Heading\n\n/);
    for (const word of ['one.', 'Two in', 'Three.', 'Four.']) expect(doc.split(word)).toHaveLength(2);
  });

  it('pads short articles with paragraphs of others of the same format to the word target', () => {
    const other: Template = { name: 'o.md', extension: '.md', text: '# Other\n\nAlpha beta gamma delta.\n\nEpsilon zeta eta theta.\n' };
    const html: Template = { name: 'h.html', extension: '.html', text: '<p>Short.</p>' };
    const padded = padDocument(template.text, template, [template, other, html], 60, seededRandom(3));
    expect(padded.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(60);
    expect(padded.startsWith(template.text.trimEnd())).toBe(true);
    expect(padded).not.toContain('<p>');
    expect(padDocument(html.text, html, [html, other], 60, seededRandom(3))).toBe(html.text);
  });

  it('reports throughput and percentiles', () => {
    const text = formatReport({ name: 'single', documents: 4, bytes: 2 * 1024 * 1024, words: 4000, totalMs: 2000, cpuMs: 1000, perDocumentMs: [1, 2, 3, 10], stages: [{ stage: 'load:markdown', ms: 500, calls: 4 }], findings: 1 });
    expect(text).toContain('throughput: 2.0 documents/s, 1.00 MB/s (wall); 2.00 MB per CPU-second');
    expect(text).toContain('p50 3.00 ms, p95 10.00 ms');
    expect(text).toContain('per 1,000 words: 500.00 ms');
    expect(text).toMatch(/load:markdown\s+500\.0 ms\s+25\.0%/);
  });
});
