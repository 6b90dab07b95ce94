// Figures of a bench run: medians, ratios to floors, targets met, and the printed table.

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * @typedef {{
 *   id: string, label: string, status: string, runs: number, unit: string,
 *   median: number | null, min: number | null, max: number | null, coresBusy: number | null,
 *   floor: string | null, floorMedian: number | null, ratio: number | null,
 *   reference: string | null, referenceRatio: number | null,
 *   target: import('./measures.mjs').Target | null, met: boolean | null,
 * }} Row
 */

/**
 * @param {import('./measures.mjs').Measure} measure
 * @param {Record<string, number[]>} samples
 * @param {Record<string, number[]>} coresBusySamples cores busy during each timing long enough to sample
 * @param {string | null} unavailable
 * @returns {Row}
 */
export function summarise(measure, samples, coresBusySamples, unavailable) {
  const values = samples[measure.id] ?? [];
  const cores = coresBusySamples[measure.id] ?? [];
  const floorValues = measure.floor ? (samples[measure.floor] ?? []) : [];
  const value = values.length ? median(values) : null;
  const floorMedian = floorValues.length ? median(floorValues) : null;
  const ratio = value !== null && floorMedian ? value / floorMedian : null;
  const referenceValues = measure.reference ? (samples[measure.reference] ?? []) : [];
  const referenceRatio =
    value !== null && referenceValues.length ? value / median(referenceValues) : null;
  /** @type {boolean | null} */
  let met = null;
  const target = measure.target;
  if (value !== null && target) {
    if ('ratio' in target) met = ratio !== null && ratio <= target.ratio;
    else if ('ms' in target) met = value <= target.ms;
    else met = value <= target.mb;
  }
  return {
    id: measure.id,
    label: measure.label,
    status: values.length ? 'measured' : (unavailable ?? 'did not run'),
    runs: values.length,
    unit: measure.unit ?? 'ms',
    median: value,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    coresBusy: cores.length ? median(cores) : null,
    floor: measure.floor ?? null,
    floorMedian,
    ratio,
    reference: measure.reference ?? null,
    referenceRatio,
    target: target ?? null,
    met,
  };
}

/** @param {import('./measures.mjs').Target | null} target */
function describeTarget(target) {
  if (!target) return '';
  if ('ratio' in target) return `≤ ${target.ratio}× floor`;
  if ('ms' in target) return `≤ ${target.ms} ms`;
  return `≤ ${target.mb} MB`;
}

/** @param {number | null} value */
const fixed = (value) => (value === null ? '' : value.toFixed(value < 10 ? 1 : 0));

/** @param {Row[]} rows */
export function formatTable(rows) {
  const header = [
    'measure',
    'median',
    'min',
    'max',
    'unit',
    'cores',
    'floor',
    'ratio',
    'target',
    'met',
    'note',
  ];
  const lines = rows.map((row) =>
    row.status === 'measured'
      ? [
          row.id,
          fixed(row.median),
          fixed(row.min),
          fixed(row.max),
          row.unit,
          row.coresBusy === null ? '' : row.coresBusy.toFixed(2),
          fixed(row.floorMedian),
          row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`,
          describeTarget(row.target),
          row.met === null ? '' : row.met ? 'yes' : 'NO',
          row.referenceRatio === null
            ? ''
            : `${row.referenceRatio.toFixed(2)}× ${row.reference ?? ''}`,
        ]
      : [row.id, '', '', '', '', '', '', '', describeTarget(row.target), '', row.status],
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (/** @type {string[]} */ line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join(
    '\n',
  );
}
