// Bundles the command line for the district office into one CommonJS file for plain Node, the
// way build-electron.mjs bundles the main process: shared/ and SheetJS inlined, nothing to
// install beside it. Quiet on success, so `npm run cli -- … --json` prints only JSON.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
