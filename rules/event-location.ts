/**
 * event-location: a summit placed where it did not happen ("last year's G20 summit in
 * Singapore" in a 2019 article: it was in Buenos Aires).
 */
import { MIN_CONFIDENCE, defineRule, formatPartial, formatPartialRange, recordRange, sourcesOf } from '../src/rule-api/index.js';
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
      // `placeNote`: " (host in 2017)" when the claimed place hosted the series in other years;
      // `verb`: "was held", or "is to be held" for a summit after the article's date.
      wrongPlace: 'The {{year}} {{series}} summit{{edition}} {{verb}} in {{host}}, not in {{place}}{{placeNote}}.{{context}}',
    },
    docs: {
      description:
        'Flags a summit of a known series (G20, G7/G8, APEC, ASEAN, East Asia Summit, BRICS, SCO, NATO, ASEM, the UN Climate Action Summit of 2019; the African Union and the European Council in the years the knowledge base records every meeting of: `complete` in data/vocabulary/series.yml) placed somewhere the meeting the text means was not held. Which meeting is read from everything but the place, strongest first: a stated date or year ("the 2019 G20 summit", "In 2003, …"), relative words counted from the article\'s date ("last month\'s", "this weekend", "December\'s", "in June", "on Monday, two days after … the summit"), a cue ("back from", "on the heels of", "ahead of"), the participants\' time in office, the series\' calendar. The message names that meeting, its host and dates, what the claimed place hosted then and when it hosted the series. Quiet when two meetings remain possible, when the place hosted a meeting the words allow (a true sentence about a past meeting), or when the knowledge base has no record or its records of the series have gaps in the time the text means.',
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
            text: "Xi spoke at length at last month's G20 summit in Antalya.",
            date: '2016-10-05',
            errors: [{ messageId: 'wrongPlace', data: { year: 2016, place: 'Antalya', placeNote: ' (host in 2015)' }, message: 'Hangzhou', line: 1, column: 23 }],
          },
          {
            text: 'Trade was the main quarrel at the 2017 G7 summit in Hamburg.',
            errors: [{ messageId: 'wrongPlace', data: { year: 2017, place: 'Hamburg', host: 'Taormina, Italy, 26–27 May 2017' }, message: 'Hamburg hosted the 12th G20', line: 1, column: 35 }],
          },
          {
            text: "The council president, who chaired last month's EU summit in Sibiu, spoke first.",
            date: '2019-01-20',
            errors: [{ messageId: 'wrongPlace', data: { year: 2018, series: 'EU', place: 'Sibiu', host: 'Brussels, Belgium, 13–14 December 2018' }, line: 1, column: 36 }],
          },
        ],
        valid: [
          { text: 'At the G7 summit in Taormina, Trump refused to endorse the climate accord.', date: '2019-08-29' },
          { text: 'The leaders met at the 2019 G20 summit in Osaka.' },
          { text: 'They met at the 2019 G20 summit in Japan.' },
          { text: 'They met at a G20 summit in Singapore.' },
          { text: "Vaccine exports dominated last month's EU summit in Brussels.", date: '2021-06-10' },
        ],
      },
      url: 'README.md#event-location',
    },
  },
  check(context) {
    const { kb, options } = context;
    for (const claim of context.document.get('claims')) {
      if (claim.kind !== 'event-place' || !claim.meeting) continue;
      const reading = claim.meeting;
      // Only the tense, which rules out meetings still to come, does not pick a meeting.
      if (!reading.basis.some((b) => b !== 'tense')) continue;
      // The series' records have gaps where the text points: a missing meeting may be the one meant.
      if (reading.incomplete) continue;
      if ((reading.confidence ?? 1) < options.minConfidence) continue;
      if (!options.checkRelativeYears && reading.basis.some((b) => b === 'relative' || b === 'recent' || b === 'next')) continue;
      const meetings = reading.candidateIds.map((id) => kb.get(id)).filter((r): r is EventRecord => r?.kind === 'event');
      if (meetings.length === 0 || meetings.some((e) => kb.eventIsAt(e, claim.place.name))) continue;
      // A meeting held by video, or whose place the knowledge base does not know, cannot be contradicted.
      if (meetings.some((e) => e.format === 'virtual' || (e.city === null && e.country === null))) continue;
      // Two meetings may be meant: quiet, unless the text states their year and neither was there.
      if (meetings.length > 1 && !(reading.basis.includes('stated') && meetings.length <= MAX_EDITIONS)) continue;
      report(context, kb, claim, meetings);
    }
  },
});

type Context = RuleContext<Options>;

/** At most this many meetings of a series in a stated year are named in one message. */
const MAX_EDITIONS = 3;

function report(context: Context, kb: KnowledgeBase, claim: EventPlaceClaim, editions: EventRecord[]): void {
  const place = claim.place.name;
  const year = editions[0].year;
  const real = editions.map((e) => `${hostOf(e)}, ${formatPartialRange(e.start, e.end)}`).join(', and in ');
  const there = happenedAt(kb, place, editions);
  const seriesName = seriesLabel(claim.event.series, editions);
  const named = editions.length === 1 ? ` (the ${editions[0].name})` : '';
  // When the claimed place did host the series: the year (the month, in the same year), the likely mix-up.
  const written = context.document.get('time').documentDate.date?.slice(0, 10);
  const hosted = kb.eventsInSeries(claim.event.series).filter((e) => !editions.includes(e) && e.status === 'held' && kb.eventIsAt(e, place) && (!written || (e.start ?? String(e.year)) <= written));
  const hostYears = [...new Set(hosted.map((e) => (e.year === year && e.start ? formatPartial(e.start.slice(0, 7)) : String(e.year))))];
  const placeNote = hostYears.length > 0 ? ` (host in ${joinWords(hostYears)})` : '';
  const timeWords = claim.time?.span ? quoted(context.document.doc.text, claim.time.span) : undefined;
  context.report({
    messageId: 'wrongPlace',
    data: {
      year, series: seriesName, edition: named, host: real, place, placeNote,
      verb: written && dateKnown(context) && editions.every((e) => (e.start ?? '') > written) ? 'is to be held' : 'was held',
      context: there.length > 0 ? ` ${place} hosted ${describe(there)}.` : '',
    },
    span: claim.span,
    evidence: {
      claimed: `${quoted(context.document.doc.text, claim.span)} → ${/^[AEIO]/.test(seriesName) ? 'an' : 'a'} ${seriesName} summit in ${place}`,
      actual: `${seriesName} ${year}: ${real}${there.length > 0 ? `; in ${place} then: ${describe(there)}` : ''}`,
      reasoning: [
        `The text places a ${seriesName} summit in ${place}${timeWords ? ` ("${timeWords}")` : ''}; which meeting it means is read from everything but the place:`,
        ...(claim.meeting?.steps ?? []),
        `The knowledge base records ${editions.length > 1 ? 'those meetings' : 'that meeting'} in ${real}.`,
        ...(there.length > 0 ? [`What ${place} hosted around then: ${describe(there)}.`] : [`No ${seriesName} summit took place in ${place} then.`]),
        ...(hostYears.length > 0 ? [`${place} hosted the ${seriesName} in ${joinWords(hostYears)}, which the text's words rule out.`] : []),
      ],
    },
    suggestions: editions.length === 1 && editions[0].city
      ? [{ message: `Replace "${place}" with "${editions[0].city}"`, replacement: editions[0].city, span: claim.place.span }]
      : undefined,
    source: sourcesOf([...editions, ...there]),
  });
}

/** Is the article's date given (metadata, --date) rather than inferred? */
function dateKnown(context: Context): boolean {
  return context.document.get('time').documentDate.confidence >= 1;
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
  if (series === 'European Council') return 'EU';
  // "The 2019 UN Climate Action summit", not "… Summit summit" ("UN Climate Summit 2014" likewise).
  if (series === 'EAS') return 'East Asia';
  const named = series.replace(/ (?:19|20)\d\d$/, '');
  return named.toLowerCase().endsWith(' summit') ? named.slice(0, -' summit'.length) : named;
}

/** The claim's words on one line (the source may wrap them). */
function quoted(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
