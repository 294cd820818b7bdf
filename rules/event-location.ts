/**
 * event-location: a summit placed where it did not happen ("last year's G20 summit in
 * Singapore" in a 2019 article: it was in Buenos Aires).
 */
import { MIN_CONFIDENCE, defineRule, formatPartialRange, recordRange, sourcesOf } from '../src/rule-api/index.js';
import type { EventRecord, KnowledgeBase, RuleContext } from '../src/rule-api/index.js';
import type { EventPlaceClaim } from '../src/analysis/mentions.js';

interface Options {
  /** Check claims whose year comes from "last year's"/"this year's" and the document date. */
  checkRelativeYears: boolean;
  /** How sure the inferred document date must be for a relative year to count (0..1). */
  minConfidence: number;
}

/** How far around the real event to look for what happened at the claimed place "then". */
const NEARBY_DAYS = 60;

export default defineRule<Options>({
  meta: {
    id: 'event-location',
    description: 'A summit placed in a city or country where it did not take place.',
    category: 'facts',
    defaultSeverity: 'error',
    recommended: true,
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        checkRelativeYears: { type: 'boolean' },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkRelativeYears: true, minConfidence: MIN_CONFIDENCE },
    messages: {
      // `edition`: " (the <name>)" when one edition was held that year, else empty; `context`:
      // what the claimed place hosted then and when the series did meet there, each a sentence
      // after a space, or empty.
      wrongPlace: 'The {{year}} {{series}} summit{{edition}} was held in {{host}}, not in {{place}}.{{context}}',
    },
    docs: {
      description:
        'Flags a summit of a known series (G20, G7/G8, APEC, ASEAN, East Asia Summit, BRICS, SCO, NATO) placed somewhere it was not held in the year the text gives ("the 2019 G20 summit", "last year\'s G20 summit"). The message names the real host and dates and what the knowledge base says happened at the claimed place at the time. Quiet when the year cannot be told, when the knowledge base has no record of that year, or when the place is right (a city or its country).',
      examples: {
        invalid: [
          {
            text: 'The leaders met at the 2019 G20 summit in Tokyo.',
            errors: [{ messageId: 'wrongPlace', data: { year: 2019, place: 'Tokyo', host: 'Osaka, Japan, 28–29 June 2019' }, line: 1, column: 24, suggestions: [{ replacement: 'Osaka' }] }],
          },
          {
            text: 'They agreed at last year\'s G20 summit in Singapore to speed up talks.',
            date: '2019-02-01',
            errors: [
              {
                messageId: 'wrongPlace',
                data: { year: 2018, place: 'Singapore', host: 'Buenos Aires, Argentina, 30 November–1 December 2018' },
                message: 'Singapore hosted the 33rd ASEAN Summit',
                line: 1,
                column: 16,
              },
            ],
          },
          {
            text: 'Trade was the main quarrel at the 2017 G7 summit in Hamburg.',
            errors: [{ messageId: 'wrongPlace', data: { year: 2017, place: 'Hamburg', host: 'Taormina, Italy, 26–27 May 2017' }, message: 'Hamburg hosted the 12th G20', line: 1, column: 35 }],
          },
        ],
        valid: [
          { text: 'The leaders met at the 2019 G20 summit in Osaka.' },
          { text: 'They met at the 2019 G20 summit in Japan.' },
          { text: 'They met at a G20 summit in Singapore.' },
        ],
      },
      url: 'README.md#event-location',
    },
  },
  check(context) {
    for (const claim of context.document.get('claims')) {
      if (claim.kind !== 'event-place' || !claim.time) continue;
      if (claim.time.basis === 'relative' && (!context.options.checkRelativeYears || (claim.time.confidence ?? 1) < context.options.minConfidence)) continue;
      const year = Number(claim.time.start.slice(0, 4));
      const editions = context.kb.editions(claim.event.series, year).filter((e) => e.city !== null || e.country !== null);
      if (editions.length === 0 || editions.some((e) => context.kb.eventIsAt(e, claim.place.name))) continue;
      report(context, context.kb, claim, editions, year);
    }
  },
});

type Context = RuleContext<Options>;

function report(context: Context, kb: KnowledgeBase, claim: EventPlaceClaim, editions: EventRecord[], year: number): void {
  const place = claim.place.name;
  const real = editions.map((e) => `${hostOf(e)}, ${formatPartialRange(e.start, e.end)}`).join(', and in ');
  const there = happenedAt(kb, place, editions);
  const seriesName = seriesLabel(claim.event.series, editions);
  const named = editions.length === 1 ? ` (the ${editions[0].name})` : '';
  const otherYears = kb.eventsInSeries(claim.event.series).filter((e) => e.year !== year && e.status !== 'cancelled' && kb.eventIsAt(e, place));
  // The editions nearest in time are the likely mix-up ("Hamburg" for the 2017 G20).
  const nearest = otherYears.sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year)).slice(0, 2).sort((a, b) => a.year - b.year);
  const otherText = nearest.length > 0 ? ` ${seriesName} leaders met in ${place} on ${joinWords(nearest.map((e) => formatPartialRange(e.start, e.end)))}.` : '';
  const thereText = (there.length > 0 ? ` ${place} hosted ${describe(there)}.` : '') + otherText;
  const yearWords = claim.time?.basis === 'relative' ? `${year}, the year the text means by "${timePhrase(context, claim)}"` : String(year);
  context.report({
    messageId: 'wrongPlace',
    data: { year, series: seriesName, edition: named, host: real, place, context: thereText },
    span: claim.span,
    evidence: {
      claimed: `${quoted(context.document.doc.text, claim.span)} → a ${seriesName} summit in ${place} in ${year}`,
      actual: `${seriesName} ${year}: ${real}${there.length > 0 ? `; in ${place} then: ${describe(there)}` : ''}`,
      reasoning: [
        `The text places a ${seriesName} summit in ${place} in ${yearWords}.`,
        `The knowledge base records the ${year} ${seriesName} summit${editions.length > 1 ? 's' : ''} in ${real}.`,
        ...(there.length > 0 ? [`What ${place} hosted around then: ${describe(there)}.`] : [`No ${seriesName} summit took place in ${place} that year.`]),
        ...(otherText ? [otherText.trim()] : []),
      ],
    },
    suggestions: editions.length === 1 && editions[0].city
      ? [{ message: `Replace "${place}" with "${editions[0].city}"`, replacement: editions[0].city, span: claim.place.span }]
      : undefined,
    source: sourcesOf([...editions, ...there]),
  });
}

function timePhrase(context: Context, claim: EventPlaceClaim): string {
  const span = claim.time?.span;
  return span ? context.document.doc.text.slice(span.start, span.end).trim() : '';
}

function hostOf(event: EventRecord): string {
  if (!event.city) return event.country ?? 'an unknown place';
  return event.country && event.country !== event.city ? `${event.city}, ${event.country}` : event.city;
}

/** Events at the claimed place close to the real one: the likely source of the mix-up. */
function happenedAt(kb: KnowledgeBase, place: string, editions: EventRecord[]): EventRecord[] {
  const found = new Map<string, EventRecord>();
  for (const edition of editions) {
    const interval = recordRange(edition.start, edition.end);
    if (!interval) continue;
    const around = { start: shiftDays(interval.start, -NEARBY_DAYS), end: shiftDays(interval.end, NEARBY_DAYS) };
    for (const event of kb.eventsAtPlaceDuring(place, around)) found.set(event.id, event);
  }
  const all = [...found.values()];
  const multilateral = all.filter((e) => e.type !== 'bilateral');
  return multilateral.length > 0 ? multilateral : all;
}

function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "the 33rd ASEAN Summit and the 13th East Asia Summit, 11–15 November 2018". */
function describe(events: EventRecord[]): string {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    const dates = formatPartialRange(e.start, e.end);
    groups.set(dates, [...(groups.get(dates) ?? []), e]);
  }
  return [...groups.entries()].map(([dates, list]) => `${joinWords(list.map((e) => `the ${e.name}`))}, ${dates}`).join('; ');
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function seriesLabel(series: string, editions: EventRecord[]): string {
  if (series === 'G7/G8') return editions.some((e) => /\bG8\b/.test(e.name)) ? 'G8' : 'G7';
  return series === 'EAS' ? 'East Asia' : series;
}

/** The claim's words on one line (the source may wrap them). */
function quoted(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
