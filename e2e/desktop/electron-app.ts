import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Electron's binary, or the one-line reason the desktop specs are skipped on this machine. */
export function electronBinary(): { path: string } | { skipReason: string } {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { skipReason: `ELECTRON_PATH=${fromEnv} does not exist` };
  }
  let binary: string;
  try {
    binary = require('electron') as string;
  } catch {
    return {
      skipReason:
        "Electron's binary is not installed (npm could not download it on this machine); install it or set ELECTRON_PATH to run these specs",
    };
  }
  return existsSync(binary)
    ? { path: binary }
    : {
        skipReason: `Electron's binary is not installed at ${binary} (its download is not reachable here); desktop specs need it`,
      };
}

export async function launchDesktopApp(binaryPath: string): Promise<ElectronApplication> {
  if (!existsSync('dist/electron/main.cjs')) {
    throw new Error('dist/electron/main.cjs is missing: run `npm run build` first');
  }
  return electron.launch({ executablePath: binaryPath, args: ['.'] });
}
