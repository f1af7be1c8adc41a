// A registry for the packed Zooport tarballs, so that a new app installs
// them the way it would install a published release: `yarn add
// @zooport/plugin-zooport` asks it for the package's versions and latest
// tag, then fetches the tarball. Only the @zooport scope is pointed here.
//
//   node registry.mjs <dir with name.tgz and name.json> <port file>
//
// Listens on a free loopback port, writes the port to the port file and
// serves until it is stopped.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [dir, portFile] = process.argv.slice(2);

function packuments(origin) {
  const byName = new Map();
  for (const file of readdirSync(dir).filter(f => f.endsWith('.json'))) {
    const manifest = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const tarball = file.replace(/\.json$/, '.tgz');
    const bytes = readFileSync(join(dir, tarball));
    const published = new Date().toISOString();
    byName.set(manifest.name, {
      name: manifest.name,
      'dist-tags': { latest: manifest.version },
      time: {
        created: published,
        modified: published,
        [manifest.version]: published,
      },
      versions: {
        [manifest.version]: {
          ...manifest,
          _id: `${manifest.name}@${manifest.version}`,
          dist: {
            tarball: `${origin}/-/${tarball}`,
            shasum: createHash('sha1').update(bytes).digest('hex'),
            integrity: `sha512-${createHash('sha512')
              .update(bytes)
              .digest('base64')}`,
          },
        },
      },
    });
  }
  return byName;
}

const server = createServer((request, response) => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const path = decodeURIComponent(new URL(request.url, origin).pathname);
  if (path.startsWith('/-/') && !path.includes('..')) {
    try {
      const bytes = readFileSync(join(dir, path.slice(3)));
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(bytes);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  const packument = packuments(origin).get(path.slice(1));
  if (!packument) {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"error":"not found"}');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(packument));
});

server.listen(0, '127.0.0.1', () => {
  writeFileSync(portFile, String(server.address().port));
});
