// Writes .br and .gz beside every compressible file of the built web app (run after `vite build`), so the server
// sends them precompressed (@fastify/static `preCompressed`) without compressing on each request. Node's zlib only.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/web';
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const path of files(root)) {
  const raw = readFileSync(path);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (br.length < raw.length) writeFileSync(`${path}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
  rows.push({ file: relative(root, path), raw: statSync(path).size, gz: gz.length, br: br.length });
}
rows.sort((a, b) => b.raw - a.raw);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
if (process.env.COMPRESS_REPORT !== '0') {
  console.log(`precompressed ${rows.length} files in ${root}: ${kb(total.raw)} -> gzip ${kb(total.gz)}, brotli ${kb(total.br)}`);
  for (const r of rows.slice(0, 5)) console.log(`  ${r.file}: ${kb(r.raw)} -> gzip ${kb(r.gz)}, brotli ${kb(r.br)}`);
}
