import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';

const dir = 'corpus/examples/crossdoc/versions';

describe('lint results name the other versions of each file', () => {
  it('groups the three copies of the op-ed and leaves the unrelated report alone', async () => {
    const results = await lintFiles([dir], { cwd: process.cwd() });
    const byName = new Map(results.map((r) => [r.filePath.split('/').pop(), r]));
    expect(byName.get('oped.md')?.versions?.sort()).toEqual([`${dir}/oped-syndicated.txt`, `${dir}/oped-updated.md`]);
    expect(byName.get('oped-syndicated.txt')?.versions).toContain(`${dir}/oped.md`);
    expect(byName.get('news-report.md')?.versions).toBeUndefined();
  });

  it('names no versions when a single file is linted', async () => {
    const [result] = await lintFiles([`${dir}/oped.md`], { cwd: process.cwd() });
    expect(result.versions).toBeUndefined();
  });
});
