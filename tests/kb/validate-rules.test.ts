/**
 * `factlint kb validate` rejects impossible data: one fixture per rule, each reported with the
 * file, the JSON path of the field and the rule broken; the shipped knowledge base passes.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KnowledgeBase, KbError } from '../../src/kb/knowledge-base.js';
import { isCalendarDate } from '../../src/kb/checks.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', 'invalid', name);

function problemsOf(name: string) {
  try {
    KnowledgeBase.load([fixture(name)], { includeDefault: false });
  } catch (error) {
    if (error instanceof KbError) return error.problems;
    throw error;
  }
  return [];
}

describe('kb validate: rules across fields and records', () => {
  it.each([
    ['impossible-date.json', '/records/0/end', 'impossible-date'],
    ['start-after-end.json', '/0/end', 'start-after-end'],
    ['year-mismatch.json', '/0/year', 'year-mismatch'],
    ['overlapping-terms.json', '/1/start', 'overlapping-terms'],
    ['duplicate-alias.json', '/1/aliases/0', 'duplicate-alias'],
    ['uncitable-source.json', '/0/source', 'uncitable-source'],
  ])('%s is rejected at %s (%s)', (file, path, rule) => {
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: fixture(file), path, rule });
    expect(problems[0].message).toContain(`rule: ${rule}`);
  });

  it('a user\'s record is checked against the shipped ones (a second prime minister of Japan in 2015)', () => {
    let problems: unknown[] = [];
    try {
      KnowledgeBase.load([fixture('user-overlaps-shipped.json')]);
    } catch (error) {
      problems = (error as KbError).problems;
    }
    expect(problems).toEqual([expect.objectContaining({ file: fixture('user-overlaps-shipped.json'), path: '/0/start', rule: 'overlapping-terms' })]);
  });

  it('an acting holder may overlap the regular one', () => {
    expect(problemsOf('acting-overlap-ok.json')).toEqual([]);
  });

  it('knows the calendar: 31 June and 29 February 2023 are no days, 29 February 2024 is', () => {
    expect(isCalendarDate('2026-06-31')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-13')).toBe(false);
    expect(isCalendarDate('2024')).toBe(true);
  });

  it('the shipped knowledge base passes every rule and the schema', () => {
    expect(() => KnowledgeBase.load([], { includeDefault: true, validateShipped: true })).not.toThrow();
  });
});
