/**
 * cross-doc-conflict: two documents of a run tell the same story and state the same fact
 * differently — a vote of 52-38 here and 52-35 there, a talk on Monday here and on Tuesday
 * there, 197 tankers and 179, a judge called Anthony Mann and Martin Mann, a speaker's words
 * changed. Reported on the later document (by document date, else by order given), naming the
 * earlier one; a fact that changed between versions of one article is reported as such.
 */
import {
  CONFLICT_KINDS, conflictKind, defineRule, describeDifference, findConflicts, findVersionGroups, kbVerdict, locateSpan, rankDocuments,
  versionGroupIndex,
} from '../src/rule-api/index.js';
import type { Comparable, Conflict, ConflictKind, KbVerdict, KnowledgeBase, ReportDescriptor, SourceRef } from '../src/rule-api/index.js';
import type { AnalyzedDocument } from '../src/analysis/document.js';

export interface CrossDocConflictOptions {
  /** Which kinds of claim to compare. */
  kinds: ConflictKind[];
  /** Report a fact that changed between versions of one article (near-duplicates); false: never compare versions. */
  versionChanges: boolean;
}

export default defineRule<CrossDocConflictOptions>({
  meta: {
    id: 'cross-doc-conflict',
    description: 'A fact stated differently by two documents that tell the same story.',
    category: 'consistency',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        kinds: { type: 'array', items: { enum: [...CONFLICT_KINDS] }, uniqueItems: true },
        versionChanges: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { kinds: [...CONFLICT_KINDS], versionChanges: true },
    docs: {
      description:
        'Groups the documents of a run into stories (the names they share, their dates, versions of one article) and compares what they state about the same thing — the date of an event, a figure, a vote, the name of a person in a role, the place and date of a recorded summit — and flags the later document when the two disagree. Approximate wording ("more than 2,000", "some 3,000") is compared as the range it states; "today" and "on Monday" are read with each document\'s own date.',
      examples: {
        invalid: [
          {
            documents: [
              { filename: 'a.md', text: '---\ndate: 2024-05-14\n---\nToday, Governor Ines Okafor signed the flood relief law in Tamsworth.' },
              { filename: 'b.md', text: '---\ndate: 2024-05-20\n---\nGovernor Ines Okafor signed the flood relief law on May 12, two days after the storm reached Tamsworth.' },
            ],
            errors: [{ filename: 'b.md', message: 'This says “May 12” for the date of “Governor Ines Okafor signed the flood relief law on May 12, two days”, but a.md:4 says “Today”.', line: 4, column: 53 }],
          },
          {
            documents: [
              { filename: 'a.md', text: '---\ndate: 2023-06-01\n---\nThe Velmora transit authority has ordered 120 electric buses from Korvane Motors.' },
              { filename: 'b.md', text: '---\ndate: 2023-06-02\n---\nKorvane Motors won an order for 102 electric buses from the Velmora transit authority this week.' },
            ],
            errors: [{ filename: 'b.md', message: 'This says “102 electric buses” for the figure in “Korvane Motors won an order for 102 electric buses from the Velmora transit authority thi…”, but a.md:4 says “120 electric buses”.', line: 4, column: 33 }],
          },
        ],
        valid: [
          {
            documents: [
              { filename: 'a.md', text: '---\ndate: 2023-06-01\n---\nMore than 2,000 volunteers helped clear Tamsworth after the storm.' },
              { filename: 'b.md', text: '---\ndate: 2023-06-02\n---\nSome 2,300 volunteers helped clear Tamsworth after the storm.' },
            ],
          },
          {
            documents: [
              { filename: 'a.md', text: '---\ndate: 2023-06-01\n---\nThe Dow fell 416 points on Tuesday as Korvane Motors shares slid.' },
              { filename: 'b.md', text: '---\ndate: 2023-06-01\n---\nThe Nasdaq fell 100 points on Tuesday as Korvane Motors shares slid.' },
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
    const kinds = new Set(options.kinds ?? CONFLICT_KINDS);
    const versionGroup = versionGroupIndex(documents.length, findVersionGroups(documents.map((d) => d.doc)));
    const conflicts = findConflicts(documents, kb, { rank: rankDocuments(documents), versionGroup, versionChanges: options.versionChanges !== false });
    // One finding per claim: a claim turned around by the KB may meet its other conflicts there.
    const byClaim = new Map<Comparable, Conflict>();
    for (const conflict of conflicts) {
      if (!kinds.has(conflictKind(conflict.claim))) continue;
      const oriented = blameTheWrongSide(conflict, kb);
      const known = byClaim.get(oriented.claim);
      if (!known) byClaim.set(oriented.claim, oriented);
      else for (const other of oriented.others) if (!known.others.some((o) => o.doc === other.doc)) known.others.push(other);
    }
    for (const conflict of byClaim.values()) {
      context.report(documents[conflict.claim.doc], describeConflict(conflict, documents, kb));
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
  const { claim, others, betweenVersions } = conflict;
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
  const difference = describeDifference(claim, earliest);
  const message = betweenVersions
    ? `Changed between versions: this version says “${claim.stated}” for ${claim.topic}; the earlier version ${first.path}:${first.line}${also} says “${earliest.stated}”.`
    : `This says “${claim.stated}” for ${claim.topic}, but ${first.path}:${first.line}${also} says “${earliest.stated}”.` + (verdict ? ` ${verdict}` : '');
  const sources: SourceRef[] = [mine, theirs].filter((v): v is KbVerdict => v !== undefined).map((v) => v.source);
  return {
    message,
    span: claim.span,
    evidence: {
      claimed: claim.stated,
      actual: `${first.path}:${first.line}:${first.column} says “${earliest.stated}”`,
      reasoning: [
        betweenVersions
          ? `${first.path} is an earlier version of this article (most of their wording is the same), and this fact changed between them.`
          : `Both documents tell the same story and make a claim about ${claim.topic}.`,
        `This document says “${claim.stated}”; ${first.path} says “${earliest.stated}”; both cannot be true.`,
        ...(difference ? [difference] : []),
        ...(verdict ? [verdict] : []),
        mine?.agrees === false && theirs?.agrees === true
          ? 'The knowledge base sides with the other document, so the finding is reported here.'
          : `${first.path} is the earlier document (by date, else by the order given), so the finding is reported here.`,
      ],
    },
    suggestions: [suggestionFor(mine, theirs, first.path, betweenVersions === true)],
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

function suggestionFor(mine: KbVerdict | undefined, theirs: KbVerdict | undefined, theirPath: string, betweenVersions: boolean): { message: string } {
  if (theirs?.agrees && !mine?.agrees) return { message: `Correct this to match the record (${theirs.summary}).` };
  if (mine?.agrees && !theirs?.agrees) return { message: `This agrees with the record; correct ${theirPath} instead.` };
  if (betweenVersions) return { message: `If this version corrects ${theirPath}, say so in a correction note; otherwise restore the earlier figure.` };
  return { message: `Check which account is right and make the documents agree (see ${theirPath}).` };
}

function dedupeSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && seen.add(s.url));
}
