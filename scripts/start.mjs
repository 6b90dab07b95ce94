// `npm start`: build, then launch the desktop app. Where Electron's binary is missing it tries
// to fetch it once (through ELECTRON_MIRROR if set); where that is impossible it says why and
// serves the same app for a browser instead, so the command always shows the app.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(npm, ['run', 'build']);

let electron = findElectronBinary();
if ('missing' in electron && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(`${electron.missing}; trying to download it…`);
  spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    stdio: 'inherit',
    env: { ...process.env, force_no_cache: 'false' },
  });
  electron = findElectronBinary();
}

if ('missing' in electron) {
  console.log(
    `\n${electron.missing}.\nStarting the browser version of Park Ledger instead (same app, data kept in the browser).\n` +
      'For the desktop app, install Electron where its download is reachable, or set ELECTRON_MIRROR (see README).\n',
  );
  run(process.execPath, ['scripts/web.mjs', '--no-build']);
} else {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
