// The built app (dist/renderer, served by vite preview) in Debian's Chromium with the bench's
// persistent profile, as a desktop user runs it: the demo is loaded into the profile once, then
// every app measure drives this session. The probes in bench/pages/ are given to each page as
// init scripts, since no bench code ships with the app.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { installAppProbe } from './pages/app-probe.mjs';
import { installPaintProbe } from './pages/paint-probe.mjs';

/** The window and language the app is measured in; the grid's floors use them too. */
export const benchPageOptions = { viewport: { width: 1360, height: 860 }, locale: 'zh-CN' };

/** @type {Parameters<typeof chromium.launchPersistentContext>[1]} */
export const browserOptions = {
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
  ...benchPageOptions,
};

const probeScript = `window.benchProbe = (${installPaintProbe.toString()})();
window.benchApp = (${installAppProbe.toString()})(window.benchProbe);`;

/** @typedef {import('./pages/app-probe.mjs').BenchSection} BenchSection */

export class AppSession {
  /** @type {import('@playwright/test').BrowserContext | undefined} */
  #context;
  /** @type {import('@playwright/test').Page | undefined} */
  #page;

  /**
   * @param {{ profileDir: string, appUrl: string, demoScale: 'district' | 'tenth' }} options
   */
  constructor(options) {
    this.options = options;
  }

  get page() {
    if (this.#page === undefined) throw new Error('bench: the app is not running');
    return this.#page;
  }

  /** Starts the browser on the profile (a new renderer, nothing of the app in memory). */
  async launch() {
    this.#context = await chromium.launchPersistentContext(this.options.profileDir, browserOptions);
    await this.#context.addInitScript(probeScript);
    const page = this.#context.pages()[0] ?? (await this.#context.newPage());
    page.on('pageerror', (error) => {
      console.error(`app page error: ${error.message}`);
    });
    this.#page = page;
  }

  async close() {
    await this.#context?.close();
    this.#context = undefined;
    this.#page = undefined;
  }

  /** Quits and starts the browser again on the same profile: what a cold start begins with. */
  async relaunch() {
    await this.close();
    await this.launch();
  }

  /** Loads the demo into the profile as `?demo=load` does and waits until the dashboard shows it. */
  async loadDemo() {
    const scale = this.options.demoScale === 'tenth' ? '&demoScale=tenth' : '';
    await this.page.goto(`${this.options.appUrl}?demo=load${scale}#/dashboard`);
    const start = Date.now();
    await this.page.evaluate(() =>
      window.benchProbe.whenPainted(() => window.benchApp.shown('dashboard'), 900_000),
    );
    return Date.now() - start;
  }

  /**
   * Waits, after a start or the demo's load, until what they leave running in the background is
   * over: the registry read behind the dashboard, the 拼音 initials worker, the other sections'
   * chunks. Measured in the middle of that, on two cores, a keystroke or a grid's opening took two
   * to three times as long in one run: the figures measured the contention, not the interaction.
   * At least 3 s, then until the page has run no long task for 1 s (at most 20 s); resolves with
   * the ms waited.
   * @returns {Promise<number>}
   */
  settle() {
    return this.page.evaluate(() => window.benchProbe.whenQuiet(3000, 1000, 20_000));
  }

  /**
   * Opens the app at the dashboard; resolves with ms from navigation start to the dashboard
   * painted with the registry's figures.
   */
  async start() {
    await this.page.goto(`${this.options.appUrl}#/dashboard`);
    const startedAt = await this.page.evaluate(() => window.benchApp.startup);
    if (Number.isNaN(startedAt)) throw new Error('bench: the app did not show the dashboard');
    return startedAt;
  }

  /**
   * Makes sure the section is on screen (untimed), starting the app if it is not running.
   * @param {BenchSection} section
   */
  async show(section) {
    if (this.#page === undefined) await this.launch();
    if (!this.page.url().startsWith(this.options.appUrl)) await this.start();
    const shown = await this.page.evaluate((s) => window.benchApp.shown(s), section);
    if (!shown) await this.page.evaluate((s) => window.benchApp.openSection(s), section);
  }

  /**
   * ms from clicking the section in the sidebar until its content is painted.
   * @param {BenchSection} section
   */
  openSection(section) {
    return this.page.evaluate((s) => window.benchApp.openSection(s), section);
  }

  /** The renderer's JS heap after a full garbage collection, in MB. */
  async heapMb() {
    const session = await this.page.context().newCDPSession(this.page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usedSize / 2 ** 20;
  }
}
