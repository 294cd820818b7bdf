/**
 * Summits and meetings by series and by place, and the question "was this event in that
 * place?", answered from the event's place ids or, failing that, from the host as the
 * reference wrote it ("Charlevoix (La Malbaie region), Quebec" is in Quebec).
 */
import { dayNumber, overlaps, partialDateRange } from '../base/calendar.js';
import type { DayRange } from '../base/calendar.js';
import { phraseKey } from '../base/names.js';
import { pushToList } from '../base/multimap.js';
import type { PlaceIndex } from './place-index.js';
import type { EventRecord } from './types.js';

/** Days of tolerance when comparing dates with records (sources differ by a day). */
export const DATE_TOLERANCE_DAYS = 1;

export class EventIndex {
  private readonly bySeries = new Map<string, EventRecord[]>();
  private readonly byPlace = new Map<string, EventRecord[]>();
  private readonly hostCities = new Set<string>();
  private readonly hostWords = new Map<EventRecord, string>();
  private readonly days = new Map<EventRecord, [number, number]>();

  constructor(
    private readonly events: readonly EventRecord[],
    private readonly places: PlaceIndex,
  ) {
    for (const event of events) {
      pushToList(this.bySeries, event.series, event);
      for (const placeId of event.placeIds) pushToList(this.byPlace, placeId, event);
      if (event.city) this.hostCities.add(phraseKey(event.city));
      const range = eventRange(event);
      this.days.set(event, [dayNumber(range.start), dayNumber(range.end)]);
    }
    for (const list of this.bySeries.values()) list.sort(byStart);
  }

  /** Every meeting of a series (normalised series key), optionally in one year. */
  inSeries(series: string, year?: number): EventRecord[] {
    const list = this.bySeries.get(series) ?? [];
    return year === undefined ? list : list.filter((e) => e.year === year);
  }

  /** The meetings of a series that were held (or are planned, not cancelled) in a year. */
  editions(series: string, year: number): EventRecord[] {
    return this.inSeries(series, year).filter((e) => e.status !== 'cancelled');
  }

  /** Events at a place id, optionally overlapping a range of days (with a day of tolerance). */
  atPlace(placeId: string, range?: DayRange): EventRecord[] {
    const list = this.byPlace.get(placeId) ?? [];
    return range ? list.filter((e) => overlaps(eventRange(e), range, DATE_TOLERANCE_DAYS)) : list;
  }

  /** Is "in <place>" true of the event? */
  isAt(event: EventRecord, placeName: string): boolean {
    if (this.places.find(placeName).some((p) => event.placeIds.includes(p.id))) return true;
    return this.hostWordsOf(event).includes(` ${phraseKey(placeName)} `);
  }

  /** Is the name a host city of some event (places the place records do not name)? */
  isHostCity(name: string): boolean {
    return this.hostCities.has(phraseKey(name));
  }

  /** Events (not cancelled) at the named place whose days fall in the range: "what happened there then". */
  atPlaceDuring(placeName: string, range: DayRange): EventRecord[] {
    const from = dayNumber(range.start);
    const to = dayNumber(range.end);
    return this.events.filter((event) => {
      if (event.status === 'cancelled' || (event.start === null && event.end === null)) return false;
      const [start, end] = this.days.get(event)!;
      return start <= to && from <= end && this.isAt(event, placeName);
    });
  }

  /** Every name of the event's host, normalised once: " charlevoix la malbaie region quebec | canada | … ". */
  private hostWordsOf(event: EventRecord): string {
    let words = this.hostWords.get(event);
    if (words === undefined) {
      const hosts = [event.city, event.country, event.hostAsGiven, event.venue, event.name, ...event.aliases].filter((h): h is string => Boolean(h));
      words = ` ${hosts.map((h) => phraseKey(h)).join(' | ')} `;
      this.hostWords.set(event, words);
    }
    return words;
  }
}

/** The days an event covers: its dates, else its year. */
export function eventRange(event: EventRecord): DayRange {
  const start = event.start ?? event.end ?? String(event.year);
  const end = event.end ?? event.start ?? String(event.year);
  return { start: partialDateRange(start).start, end: partialDateRange(end).end };
}

function byStart(a: EventRecord, b: EventRecord): number {
  return (a.start ?? String(a.year)).localeCompare(b.start ?? String(b.year));
}
