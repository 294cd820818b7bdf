import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import rule from '../../rules/cross-doc-conflict.js';
import type { Analyzer } from '../../src/analysis/document.js';
import type { Claim, QuoteMention } from '../../src/analysis/mentions.js';
import { sentenceAt } from '../../src/load/document.js';
import type { Document } from '../../src/load/document.js';
import { CROSSDOC, SEEDS, analyzeDocs, fixtureFiles, loadDocs, referenceKb, runOn } from './support.js';

const set = (name: string) => fixtureFiles(join(CROSSDOC, name));
const base = (path: string) => path.split('/').pop();

// ---- Stand-ins for the extractors of other layers (claims, quotes): they read the fixture
// text with a narrow pattern so that these tests exercise the comparison, not the extraction.

function quotesAnalyzer(): Analyzer<'quotes'> {
  return {
    kind: 'quotes',
    analyze: ({ doc }) => {
      const quotes: QuoteMention[] = [];
      const said = /"([^"]+)," ((?:[a-z]+ )*)((?:[A-Z][a-z]+ ?)+?) (?:said|told|repeated)/g;
      const colon = /((?:[A-Z][a-z]+ )*[A-Z][a-z]+)(?:,[^:.]*)?: "([^"]+)"/g;
      for (const m of doc.text.matchAll(said)) quotes.push(quote(doc, m.index ?? 0, m[0].indexOf(m[1]), m[1], m[3].trim()));
      for (const m of doc.text.matchAll(colon)) quotes.push(quote(doc, m.index ?? 0, m[0].lastIndexOf(m[2]), m[2], m[1]));
      return quotes;
    },
  };
}

function quote(doc: Document, at: number, offset: number, words: string, speaker: string): QuoteMention {
  const contentSpan = { start: at + offset, end: at + offset + words.length };
  return {
    span: { start: contentSpan.start - 1, end: contentSpan.end + 1 }, contentSpan, text: words, words: words.split(' ').length,
    form: 'double', isSpeech: true, speaker: { name: speaker, via: 'said-x' }, sourcing: [],
    sentence: sentenceAt(doc, contentSpan.start)?.index ?? 0, paragraph: 0,
  };
}

function claimsAnalyzer(find: (doc: Document) => Claim[]): Analyzer<'claims'> {
  return { kind: 'claims', analyze: ({ doc }) => find(doc) };
}

const sentenceOf = (doc: Document, offset: number) => sentenceAt(doc, offset)?.index ?? 0;

describe('cross-doc-conflict: figures', () => {
  it('flags the later account of a figure that contradicts an earlier one, and names it', () => {
    const docs = analyzeDocs(loadDocs(set('figure-conflict')));
    const findings = runOn(rule, docs);
    expect(findings.map((f) => [base(f.file), f.line, f.column, f.text])).toEqual([
      ['b.txt', 3, 94, 'some 2,500 residents'],
      ['b.txt', 7, 42, '€20 million'],
    ]);
    const [residents] = findings;
    expect(residents.message).toContain('corpus/examples/crossdoc/figure-conflict/a.txt:3');
    expect(residents.message).toContain('“approximately 1,200 residents”');
    expect(residents.evidence?.claimed).toBe('some 2,500 residents');
    expect(residents.evidence?.actual).toContain('a.txt:3:');
    expect(residents.related).toEqual([expect.objectContaining({ filePath: 'corpus/examples/crossdoc/figure-conflict/a.txt', line: 3 })]);
    expect(residents.suggestions?.[0].message).toMatch(/make the documents agree/);
  });

  it('counts of meetings: "12 times" contradicts "more than 40 times"', () => {
    const findings = runOn(rule, analyzeDocs(loadDocs(set('meeting-count'))));
    expect(findings.map((f) => [base(f.file), f.line, f.text])).toEqual([['later.md', 10, '12 times']]);
    expect(findings[0].message).toContain('earlier.md:10');
  });

  it('a count of meetings between other people is another figure (Abe–Putin 27, Xi–Putin 40)', () => {
    const docs = analyzeDocs(loadDocs([...set('meeting-count'), `${SEEDS}/003_dc5b3c73b90bfc24.txt`]));
    expect(runOn(rule, docs).map((f) => base(f.file))).toEqual(['later.md']);
  });

  it('reports on the later document by date, whatever the order given', () => {
    const findings = runOn(rule, analyzeDocs(loadDocs(set('meeting-count').reverse())));
    expect(findings.map((f) => base(f.file))).toEqual(['later.md']);
  });

  it('without dates, reports on the document given last', () => {
    const findings = runOn(rule, analyzeDocs(loadDocs(set('figure-conflict').reverse())));
    expect(new Set(findings.map((f) => base(f.file)))).toEqual(new Set(['a.txt']));
  });

  it('can be narrowed to some kinds of claim', () => {
    expect(runOn(rule, analyzeDocs(loadDocs(set('figure-conflict'))), undefined, { kinds: ['quote', 'date'] })).toEqual([]);
  });
});

describe('cross-doc-conflict: agreeing accounts stay quiet', () => {
  it('different words, same facts: "approximately 12,000" / "some 12,400", "more than 70 years" / "75 years", one speaker', () => {
    const docs = analyzeDocs(loadDocs(set('agreeing-accounts')), undefined, [quotesAnalyzer()]);
    expect(docs[1].get('quotes')).toHaveLength(1);
    expect(runOn(rule, docs)).toEqual([]);
  });

  it('reports a figure corrected in a later version of one article as a change between versions, not as a conflict', () => {
    const docs = analyzeDocs(loadDocs(set('versions')));
    const findings = runOn(rule, docs);
    // The corrected version is dated after the original, and given after the undated syndicated copy.
    expect(findings.map((f) => [base(f.file), f.text.replace(/\s+/g, ' ')])).toEqual([['oped-updated.md', 'About 45 fishing boats']]);
    expect(findings[0].message).toMatch(/^Changed between versions: this version says “About 45 fishing boats”/);
    expect(findings[0].message).toContain('oped.md:13');
    expect(runOn(rule, docs, undefined, { versionChanges: false })).toEqual([]);
  });

  it('seeds: no conflict between 000 and 002 (versions of one op-ed), and none from figures', () => {
    const docs = analyzeDocs(loadDocs(fixtureFiles(SEEDS)));
    const findings = runOn(rule, docs);
    const pairsOfVersions = findings.filter((f) => /\/00[02]_/.test(f.file) && f.related?.some((r) => /\/00[02]_/.test(r.filePath)));
    expect(pairsOfVersions).toEqual([]);
    expect(runOn(rule, docs, undefined, { kinds: ['quantity'] })).toEqual([]);
  });
});

describe('cross-doc-conflict: quotes', () => {
  it('does not compare who said a quotation: the same words given to another speaker are attribution, not a fact', () => {
    const docs = analyzeDocs(loadDocs(set('quote-misattributed')), undefined, [quotesAnalyzer()]);
    expect(docs[1].get('quotes')).toHaveLength(1);
    expect(runOn(rule, docs)).toEqual([]);
  });
});

describe('cross-doc-conflict: events and titles, judged by the knowledge base', () => {
  it('a different place for the same event; the KB agrees with the earlier document', () => {
    const placeClaims = claimsAnalyzer((doc) =>
      [...doc.text.matchAll(/2019 G20 summit in (Osaka|Tokyo)/g)].map((m) => {
        const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        const placeSpan = { start: span.end - m[1].length, end: span.end };
        return {
          kind: 'event-place', span, sentence: sentenceOf(doc, span.start), key: 'event:g20-2019-osaka',
          event: { series: 'G20', recordId: 'g20-2019-osaka', span, text: 'the 2019 G20 summit' },
          place: { name: m[1], placeId: `${m[1].toLowerCase()}-japan`, span: placeSpan },
        } satisfies Claim;
      }),
    );
    const kb = referenceKb();
    const findings = runOn(rule, analyzeDocs(loadDocs(set('event-place')), kb, [placeClaims]), kb);
    expect(findings.map((f) => [base(f.file), f.line, f.text])).toEqual([['tokyo.md', 6, '2019 G20 summit in Tokyo']]);
    expect(findings[0].message).toMatch(/knowledge base agrees with .*osaka\.md/);
    expect(findings[0].sources?.map((s) => s.url)).toContain('https://www.b20indonesia2022.org/about-g20');
    expect(findings[0].suggestions?.[0].message).toMatch(/Correct this/);
  });

  it('a different date for the same event (one day apart is tolerated)', () => {
    const dateClaims = claimsAnalyzer((doc) =>
      [...doc.text.matchAll(/Vilnius on (\d+)(?:–(\d+))? July 2023/g)].map((m) => {
        const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        const start = `2023-07-${m[1].padStart(2, '0')}`;
        const end = m[2] ? `2023-07-${m[2].padStart(2, '0')}` : start;
        return {
          kind: 'event-date', span, sentence: sentenceOf(doc, span.start), key: 'event:nato-2023-vilnius',
          subject: { kind: 'event', recordId: 'nato-2023-vilnius', name: 'the 2023 NATO summit', span },
          time: { start, end, granularity: 'day', basis: 'stated' },
        } satisfies Claim;
      }),
    );
    const kb = referenceKb();
    const findings = runOn(rule, analyzeDocs(loadDocs(set('event-date')), kb, [dateClaims]), kb);
    expect(findings.map((f) => [base(f.file), f.text])).toEqual([['second.md', 'Vilnius on 18 July 2023']]);
    expect(findings[0].message).toContain('2023-07-11 to 2023-07-12');
    expect(findings[0].message).toMatch(/knowledge base agrees with .*first\.md/);
  });

  it('a person in two offices at the same time; the KB says which', () => {
    const titleClaims = claimsAnalyzer((doc) =>
      [...doc.text.matchAll(/(Foreign|Prime) Minister Fumio Kishida/g)].map((m) => {
        const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        const officeKey = m[1] === 'Prime' ? 'prime-minister:japan' : 'foreign-minister:japan';
        const date = doc.metadata.date ?? '';
        return {
          kind: 'person-title', span, sentence: sentenceOf(doc, span.start), key: 'person:fumio-kishida',
          person: { name: 'Fumio Kishida', recordId: 'fumio-kishida', span },
          office: { title: `${m[1]} Minister`, titleClass: m[1] === 'Prime' ? 'prime-minister' : 'foreign-minister', officeKey, span },
          qualifier: 'current', time: { start: date, end: date, granularity: 'day', basis: 'reference' },
        } satisfies Claim;
      }),
    );
    const kb = referenceKb();
    const findings = runOn(rule, analyzeDocs(loadDocs(set('office-title')), kb, [titleClaims]), kb);
    expect(findings.map((f) => [base(f.file), f.text])).toEqual([['second.md', 'Prime Minister Fumio Kishida']]);
    expect(findings[0].message).toMatch(/knowledge base agrees with .*first\.md/);
  });

  it('when the KB sides with the later document, the earlier (wrong) one is flagged instead', () => {
    const titleClaims = claimsAnalyzer((doc) =>
      [...doc.text.matchAll(/(Foreign|Prime) Minister Fumio Kishida/g)].map((m) => {
        const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        const officeKey = m[1] === 'Prime' ? 'prime-minister:japan' : 'foreign-minister:japan';
        const date = doc.metadata.date ?? '';
        return {
          kind: 'person-title', span, sentence: sentenceOf(doc, span.start), key: 'person:fumio-kishida',
          person: { name: 'Fumio Kishida', recordId: 'fumio-kishida', span },
          office: { title: `${m[1]} Minister`, titleClass: m[1] === 'Prime' ? 'prime-minister' : 'foreign-minister', officeKey, span },
          qualifier: 'current', time: { start: date, end: date, granularity: 'day', basis: 'reference' },
        } satisfies Claim;
      }),
    );
    const kb = referenceKb();
    const docs = loadDocs(set('office-title'));
    // Make the wrong account (Prime Minister) the earlier one.
    docs[1].metadata = { ...docs[1].metadata, date: '2016-05-08' };
    const findings = runOn(rule, analyzeDocs(docs, kb, [titleClaims]), kb);
    expect(findings.map((f) => [base(f.file), f.text])).toEqual([['second.md', 'Prime Minister Fumio Kishida']]);
    expect(findings[0].message).toMatch(/knowledge base agrees with .*first\.md/);
  });
});
