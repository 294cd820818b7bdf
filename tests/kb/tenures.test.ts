import { describe, expect, it } from 'vitest';
import { tenuresOf } from '../../src/kb/tenures.js';
import type { OfficeTermRecord } from '../../src/kb/types.js';

function term(officeKey: string, start: string, end: string | null, extra: Partial<OfficeTermRecord> = {}): OfficeTermRecord {
  return {
    kind: 'office-term', id: `${officeKey}-${start}`, office: officeKey, officeKey, role: 'head', country: 'Nowhere',
    person: 'A. Person', personId: 'a-person', aliases: [], start, end, acting: false, sources: ['https://example.org/'],
    ...extra,
  } as OfficeTermRecord;
}

describe('tenuresOf', () => {
  it('joins a re-election into one tenure', () => {
    const tenures = tenuresOf([term('president:x', '2013-01-20', '2017-01-20'), term('president:x', '2009-01-20', '2013-01-20')]);
    expect(tenures).toHaveLength(1);
    expect(tenures[0].start.start).toBe('2009-01-20');
    expect(tenures[0].terms).toHaveLength(2);
  });

  it('keeps a return after years out of office as a new tenure', () => {
    const tenures = tenuresOf([term('president:x', '2000-05-07', '2008-05-07'), term('president:x', '2012-05-07', null)]);
    expect(tenures.map((t) => t.start.start)).toEqual(['2000-05-07', '2012-05-07']);
  });

  it('keeps different offices apart and leaves acting and disputed terms out', () => {
    const tenures = tenuresOf([
      term('prime-minister:x', '2008-05-08', '2012-05-07'),
      term('president:x', '2012-05-07', null),
      term('president:x', '1999-12-31', '2000-05-07', { acting: true }),
      term('president:x', '1990-01-01', '1991-01-01', { disputed: true }),
    ]);
    expect(tenures.map((t) => t.officeKey)).toEqual(['prime-minister:x', 'president:x']);
  });

  it('reads a start given only as a year as the whole year', () => {
    expect(tenuresOf([term('king:x', '1970', null)])[0].start).toEqual({ start: '1970-01-01', end: '1970-12-31' });
  });
});
