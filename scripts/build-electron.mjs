// Bundles the main process and the preload for Electron. The preload is CommonJS because a
// sandboxed preload cannot be an ES module; main is CommonJS too so both load the same way.
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
