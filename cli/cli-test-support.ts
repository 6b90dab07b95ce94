/** Runs the built command line as the district office would, from a temporary folder. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
/** Each test file's own bundle: test files run in parallel and must not rewrite each other's. */
const builtCli = join(mkdtempSync(join(tmpdir(), 'park-ledger-cli-build-')), 'cli.cjs');

/** Bundles the CLI once per test file with the build script `npm run cli` uses. */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', builtCli], { cwd: projectRoot });
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [builtCli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding the given files. */
export function folderWith(files: Readonly<Record<string, Uint8Array>>): string {
  const folder = mkdtempSync(join(tmpdir(), 'park-ledger-cli-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  return folder;
}
