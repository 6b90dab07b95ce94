// Prints one closing line for the whole `npm test` run, from the unit and e2e JSON reports:
// "Tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`test summary: ${file} is missing or unreadable`);
    process.exit(1);
  }
}

const unit = readJson('test-results/vitest.json');
const e2e = readJson('test-results/e2e.json');

const passed = unit.numPassedTests + (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);

console.log(
  `unit: ${unit.numPassedTests} passed, e2e: ${e2e.stats.expected} passed, ${e2e.stats.skipped} skipped`,
);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
