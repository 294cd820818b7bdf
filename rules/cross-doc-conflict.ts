/**
 * cross-doc-conflict: a claim that contradicts another document of the same run — a
 * different place or date for the same event, a different figure for the same quantity,
 * the same quotation given to someone else, a person in two offices at once. Reported on the
 * later document (by document date, else by order given), naming the earlier one.
 */
import { defineRule, findConflicts, findVersionGroups, kbVerdict, locateSpan, rankDocuments, versionGroupIndex } from '../src/rule-api/index.js';
import type { Comparable, Conflict, KbVerdict, KnowledgeBase, ReportDescriptor, SourceRef } from '../src/rule-api/index.js';
import type { AnalyzedDocument } from '../src/analysis/document.js';

export interface CrossDocConflictOptions {
  /** Which kinds of claim to compare. */
  kinds: Array<Comparable['kind']>;
  /** Treat near-duplicates as versions of one article and never compare them. */
  skipVersions: boolean;
}

const ALL_KINDS: Array<Comparable['kind']> = ['event-place', 'event-date', 'person-title', 'quote-speaker', 'quantity'];

export default defineRule<CrossDocConflictOptions>({
  meta: {
    id: 'cross-doc-conflict',
    description: 'A claim contradicts what another document of the run says about the same thing.',
    category: 'consistency',
    defaultSeverity: 'warn',
    recommended: false,
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        kinds: { type: 'array', items: { enum: ALL_KINDS }, uniqueItems: true },
        skipVersions: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { kinds: ALL_KINDS, skipVersions: true },
    docs: {
      description:
        'Compares what the documents of one run claim — event dates and places, titles, quotations and figures — and flags a claim that another, earlier document contradicts. Versions of the same article are not compared with each other.',
      examples: {
        invalid: [
          {
            documents: [
              { filename: 'a.md', text: 'The Kuril Islands are home to approximately 20,000 Russian residents.' },
              { filename: 'b.md', text: 'The Kuril Islands, claimed by Japan, are home to 35,000 Russian residents.' },
            ],
            errors: [{ filename: 'b.md', message: 'This says “35,000 Russian residents” for the number of Russian residents, but a.md:1 says “approximately 20,000 Russian residents”.', line: 1, column: 50 }],
          },
          {
            documents: [
              { filename: 'a.md', text: '“We will not give up a single metre of our land,” said Lavrov.' },
              { filename: 'b.md', text: '“We will not give up a single metre of our land,” said Shoigu.' },
            ],
            errors: [{ filename: 'b.md', message: 'This says “Shoigu” for who said “We will not give up a single metre of our land,”, but a.md:1 says “Sergey Lavrov”.', line: 1, column: 1 }],
          },
        ],
        valid: [
          {
            documents: [
              { filename: 'a.md', text: 'The Kuril Islands are home to approximately 20,000 Russian residents.' },
              { filename: 'b.md', text: 'The Kuril Islands are home to some 20,500 Russian residents.' },
            ],
          },
          {
            documents: [
              { filename: 'a.md', text: '“We will not give up a single metre of our land,” said Lavrov.' },
              { filename: 'b.md', text: '“We will not give up a single metre of our land,” Lavrov said.' },
            ],
          },
        ],
      },
      url: 'README.md#cross-doc-conflict',
    },
  },
  scope: 'project',
  checkProject(context) {
    const { documents, kb, options } = context;
    if (documents.length < 2) return;
    const kinds = new Set(options.kinds ?? ALL_KINDS);
    const versionGroup = options.skipVersions === false
      ? undefined
      : versionGroupIndex(documents.length, findVersionGroups(documents.map((d) => d.doc)));
    const conflicts = findConflicts(documents, kb, { rank: rankDocuments(documents), versionGroup });
    // One finding per claim: a claim turned around by the KB may meet its other conflicts there.
    const byClaim = new Map<Comparable, Comparable[]>();
    for (const conflict of conflicts) {
      if (!kinds.has(conflict.claim.kind)) continue;
      const oriented = blameTheWrongSide(conflict, kb);
      const others = byClaim.get(oriented.claim) ?? [];
      for (const other of oriented.others) if (!others.some((o) => o.doc === other.doc)) others.push(other);
      byClaim.set(oriented.claim, others);
    }
    for (const [claim, others] of byClaim) {
      context.report(documents[claim.doc], describeConflict({ claim, others }, documents, kb));
    }
  },
});

/**
 * A conflict goes on the later document — unless the knowledge base sides with the later
 * claim and against the earlier one: then the earlier document is the one to correct, and a
 * correct sentence is not flagged.
 */
function blameTheWrongSide(conflict: Conflict, kb: KnowledgeBase): Conflict {
  const earliest = conflict.others[0];
  if (kbVerdict(kb, conflict.claim)?.agrees === true && kbVerdict(kb, earliest)?.agrees === false) {
    return { claim: earliest, others: [conflict.claim] };
  }
  return conflict;
}

function describeConflict(conflict: Conflict, documents: readonly AnalyzedDocument[], kb: KnowledgeBase): ReportDescriptor {
  const { claim, others } = conflict;
  const earliest = others[0];
  const where = (c: Comparable) => {
    const doc = documents[c.doc].doc;
    return { path: doc.path, ...locateSpan(doc, c.span) };
  };
  const first = where(earliest);
  const mine = kbVerdict(kb, claim);
  const theirs = kbVerdict(kb, earliest);
  const also = others.length > 1 ? ` (and ${others.length - 1} other document${others.length > 2 ? 's' : ''})` : '';
  const verdict = verdictSentence(mine, theirs, documents[claim.doc].doc.path, first.path);
  const message =
    `This says “${claim.stated}” for ${claim.topic}, but ${first.path}:${first.line}${also} says “${earliest.stated}”.` +
    (verdict ? ` ${verdict}` : '');
  const sources: SourceRef[] = [mine, theirs].filter((v): v is KbVerdict => v !== undefined).map((v) => v.source);
  return {
    message,
    span: claim.span,
    evidence: {
      claimed: claim.stated,
      actual: `${first.path}:${first.line}:${first.column} says “${earliest.stated}”`,
      reasoning: [
        `Both documents make a claim about ${claim.topic}.`,
        `This document says “${claim.stated}”; ${first.path} says “${earliest.stated}”; both cannot be true.`,
        ...(verdict ? [verdict] : []),
        mine?.agrees === false && theirs?.agrees === true
          ? 'The knowledge base sides with the other document, so the finding is reported here.'
          : `${first.path} is the earlier document (by date, else by the order given), so the finding is reported here.`,
      ],
    },
    suggestions: [suggestionFor(mine, theirs, first.path)],
    source: sources.length > 0 ? dedupeSources(sources) : undefined,
    related: others.map((other) => {
      const at = where(other);
      return {
        filePath: at.path, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn,
        message: `says “${other.stated}”`,
      };
    }),
  };
}

function verdictSentence(mine: KbVerdict | undefined, theirs: KbVerdict | undefined, minePath: string, theirPath: string): string | undefined {
  if (mine?.agrees && !theirs?.agrees) return `The knowledge base agrees with this document: ${mine.summary}.`;
  if (theirs?.agrees && !mine?.agrees) return `The knowledge base agrees with ${theirPath}: ${theirs.summary}.`;
  if (mine && theirs && !mine.agrees && !theirs.agrees) return `The knowledge base agrees with neither ${minePath} nor ${theirPath}: ${mine.summary}.`;
  return undefined;
}

function suggestionFor(mine: KbVerdict | undefined, theirs: KbVerdict | undefined, theirPath: string): { message: string } {
  if (theirs?.agrees && !mine?.agrees) return { message: `Correct this to match the record (${theirs.summary}).` };
  if (mine?.agrees && !theirs?.agrees) return { message: `This agrees with the record; correct ${theirPath} instead.` };
  return { message: `Check which account is right and make the documents agree (see ${theirPath}).` };
}

function dedupeSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && seen.add(s.url));
}
