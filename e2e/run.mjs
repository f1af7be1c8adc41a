// Runs the browser end-to-end tests against a freshly started demo portal.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startPortal, stopPortal } from './portal.mjs';

const testsDir = join(import.meta.dirname, 'tests');
const tests = readdirSync(testsDir)
  .filter(name => name.endsWith('.test.mjs'))
  .map(name => join(testsDir, name));

const startedAt = Date.now();
const portal = await startPortal();
console.log(`Portal up in ${Math.round((Date.now() - startedAt) / 1000)} s`);
let status = 1;
try {
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
