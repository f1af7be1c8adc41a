// Prints one closing line for the whole run from jest's JSON reports, the
// node:test log of the end-to-end run and the install check's browser checks.
import { existsSync, readFileSync } from 'node:fs';

const [e2eLog, installChecks, ...jestReports] = process.argv.slice(2);
const e2e = readFileSync(e2eLog, 'utf8');
const count = name =>
  Number(e2e.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const reports = jestReports.map(path => JSON.parse(readFileSync(path, 'utf8')));
const sum = key => reports.reduce((total, report) => total + report[key], 0);

const install = existsSync(installChecks)
  ? JSON.parse(readFileSync(installChecks, 'utf8'))
  : { passed: 0, failed: 0 };

const passed = sum('numPassedTests') + count('pass') + install.passed;
const failed = sum('numFailedTests') + count('fail') + install.failed;
const skipped = sum('numPendingTests') + count('skipped');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
