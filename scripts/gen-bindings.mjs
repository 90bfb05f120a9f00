#!/usr/bin/env node
// gen-bindings: abigen v2 bindings for the contracts listed in bindings/contracts.txt,
// from forge's artifacts (contracts/out). One abigen call over a combined JSON,
// so that struct types shared by several contracts are generated once.
//
//   node scripts/gen-bindings.mjs [OUT_FILE]   (default bindings/bindings.go)
//
// Run `forge build` first; `make bindings` does both.
import { readFileSync, writeFileSync, mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] || join(root, 'bindings', 'bindings.go');
const list = readFileSync(join(root, 'bindings', 'contracts.txt'), 'utf8')
  .split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);

// Find each contract's artifact: contracts/out/<File>.sol/<Name>.json.
const artifacts = join(root, 'contracts', 'out');
const index = new Map();
for (const dir of readdirSync(artifacts)) {
  if (!dir.endsWith('.sol')) continue;
  for (const f of readdirSync(join(artifacts, dir))) {
    if (!f.endsWith('.json')) continue;
    const name = f.slice(0, -5);
    if (!index.has(name)) index.set(name, []);
    index.get(name).push(join(artifacts, dir, f));
  }
}

const combined = { contracts: {}, version: '' };
for (const name of list) {
  const paths = (index.get(name) || []).filter((p) => !p.includes('.t.sol') && !p.includes('.s.sol'));
  if (paths.length !== 1) {
    console.error(`gen-bindings: want exactly one artifact for ${name}, found ${paths.length}; run forge build`);
    process.exit(1);
  }
  const a = JSON.parse(readFileSync(paths[0], 'utf8'));
  // A relative key: abigen derives each binding's ID from it, so it must not
  // depend on where the repository is checked out.
  combined.contracts[`${relative(root, paths[0])}:${name}`] = {
    abi: a.abi,
    bin: (a.bytecode && a.bytecode.object || '').replace(/^0x/, ''),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'bindings-'));
const cj = join(tmp, 'combined.json');
writeFileSync(cj, JSON.stringify(combined));
const abigen = process.env.ABIGEN || join(root, '.bin', 'abigen');
if (!existsSync(abigen)) {
  console.error(`gen-bindings: ${abigen} not found; run scripts/setup`);
  process.exit(1);
}
execFileSync(abigen, ['--v2', '--combined-json', cj, '--pkg', 'bindings', '--out', out], { stdio: 'inherit' });
