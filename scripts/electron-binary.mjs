// Where Electron's binary is, or why it is not there. The npm package downloads the binary in
// its install script, which fails (or is skipped) on machines without access to its host.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  if (process.env.ELECTRON_PATH) {
    return existsSync(process.env.ELECTRON_PATH)
      ? { path: process.env.ELECTRON_PATH }
      : { missing: `ELECTRON_PATH=${process.env.ELECTRON_PATH} does not exist` };
  }
  try {
    /** @type {string} */
    const binary = require('electron');
    return existsSync(binary)
      ? { path: binary }
      : { missing: `Electron's binary is not installed (${binary} is missing)` };
  } catch (error) {
    return {
      missing: `Electron's binary is not installed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}
