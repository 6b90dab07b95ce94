// The Chromium that e2e tests and the bench drive: Debian's (Playwright's own download is not
// reachable here), with the flags a closed network and a root user need. CHROMIUM_PATH overrides.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
