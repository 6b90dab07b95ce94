// What the bench reads in the built app, from the outside as a user sees it: which section's
// content is on screen, moving between sections by the sidebar, the enterprises grid's count.
// Installed as an init script (after the paint probe) on every page of the app's origin.

/**
 * @typedef {'dashboard' | 'enterprises'} BenchSection
 * @typedef {{
 *   shown: (section: BenchSection) => boolean,
 *   openSection: (section: BenchSection) => Promise<number>,
 *   startup: Promise<number>,
 *   gridCount: () => string,
 *   gridShowsAll: () => boolean,
 * }} AppProbe
 */

/**
 * @param {import('./paint-probe.mjs').PaintProbe} probe
 * @returns {AppProbe}
 */
export function installAppProbe(probe) {
  /** The dashboard with its figures and every chart drawn, and no demo overlay over it. */
  const dashboardShown = () => {
    if (document.querySelector('.demo-overlay') !== null) return false;
    const charts = [...document.querySelectorAll('.dashboard .chart-card')];
    return (
      document.querySelector('.dashboard .figure-card .number') !== null &&
      charts.length > 0 &&
      charts.every((chart) => chart.querySelector('svg path') !== null)
    );
  };
  const enterprisesShown = () => document.querySelector('.enterprises-grid .ag-row') !== null;
  /** @param {BenchSection} section */
  const shown = (section) => (section === 'dashboard' ? dashboardShown() : enterprisesShown());
  const gridCount = () =>
    document.querySelector('.enterprises-grid .grid-count')?.textContent ?? '';

  // From navigation start: the app is started once the section it opens on is painted. Watched
  // from the first moment so that a fast start is not missed; a page that never shows it (the
  // demo still loading) just stops watching.
  const startup = probe
    .whenPainted(() => shown(location.hash.includes('enterprises') ? 'enterprises' : 'dashboard'))
    .catch(() => Number.NaN);

  return {
    shown,
    /** Clicks the section in the sidebar; ms until its content is painted. */
    async openSection(section) {
      const link = document.querySelector(`nav a[href="#/${section}"]`);
      if (!(link instanceof HTMLElement)) throw new Error(`bench: no sidebar link to ${section}`);
      await probe.afterPaint();
      const start = performance.now();
      link.click();
      return (await probe.whenPainted(() => shown(section))) - start;
    },
    startup,
    gridCount,
    /** The grid's count line reads "shown / total" with both numbers equal. */
    gridShowsAll() {
      const [shownCount, total] = gridCount().match(/[\d,]+/g) ?? [];
      return shownCount !== undefined && shownCount === total;
    },
  };
}
