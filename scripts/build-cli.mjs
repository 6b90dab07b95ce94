// Bundles the command line for the district office into one CommonJS file for plain Node, the
// way build-electron.mjs bundles the main process: shared/ and SheetJS inlined, nothing to
// install beside it. Quiet on success, so `npm run cli -- … --json` prints only JSON.
// An optional argument names another output file (tests build their own copy).
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/cli/cli.cjs';

await build({
  entryPoints: ['cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
