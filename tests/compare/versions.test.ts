import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findVersionGroups, shingleSet, versionsOf } from '../../src/corpus/versions.js';
import { CROSSDOC, SEEDS, fixtureFiles, loadDocs } from './support.js';

describe('findVersionGroups', () => {
  it('groups seeds 000 and 002 (hard line breaks, two extra links, boilerplate) and nothing else', () => {
    const docs = loadDocs(fixtureFiles(SEEDS));
    const groups = findVersionGroups(docs);
    expect(groups.map((g) => g.members.map((m) => docs[m].path.split('/').pop()?.slice(0, 3)))).toEqual([['000', '002']]);
    expect(groups[0].similarity[1]).toBeGreaterThan(0.7);
  });

  it('groups the Markdown op-ed, its syndicated plain-text copy and its corrected version, not the news report', () => {
    const docs = loadDocs(fixtureFiles(join(CROSSDOC, 'versions')));
    const groups = findVersionGroups(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => docs[m].path.split('/').pop()).sort()).toEqual(['oped-syndicated.txt', 'oped-updated.md', 'oped.md']);
  });

  it('ignores line breaks, punctuation, case and URLs', () => {
    const a = shingleSet('The council approved the plan in a single evening, with barely an hour of debate. https://example.org/x');
    const b = shingleSet('the council approved the plan in a\nsingle evening with barely an hour of debate');
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('does not group articles that only share a topic', () => {
    const docs = loadDocs([...fixtureFiles(join(CROSSDOC, 'agreeing-accounts')), ...fixtureFiles(join(CROSSDOC, 'figure-conflict'))]);
    expect(findVersionGroups(docs)).toEqual([]);
  });
});

describe('versionsOf', () => {
  it('names each file its other versions (for FileResult.versions), and nothing for the others', () => {
    const docs = loadDocs(fixtureFiles(SEEDS));
    const versions = versionsOf(docs);
    expect(versions[0]).toEqual([docs[2].path]);
    expect(versions[2]).toEqual([docs[0].path]);
    expect(versions[1]).toEqual([]);
    expect(findVersionGroups(docs)).toBe(findVersionGroups([...docs]));
  });
});
