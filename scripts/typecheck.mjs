// Type-checks every layer's project named in the root tsconfig.json, each with its own libs,
// so that a DOM API in shared/ or a Node API in renderer/ is a compile error.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
/** @type {{ references: { path: string }[] }} */
const root = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));
let failed = 0;
for (const { path } of root.references) {
  try {
    execFileSync(process.execPath, [tsc, '-p', path], { stdio: 'inherit' });
    console.log(`typecheck ok: ${path}`);
  } catch {
    failed += 1;
    console.error(`typecheck failed: ${path}`);
  }
}
process.exit(failed ? 1 : 0);
