// Renders the app icon PNGs electron-builder packages (build/icons/*.png, build/icon.png) from
// the renderer's favicon.svg, so the window, taskbar and installer show the same mark. Needs
// rsvg-convert (Debian: apt-get install librsvg2-bin); the PNGs are committed, so packaging
// itself does not.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

const source = 'renderer/public/favicon.svg';
const sizes = [256, 512];

mkdirSync('build/icons', { recursive: true });
for (const size of sizes) {
  execFileSync('rsvg-convert', [
    '--width',
    String(size),
    '--height',
    String(size),
    '--output',
    `build/icons/${size}x${size}.png`,
    source,
  ]);
}
copyFileSync('build/icons/512x512.png', 'build/icon.png');
console.log(
  `wrote build/icons/{${sizes.map((s) => `${s}x${s}`).join(',')}}.png and build/icon.png`,
);
