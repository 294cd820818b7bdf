/**
 * `factlint serve` as a user starts it: the built binary listens, serves the page, lints an
 * article exactly as the CLI does, and stops cleanly on SIGTERM.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const BIN = 'bin/factlint.js';

/** Start the server on a free port; resolves with its address once it says it is listening. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+?)\/? /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('factlint serve', () => {
  it('serves the page and finds in an article what the CLI finds, then stops on SIGTERM', async () => {
    const { child, url, output } = await start(['--workers', '1']);
    try {
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>factlint');
      for (const file of ['corpus/examples/facts-summit-places.md', 'corpus/examples/time-weekdays.html']) {
        const response = await fetch(`${url}/api/lint`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: readFileSync(file, 'utf8'), filename: file.split('/').pop() }),
        });
        expect(response.status).toBe(200);
        const served = (await response.json()) as { findings: Array<{ ruleId: string; line: number; column: number; message: string }> };
        let stdout = '';
        await main(['--format', 'json', file], { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: process.cwd(), color: false, readStdin: async () => '' });
        const cli = JSON.parse(stdout)[0];
        expect(served.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual(cli.messages.map((m: { ruleId: string; line: number; column: number; message: string }) => [m.ruleId, m.line, m.column, m.message]));
      }
    } finally {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(output()).toContain('stopping');
  });

  it('says what is wrong with its options, its configuration, or a port in use, and exits 2', async () => {
    const bad = spawnSync(process.execPath, [BIN, 'serve', '--port', 'eighty'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port expects a whole number from 0 to 65535, got "eighty"');
    const cors = spawnSync(process.execPath, [BIN, 'serve', '--cors', 'cms.example.org'], { encoding: 'utf8' });
    expect(cors.status).toBe(2);
    expect(cors.stderr).toContain('--cors expects an origin');
    const missing = spawnSync(process.execPath, [BIN, 'serve', '--config', 'no-such-config.json'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-config.json: no such file or folder');
    const help = spawnSync(process.execPath, [BIN, 'serve', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: factlint serve');

    const dir = mkdtempSync(join(tmpdir(), 'factlint-serve-'));
    writeFileSync(join(dir, 'factlint.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const badConfig = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--workers', '1', '--config', join(dir, 'factlint.config.json')], { encoding: 'utf8', timeout: 20_000 });
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toContain('/rules/no-such-rule: unknown rule "no-such-rule"');

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = spawnSync(process.execPath, [BIN, 'serve', '--port', String(port), '--workers', '0'], { encoding: 'utf8', timeout: 20_000 });
      expect(busy.status).toBe(2);
      expect(busy.stderr).toContain(`127.0.0.1:${port} is already in use; choose another --port`);
    } finally {
      blocker.close();
    }
  });
});
