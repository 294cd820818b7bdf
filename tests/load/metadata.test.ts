import { describe, expect, it } from 'vitest';
import { metadataFromToml, metadataFromYaml, normaliseDate } from '../../src/load/metadata.js';

describe('normaliseDate', () => {
  it.each([
    ['2019-01-22', '2019-01-22'],
    ['2019-01-22T09:00:00Z', '2019-01-22'],
    ['2019-01-22 09:00', '2019-01-22'],
    ['2019/1/5', '2019-01-05'],
    ['20190122', '2019-01-22'],
    ['2019-01', '2019-01'],
    ['2019', '2019'],
    ['January 22, 2019', '2019-01-22'],
    ['Jan. 22 2019', '2019-01-22'],
    ['22 January 2019', '2019-01-22'],
    ['Tue, 22 Jan 2019 09:00:00 GMT', '2019-01-22'],
    ['Sept 3, 2020', '2020-09-03'],
    ['March 2005', '2005-03'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each(['2019-02-29', '2019-13-01', 'soon', 'Marine 3, 2019', '', '19-01-22'])('rejects %j', (input) => {
    expect(normaliseDate(input)).toBeUndefined();
  });

  it('accepts Date objects and bare years', () => {
    expect(normaliseDate(new Date(Date.UTC(2016, 10, 19)))).toBe('2016-11-19');
    expect(normaliseDate(2020)).toBe('2020');
    expect(normaliseDate(20)).toBeUndefined();
  });
});

describe('front matter', () => {
  it('prefers date over later keys and reads the title', () => {
    expect(metadataFromYaml('date: 2020-05-01\npublished: 2020-04-01\ntitle: " Spaced "')).toEqual({
      title: 'Spaced',
      date: '2020-05-01',
      dateSource: 'front-matter',
    });
  });

  it('falls through to the next key when a date is unreadable', () => {
    expect(metadataFromYaml('date: tbd\npublishDate: 2021-07-04').date).toBe('2021-07-04');
  });

  it('ignores front matter that is not a mapping', () => {
    expect(metadataFromYaml('- a\n- b')).toEqual({});
    expect(metadataFromYaml('just a string')).toEqual({});
  });

  it('reads flat TOML keys, stopping at the first table', () => {
    expect(metadataFromToml('title = "Vote"\ndate = 2021-03-04T10:00:00Z # comment\n[params]\nurl = "https://no.example"')).toEqual({
      title: 'Vote',
      date: '2021-03-04',
      dateSource: 'front-matter',
    });
  });
});
