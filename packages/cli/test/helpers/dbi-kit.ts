// Runs the real `dbi-kit` binary (packages/cli/dist/bin.js) in a child process.
//
// `npm test` builds everything before vitest runs. When vitest runs on its own, `ensureBuilt`
// builds the engine, the registry and the CLI with rollup if their dist is missing or older than
// their sources, so a test never runs stale code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const BIN = join(CLI_ROOT, 'dist/bin.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(pkg: string, output: string): boolean {
  const built = join(REPO_ROOT, 'packages', pkg, output);
  if (!existsSync(built)) return true;
  return statSync(built).mtimeMs < newestSource(join(REPO_ROOT, 'packages', pkg, 'src'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds what is stale, one test file at a time (a lock folder serialises the parallel workers). */
export async function ensureBuilt(): Promise<void> {
  const lock = join(tmpdir(), 'dbi-kit-cli-test-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    const stale = [['engine', 'dist/index.js'], ['registry', 'dist/index.js'], ['cli', 'dist/bin.js']].filter(([pkg, output]) => isStale(pkg, output)).map(([pkg]) => pkg);
    if (stale.length === 0) return;
    const rollup = join(REPO_ROOT, 'node_modules/rollup/dist/bin/rollup');
    const result = spawnSync(process.execPath, [rollup, '-c', '--silent'], { cwd: REPO_ROOT, env: { ...process.env, PKG: stale.join(',') }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`building ${stale.join(', ')} failed:\n${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** What a run of the binary produced. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dbi-kit <args>` in `cwd`, feeding `stdin` if given, with `env` added to the environment, and collects its output. */
export function dbiKit(args: readonly string[], { cwd = CLI_ROOT, stdin, env }: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A fresh temporary folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dbi-kit-cli-'));
}
