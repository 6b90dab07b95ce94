// `npm run web`: build the renderer and serve it for any browser on this computer.
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';

if (!process.argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:renderer'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 5180);
const server = await preview({ preview: { port, strictPort: false, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(
  `\n园区台账 Park Ledger is running at ${url}\nOpen it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.\n`,
);
