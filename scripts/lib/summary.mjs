// Prints one closing line for the whole run from jest's JSON report and the
// node:test log of the end-to-end run.
import { readFileSync } from 'node:fs';

const [jestReport, e2eLog] = process.argv.slice(2);
const jest = JSON.parse(readFileSync(jestReport, 'utf8'));
const e2e = readFileSync(e2eLog, 'utf8');
const count = name =>
  Number(e2e.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);

const passed = jest.numPassedTests + count('pass');
const failed = jest.numFailedTests + count('fail');
const skipped = jest.numPendingTests + count('skipped');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
