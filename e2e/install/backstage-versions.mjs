// The versions of every @backstage package a yarn.lock resolves, and the
// comparison of two lockfiles: which @backstage package that was already
// there now resolves to a version it did not have before.
//
//   node backstage-versions.mjs snapshot <yarn.lock> <out.json>
//   node backstage-versions.mjs compare <before.json> <after.json>
//
// `compare` prints what it finds and exits 1 when a package gained a second
// version.
import { readFileSync, writeFileSync } from 'node:fs';

export function backstageVersions(lockfile) {
  const versions = {};
  for (const match of lockfile.matchAll(
    /^ {2}resolution: "(@backstage\/[^@"]+)@npm:([^"]+)"$/gm,
  )) {
    const [, name, version] = match;
    (versions[name] ??= new Set()).add(version);
  }
  return Object.fromEntries(
    Object.entries(versions)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, set]) => [name, [...set].sort()]),
  );
}

export function compare(before, after) {
  const added = [];
  for (const [name, versions] of Object.entries(before)) {
    const extra = (after[name] ?? []).filter(v => !versions.includes(v));
    if (extra.length > 0) added.push({ name, before: versions, extra });
  }
  const newPackages = Object.keys(after).filter(name => !(name in before));
  return { added, newPackages };
}

const [command, ...args] = process.argv.slice(2);
if (command === 'snapshot') {
  const [lockPath, outPath] = args;
  const versions = backstageVersions(readFileSync(lockPath, 'utf8'));
  writeFileSync(outPath, `${JSON.stringify(versions, null, 2)}\n`);
  console.log(
    `${Object.keys(versions).length} @backstage packages in ${lockPath}`,
  );
} else if (command === 'compare') {
  const [beforePath, afterPath] = args;
  const read = path => JSON.parse(readFileSync(path, 'utf8'));
  const { added, newPackages } = compare(read(beforePath), read(afterPath));
  console.log(
    `@backstage packages that adding Zooport brought in new: ${
      newPackages.length > 0 ? newPackages.join(', ') : 'none'
    }`,
  );
  if (added.length === 0) {
    console.log(
      'No @backstage package that the app already had gained a second version.',
    );
  } else {
    console.log(
      `${added.length} @backstage package(s) the app already had now resolve to a second version:`,
    );
    for (const { name, before, extra } of added) {
      console.log(
        `  ${name}: had ${before.join(', ')}, now also ${extra.join(', ')}`,
      );
    }
    process.exitCode = 1;
  }
} else {
  console.error(
    'usage: backstage-versions.mjs snapshot <yarn.lock> <out.json> | compare <before.json> <after.json>',
  );
  process.exitCode = 2;
}
