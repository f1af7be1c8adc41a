// Starts the demo portal (frontend :3000, backend :7007) on a fresh SQLite
// directory for the end-to-end tests, with the sign-in of any catalog user
// by a forwarded header besides the guest's, and stops it again.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const frontendUrl = 'http://localhost:3000';
export const backendUrl = 'http://localhost:7007';

async function waitFor(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer in time`);
}

async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function startPortal({ timeoutSeconds = 600 } = {}) {
  for (const url of [frontendUrl, backendUrl]) {
    if (await answers(url)) {
      throw new Error(`${url} is already taken; stop the running portal first`);
    }
  }
  const yarnRelease = readdirSync(join(root, '.yarn/releases'))[0];
  const portal = spawn(
    process.execPath,
    [
      join(root, '.yarn/releases', yarnRelease),
      'start',
      ...['app-config.yaml', 'e2e/app-config.e2e.yaml'].flatMap(file => [
        '--config',
        join(root, file),
      ]),
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BROWSER: 'none',
        ZOOPORT_SQLITE_DIR: mkdtempSync(join(tmpdir(), 'zooport-e2e-')),
      },
    },
  );
  const log = [];
  const keep = chunk => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  portal.stdout.on('data', keep);
  portal.stderr.on('data', keep);

  const deadline = Date.now() + timeoutSeconds * 1000;
  try {
    await waitFor(`${backendUrl}/api/zooport/health`, deadline);
    await waitFor(`${backendUrl}/.backstage/health/v1/readiness`, deadline);
    await waitFor(frontendUrl, deadline);
  } catch (error) {
    stopPortal(portal);
    throw new Error(`${error.message}\n${log.join('')}`);
  }
  return portal;
}

export function stopPortal(portal) {
  try {
    process.kill(-portal.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function tokenFor(userName) {
  const signIn = await fetch(`${backendUrl}/api/auth/oauth2Proxy/refresh`, {
    headers: {
      'x-forwarded-user': userName,
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  if (!signIn.ok) {
    throw new Error(`${userName} could not sign in: ${await signIn.text()}`);
  }
  return (await signIn.json()).backstageIdentity.token;
}

/**
 * Calls the backend at `path` (under /api) as the catalog user `userName`,
 * signed in through the forwarded-user provider, and returns its JSON.
 */
export async function apiAs(userName, path, { method = 'GET', body } = {}) {
  const response = await fetch(`${backendUrl}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(userName)}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) {
    throw new Error(
      `${method} ${path}: ${response.status} ${await response.text()}`,
    );
  }
  return response.json();
}
