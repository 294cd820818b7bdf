/**
 * elapsed-time: a duration the dates make impossible — "more than 75 years" since 1945 in an
 * article written in 2015; "for a quarter of a century, from 1977 to 1995"; "over twenty
 * years ago, in 2010" in a 2019 article; "arrested in 1963 and jailed for two decades, until
 * 1974". What a duration runs between is read by the extract layer (`duration-anchors.ts`:
 * only dates next to it, and the time of writing only when the verb's aspect says so); the
 * rule does the arithmetic, with the slack the words allow. A person's taking office and time
 * in office ("took office three years ago", "after six decades on the throne") are measured
 * against the knowledge base's tenures. Checked only when both ends are
 * known: the stated dates, and the article's date (metadata, or inferred surely enough).
 */
import { addDays, daysBetween, defineRule, formatRange, partialDateRange, rangeOfParts, sourcesOf, statedRange } from '../src/rule-api/index.js';
import type { DayRange, RuleContext, Tenure } from '../src/rule-api/index.js';
import type { DateMention, DurationAnchor, DurationMention, IsoDate, OfficeStartAnchor, TenureAnchor } from '../src/analysis/mentions.js';
import type { TimeInfo } from '../src/analysis/time.js';

export interface ElapsedTimeOptions {
  minConfidence: number;
}

export default defineRule<ElapsedTimeOptions>({
  meta: {
    id: 'elapsed-time',
    description: 'A stated duration does not fit the dates (since a year, between two years, or "… ago").',
    category: 'time',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    schema: { type: 'object', properties: { minConfidence: { type: 'number', minimum: 0, maximum: 1 } }, additionalProperties: false },
    defaultOptions: { minConfidence: 0.5 },
    messages: {
      sinceMismatch: '"{{duration}}" does not fit the dates: since "{{since}}" is {{elapsed}}, not {{needed}}.',
      rangeMismatch: '"{{duration}}" does not fit the dates: from {{start}} to {{end}} is {{elapsed}}, not {{needed}}.',
      sinceTooLong: '"{{duration}}" does not fit the dates: even up to the time of writing, since "{{since}}" is {{elapsed}}, not {{needed}}.',
      tenureMismatch: '"{{duration}}" does not fit the dates: {{name}} was {{office}} from {{start}} {{until}}, {{elapsed}}, not {{needed}}.',
      tookOfficeMismatch: '"{{duration}}" does not fit the dates: {{name}} took office as {{office}} on {{start}}, {{elapsed}} before the article was written, not {{needed}}.',
    },
    docs: {
      description:
        'Compares a duration ("nine years", "a quarter of a century", "more than six decades", "18 months") with the dates it spans: "since 1990" in a present-perfect clause, up to the article\'s date (a past perfect only bounds it from above; a simple past ended at a time the text does not give); "from 2015 to 2018"; "in 1963 … until 1974"; "dates back … to 1998"; "N years ago, in 1999"; "Trump took office more than three years ago", "two years into his presidency, Trump faces …" and "after six decades on the throne, Qaboos …" against the day the knowledge base says the person took office (and left it), when the name is one person with one such tenure. "More than", "nearly" and "about" are honoured, and round figures ("a decade") get the slack writers give them; the rule stays quiet unless both ends are known.',
      examples: {
        invalid: [
          {
            text: 'The border has been closed for more than 40 years, since 1990.',
            date: '2015-06-01',
            errors: [{ messageId: 'sinceMismatch', data: { duration: 'more than 40 years', since: '1990', elapsed: '24–25 years', needed: 'more than 40 years' }, line: 1, column: 32 }],
          },
          {
            text: 'For a decade, from 2015 to 2018, the plant stood idle.',
            errors: [{ messageId: 'rangeMismatch', data: { duration: 'a decade', start: 2015, end: 2018, elapsed: '2–3 years', needed: '10 years' }, line: 1, column: 5 }],
          },
        ],
        valid: [
          { text: 'The border has been closed for more than 20 years, since 1990.', date: '2015-06-01' },
          { text: 'For three years, from 2015 to 2018, the plant stood idle.' },
          { text: 'The border has been closed for more than 40 years, since 1990.' },
        ],
      },
      url: 'README.md#elapsed-time',
    },
  },
  check(context) {
    const durations = context.document.get('durations').filter((d) => d.anchor || d.officeStart || d.tenure);
    if (durations.length === 0) return;
    const dates = context.document.get('dates');
    const time = context.document.get('time');
    for (const duration of durations) {
      if (duration.anchor) checkDuration(duration, duration.anchor, dates, time, context);
      else if (duration.officeStart) checkTookOffice(duration, duration.officeStart, time, context);
      else if (duration.tenure) checkTenure(duration, duration.tenure, time, context);
    }
  },
});

type Ctx = RuleContext<ElapsedTimeOptions>;

const DAYS_PER_YEAR = 365.25;

/** The days each end of the period may fall on, with the words for messages. */
interface Period {
  start: DayRange;
  end: DayRange;
  /** 'range': two stated ends; 'since': a start and the time of writing; 'by': a start and a past time no later than the writing. */
  kind: 'range' | 'since' | 'by';
  messageId: 'rangeMismatch' | 'sinceMismatch' | 'sinceTooLong';
  data: Record<string, string | number>;
  reasoning: string[];
}

function checkDuration(duration: DurationMention, anchor: DurationAnchor, dates: DateMention[], time: TimeInfo, context: Ctx): void {
  const period = periodOf(duration, anchor, dates, time, context.options.minConfidence);
  if (!period) return;
  const elapsed = yearsBetween(period.start, period.end, period.kind === 'by');
  if (!elapsed || !impossible(duration, elapsed)) return;
  const actual = describeElapsed(elapsed, period.kind === 'by');
  const needed = describeClaim(duration);
  context.report({
    span: duration.span,
    messageId: period.messageId,
    data: { ...period.data, duration: duration.text, elapsed: actual, needed },
    evidence: { claimed: duration.text, actual, reasoning: [...period.reasoning, `So ${actual} had passed.`, `"${duration.text}" needs ${needed}.`] },
    suggestions: [{ message: `Use a duration that fits ${actual}, or check the ${period.kind === 'range' ? 'years' : 'date'}.` }],
  });
}

/**
 * "Trump took office more than three years ago": from the day the knowledge base says the
 * person took office to the article's date. Quiet unless the name is one person, and that
 * person took office just once before the article (a second office, or a return after a
 * break, leaves "took office" open).
 */
function checkTookOffice(duration: DurationMention, anchor: OfficeStartAnchor, time: TimeInfo, context: Ctx): void {
  const writing = documentWindow(time, duration, context.options.minConfidence);
  if (!writing) return;
  const found = personTakingOffice(context, anchor.names, writing.latest);
  if (!found) return;
  const { name, tenure } = found;
  const elapsed = yearsBetween(tenure.start, { start: writing.earliest, end: writing.latest });
  if (!elapsed || !impossible(duration, elapsed)) return;
  const actual = describeElapsed(elapsed, false);
  const needed = describeClaim(duration);
  const office = tenure.terms[0].office;
  const start = formatRange(tenure.start);
  context.report({
    span: duration.span,
    messageId: 'tookOfficeMismatch',
    data: { duration: duration.text, name, office, start, elapsed: actual, needed },
    evidence: {
      claimed: duration.text,
      actual: `${name} took office as ${office} on ${start}: ${actual} before the article was written.`,
      reasoning: [`The knowledge base has ${name} taking office as ${office} on ${start}, once before the article was written.`, `The article was written ${writing.describe}.`, `So ${actual} had passed.`, `"${duration.text}" needs ${needed}.`],
    },
    suggestions: [{ message: `Use a duration that fits ${actual}, or check who took office when.` }],
    source: sourcesOf(tenure.terms.slice(0, 1)),
  });
}

/**
 * "After more than six decades on the throne, Qaboos …": the person's time in the office they
 * held around the time of writing, from the day they took it to the day they left it (or to the
 * article's date, if they still hold it). Quiet unless the name is one person with one such tenure.
 */
function checkTenure(duration: DurationMention, anchor: TenureAnchor, time: TimeInfo, context: Ctx): void {
  const writing = documentWindow(time, duration, context.options.minConfidence);
  if (!writing) return;
  const personIds = new Set(anchor.recordIds.map((id) => context.kb.get(id)).flatMap((r) => (r?.kind === 'office-term' ? [r.personId] : [])));
  if (personIds.size !== 1) return;
  const [personId] = personIds;
  const recentSince = addDays(writing.earliest, -366);
  const around = context.kb.tenures(personId).filter((t) => t.start.start <= writing.latest && (endOf(t) ?? writing.latest) >= recentSince);
  if (around.length !== 1) return;
  const tenure = around[0];
  const left = endOf(tenure);
  // "Six months into his presidency, X faces …" speaks of now: a tenure over by then is not the one meant.
  if (anchor.runsTo === 'writing' && left !== undefined && left < writing.latest) return;
  const ended = left !== undefined && left <= writing.latest ? partialDateRange(tenure.terms[tenure.terms.length - 1].end!) : undefined;
  const end = ended ?? { start: writing.earliest, end: writing.latest };
  const elapsed = yearsBetween(tenure.start, end);
  if (!elapsed || !impossible(duration, elapsed)) return;
  const name = context.kb.personName(personId);
  const office = tenure.terms[0].office;
  const start = formatRange(tenure.start);
  const until = ended ? `to ${formatRange(ended)}` : `until the article was written (${writing.describe})`;
  const actual = describeElapsed(elapsed, false);
  const needed = describeClaim(duration);
  context.report({
    span: duration.span,
    messageId: 'tenureMismatch',
    data: { duration: duration.text, name, office, start, until, elapsed: actual, needed },
    evidence: {
      claimed: duration.text,
      actual: `${name} was ${office} from ${start} ${until}: ${actual}.`,
      reasoning: [`The knowledge base has ${name} as ${office} from ${start} ${until}.`, `"${duration.text}" needs ${needed}.`],
    },
    suggestions: [{ message: `Use a duration that fits ${actual}.` }],
    source: sourcesOf(tenure.terms),
  });
}

/** The last day of a tenure, if it has ended. */
function endOf(tenure: Tenure): IsoDate | undefined {
  const last = tenure.terms[tenure.terms.length - 1];
  return last.end ? partialDateRange(last.end).end : undefined;
}

/** The one person the name means and their one tenure begun by `latest`; undefined when either is unknown or not unique. */
function personTakingOffice(context: Ctx, names: string[], latest: IsoDate): { name: string; tenure: Tenure } | undefined {
  for (const name of names) {
    const { ids, bySurname } = context.kb.findPersons(name);
    if (ids.length === 0) continue;
    if (ids.length > 1) return undefined;
    // A surname alone is that person only when the article names them in full somewhere.
    if (bySurname && !namedInFull(context, ids[0])) return undefined;
    const begun = context.kb.tenures(ids[0]).filter((t) => t.start.start <= latest);
    return begun.length === 1 ? { name: context.kb.personName(ids[0]), tenure: begun[0] } : undefined;
  }
  return undefined;
}

function namedInFull(context: Ctx, personId: string): boolean {
  const isPerson = (recordId: string) => {
    const record = context.kb.get(recordId);
    return record?.kind === 'office-term' && record.personId === personId;
  };
  return context.document.get('entities').some((e) => e.kind === 'person' && !e.partial && e.recordIds.some(isPerson));
}

function periodOf(duration: DurationMention, anchor: DurationAnchor, dates: DateMention[], time: TimeInfo, minConfidence: number): Period | undefined {
  const first = dates[anchor.start];
  const start = first && statedRange(first);
  if (!start) return undefined;
  const startOnly = first.kind === 'range' ? rangeOfParts(first.stated.year!, first.stated.month, first.stated.day) : start;
  if (anchor.end !== undefined) {
    const last = dates[anchor.end];
    const end = last && (last === first ? endOfRange(last) : statedRange(last));
    if (!end) return undefined;
    const from = yearOf(startOnly.start);
    const to = yearOf(end.start);
    return {
      start: startOnly, end, kind: 'range', messageId: 'rangeMismatch', data: { start: from, end: to },
      reasoning: [`The sentence puts the start in ${first.kind === 'range' ? from : first.text} and the end in ${last === first ? to : last.text}.`],
    };
  }
  const writing = documentWindow(time, duration, minConfidence);
  if (!writing || !anchor.runsTo) return undefined;
  const by = anchor.runsTo === 'before-writing';
  return {
    start: startOnly,
    end: { start: writing.earliest, end: writing.latest },
    kind: by ? 'by' : 'since',
    messageId: by ? 'sinceTooLong' : 'sinceMismatch',
    data: { since: first.text },
    reasoning: [
      `The sentence dates the start to ${first.text}.`,
      by ? `The period it tells ended before the article was written, ${writing.describe}.` : `The period runs to the time of writing: the article was written ${writing.describe}.`,
    ],
  };
}

/** The stated end of a chrono range ("from March 2008 to May 2016"). */
function endOfRange(mention: DateMention): DayRange | undefined {
  const whole = statedRange(mention);
  return whole && mention.statedEnd?.year !== undefined ? rangeOfParts(mention.statedEnd.year, mention.statedEnd.month, mention.statedEnd.day) : undefined;
}

function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/**
 * The years between a start and an end that may each fall on a range of days: the fewest and
 * the most (from the start's first day to the end's last); undefined when the end comes before
 * the start. `atMost` counts from no time at all (the end is only an upper bound).
 */
function yearsBetween(start: DayRange, end: DayRange, atMost = false): { min: number; max: number } | undefined {
  const max = daysBetween(start.start, end.end) / DAYS_PER_YEAR;
  if (max < 0) return undefined;
  return { min: atMost ? 0 : Math.max(0, daysBetween(start.end, end.start) / DAYS_PER_YEAR), max };
}

/** The article's date without the duration's own evidence ("two years ago, on 20 August 2018" must not date the article). */
function documentWindow(time: TimeInfo, duration: DurationMention, minConfidence: number): { earliest: IsoDate; latest: IsoDate; describe: string } | undefined {
  const window = time.window({ without: duration.span, minConfidence });
  return window && { earliest: window.earliest, latest: window.latest, describe: window.describe };
}

/**
 * Can the words be true of a period between `min` and `max` years? "N years" is read as
 * N to N+1 (writers count whole years) with half a unit's slack; a round figure ("a decade",
 * "a quarter of a century") has 15% slack; "more than" and "nearly" bound one side, with a
 * round figure's 10%.
 */
function impossible(duration: DurationMention, elapsed: { min: number; max: number }): boolean {
  const n = duration.years;
  const unit = n < 2 && !duration.round ? Math.min(1, unitOf(duration)) : 1;
  const slack = duration.round ? 0.15 * n : 0.5 * unit;
  switch (duration.bound) {
    case 'more-than':
      return elapsed.max < n - (duration.round ? 0.1 * n : 0);
    case 'less-than':
      return elapsed.min > n + (duration.round ? 0.1 * n : 0.25 * unit) || elapsed.max < n - Math.max(unit, 0.3 * n);
    case 'about': {
      const about = Math.max(slack, unit, 0.15 * n);
      return elapsed.max < n - about || elapsed.min > n + unit + about;
    }
    default:
      return elapsed.max < n - slack || elapsed.min > n + unit + slack;
  }
}

/** A month for durations written in months, else a year (the slack of a count in decades is a year too). */
function unitOf(duration: DurationMention): number {
  return Math.min(duration.unitYears, 1);
}

function describeElapsed(elapsed: { min: number; max: number }, atMost: boolean): string {
  const inMonths = elapsed.max < 2;
  const scale = inMonths ? 12 : 1;
  const unit = inMonths ? 'months' : 'years';
  const low = Math.floor(elapsed.min * scale);
  const high = Math.floor(elapsed.max * scale);
  if (atMost) return `at most ${high} ${unit}`;
  return low === high ? `${low} ${unit}` : `${low}–${high} ${unit}`;
}

function describeClaim(duration: DurationMention): string {
  const n = duration.years;
  const amount = n < 2 && !Number.isInteger(n) ? `${Math.round(n * 12)} months` : `${Number.isInteger(n) ? n : n.toFixed(1)} years`;
  switch (duration.bound) {
    case 'more-than': return `more than ${amount}`;
    case 'less-than': return `a little under ${amount}`;
    case 'about': return `about ${amount}`;
    default: return amount;
  }
}
