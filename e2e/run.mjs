// Runs the browser end-to-end tests against a freshly started demo portal.
// `node e2e/run.mjs rotation knowledge` runs only the test files whose names
// contain one of the words.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { warmUp } from './browser.mjs';
import { startPortal, stopPortal } from './portal.mjs';

const testsDir = join(import.meta.dirname, 'tests');
const only = process.argv.slice(2);
const tests = readdirSync(testsDir)
  .filter(name => name.endsWith('.test.mjs'))
  .filter(name => only.length === 0 || only.some(word => name.includes(word)))
  .map(name => join(testsDir, name));

const startedAt = Date.now();
const portal = await startPortal();
console.log(`Portal up in ${Math.round((Date.now() - startedAt) / 1000)} s`);
let status = 1;
try {
  await warmUp();
  console.log(
    `Portal warm in ${Math.round((Date.now() - startedAt) / 1000)} s`,
  );
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=tap', ...tests],
    { stdio: 'inherit' },
  );
  status = run.status ?? 1;
} finally {
  stopPortal(portal);
}
process.exit(status);
