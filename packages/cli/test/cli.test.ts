// The command line itself: help for every command, usage errors, version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_ROOT, dbiKit, ensureBuilt } from './helpers/dbi-kit.js';

beforeAll(ensureBuilt, 120_000);

const COMMANDS = [['template'], ['score'], ['summary'], ['classify'], ['subsidy'], ['registry', 'serve']];

describe('dbi-kit', () => {
  it('lists every command in --help and exits 0', async () => {
    const run = await dbiKit(['--help']);
    expect(run.code).toBe(0);
    for (const [name] of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('prints the list and exits 2 (usage) with no command', async () => {
    const run = await dbiKit([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Commands:');
  });

  it.each(COMMANDS.map((words) => [words.join(' '), words] as const))('%s --help shows its usage, options and examples', async (name, words) => {
    const run = await dbiKit([...words, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: dbi-kit ${name} `);
    expect(run.stdout).toContain('Options:');
    expect(run.stdout).toContain('-h, --help');
    expect(run.stdout).toContain(`Examples:\n  dbi-kit ${name}`);
  });

  it('lists the registry commands under `registry --help`', async () => {
    const run = await dbiKit(['registry', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dbi-kit registry <command>');
    expect(run.stdout).toMatch(/^ {2}serve\b/m);
  });

  it('prints the version of package.json', async () => {
    const manifest = JSON.parse(readFileSync(join(CLI_ROOT, 'package.json'), 'utf8'));
    const run = await dbiKit(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  it('refuses an unknown command with exit 2', async () => {
    const run = await dbiKit(['scroe', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("dbi-kit: unknown command 'scroe' (run `dbi-kit --help` for the list)\n");
  });

  it('refuses an unknown option with exit 2 and the command\'s usage line', async () => {
    const run = await dbiKit(['score', '--colour', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
    expect(run.stderr).toContain('Usage: dbi-kit score [options] <input|->');
    expect(run.stdout).toBe('');
  });

  it('refuses a missing argument and an extra one with exit 2', async () => {
    const missing = await dbiKit(['score']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('score: missing argument');
    const extra = await dbiKit(['summary', 'a.csv', 'b.csv']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("summary: unexpected argument 'b.csv'");
  });

  it('refuses a bad option value with exit 2', async () => {
    const run = await dbiKit(['score', '--format', 'xlsx', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be csv or ndjson, not 'xlsx'");
  });

  it('reports a missing input file with exit 1', async () => {
    const run = await dbiKit(['score', 'does-not-exist.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('dbi-kit: does-not-exist.csv: no such file\n');
  });
});
