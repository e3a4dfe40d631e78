import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { foldForSearch } from '../src/shared/text/fold';
import { toIndexText, toSearchPatterns } from '../src/shared/text/search-terms';
import { createDatabase, type Database } from '../src/server/db/database';
import { createSearchIndexTable } from '../src/server/db/migrations/search-index.ddl';
import { defineSearchIndex, searchIndex } from '../src/server/search/search-index';
import { installSharedExtensions } from '../src/server/test/test-db';
import { measure, type Measurement } from './harness';
import { type Corpus, createCorpus } from './search-corpus';

/**
 * Accent-insensitive search (server/search/search-index.ts, first page of 20, most recent first) over a generated
 * petition corpus, against the same query answered by a `LIKE '%…%'` scan of the same table in the same run. On
 * SQLite always; on PostgreSQL too when BENCH_DATABASE_URL is set (in a schema of its own, dropped afterwards).
 */
const index = defineSearchIndex('bench_search');
const PAGE = 20;

interface Category {
  name: string;
  queries: string[];
  unitIds: string[] | null;
}

function categories(corpus: Corpus, rows: number): Category[] {
  const sample = (k: number) => corpus.row(Math.floor(((k * 7919) % 997) * (rows / 997)));
  const fifty = <T>(f: (k: number) => T) => Array.from({ length: 50 }, (_, k) => f(k));
  const province = corpus.units.slice(0, 100).map((u) => u.id);
  return [
    { name: 'common surname (nguyen, tran, pham…)', queries: ['nguyen', 'tran', 'pham', 'hoang', 'phan'], unitIds: null },
    { name: '2-letter surname (le, do, vu, ho, ha)', queries: ['le', 'do', 'vu', 'ho', 'ha'], unitIds: null },
    { name: 'rare surname (quach, luong, cao…)', queries: ['quach', 'luong', 'cao', 'trinh', 'dinh'], unitIds: null },
    { name: 'full name, no accents', queries: fifty((k) => foldForSearch(sample(k).name)), unitIds: null },
    { name: 'full name, words reordered', queries: fifty((k) => foldForSearch(sample(k).name).split(' ').reverse().join(' ')), unitIds: null },
    { name: 'commune name', queries: fifty((k) => foldForSearch(corpus.units[(k * 37) % 300]!.name.replace(/^(Xã|Thị trấn) /, ''))), unitIds: null },
    { name: 'registration number (123/2026)', queries: fifty((k) => sample(k).number), unitIds: null },
    { name: 'name + commune', queries: fifty((k) => foldForSearch(`${sample(k).name} ${sample(k).commune.replace(/^Xã /, '')}`)), unitIds: null },
    { name: 'surname in 100 units (a province)', queries: ['nguyen', 'tran', 'le', 'quach', 'dinh'], unitIds: province },
    { name: 'full name in 100 units', queries: fifty((k) => foldForSearch(sample(k).name)), unitIds: province },
  ];
}

interface Engine {
  label: string;
  search(q: string, unitIds: string[] | null): Promise<string[]>;
  scan(q: string, unitIds: string[] | null): Promise<string[]>;
  close(): Promise<void>;
}

export async function benchSearch(rows: number, reps: number): Promise<void> {
  const corpus = createCorpus();
  const sqlite = await buildSqlite(corpus, rows);
  await runCategories(sqlite, corpus, rows, reps);
  await sqlite.close();
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const postgres = await buildPostgres(corpus, rows, url);
    await runCategories(postgres, corpus, rows, reps);
    await postgres.close();
  }
}

async function runCategories(engine: Engine, corpus: Corpus, rows: number, reps: number): Promise<void> {
  console.log(`\n## Search, ${engine.label}, ${rows.toLocaleString('en')} petitions: first page of ${PAGE}`);
  console.log('| query | index p50 ms | index p95 ms | LIKE scan p50 ms | LIKE scan p95 ms | p95 LIKE / index | same ids |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  const worst: Measurement[] = [];
  for (const c of categories(corpus, rows)) {
    let same = true;
    for (const q of c.queries.slice(0, 5)) {
      const [a, b] = [await engine.search(q, c.unitIds), await engine.scan(q, c.unitIds)];
      if (a.join() !== b.join()) same = false;
    }
    const viaIndex = await measure(c.name, reps, (i) => engine.search(c.queries[Math.abs(i) % c.queries.length]!, c.unitIds), 5);
    const viaScan = await measure(c.name, Math.max(5, Math.round(reps / 10)), (i) => engine.scan(c.queries[Math.abs(i) % c.queries.length]!, c.unitIds), 2);
    worst.push(viaIndex);
    console.log(
      `| ${c.name} | ${viaIndex.p50Ms.toFixed(2)} | ${viaIndex.p95Ms.toFixed(2)} | ${viaScan.p50Ms.toFixed(1)} | ` +
        `${viaScan.p95Ms.toFixed(1)} | ${(viaScan.p95Ms / viaIndex.p95Ms).toFixed(1)}× | ${same ? 'yes' : 'NO'} |`,
    );
  }
  const p95 = Math.max(...worst.map((m) => m.p95Ms));
  console.log(`\nWorst index p95: ${p95.toFixed(2)} ms (target < 30 ms at 1,000,000).`);
}

/** LIKE '%…%' for every pattern: the same matches, in the same order, without the trigram index. */
function scanSql(patterns: string[], unitIds: string[] | null, param: (i: number) => string): string {
  const likes = patterns.map((_, i) => `folded_text like ${param(i)}`);
  const scope = unitIds ? [`unit_id in (${unitIds.map((_, i) => param(patterns.length + i)).join(', ')})`] : [];
  const where = [...likes, ...scope].join(' and ') || '1 = 1';
  return `select entity_id from bench_search where ${where} order by seq desc limit ${PAGE + 1}`;
}

async function buildSqlite(corpus: Corpus, rows: number): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-search-'));
  const database = createDatabase({ engine: 'sqlite', file: join(dir, 'search.sqlite') });
  await createSearchIndexTable(database.db as unknown as Kysely<unknown>, index.table);
  const raw = database.sqlite!;
  const insert = raw.prepare('insert into bench_search (entity_id, unit_id, folded_text) values (?, ?, ?)');
  const batch = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = corpus.row(i);
      insert.run(r.entityId, r.unitId, toIndexText(r.text));
    }
  });
  const start = performance.now();
  if (process.env.BENCH_CACHE) raw.pragma(`cache_size = -${process.env.BENCH_CACHE}`);
  for (let from = 0; from < rows; from += 10_000) batch(from, Math.min(rows, from + 10_000));
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('analyze');
  const seconds = (performance.now() - start) / 1000;
  const mb = statSync(join(dir, 'search.sqlite')).size / 1e6;
  const chars = (raw.prepare('select avg(length(folded_text)) a from bench_search').get() as { a: number }).a;
  console.log(
    `\nSQLite corpus: ${rows.toLocaleString('en')} entries (avg ${Math.round(chars)} folded characters) built and ` +
      `indexed in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s through the ` +
      `FTS triggers); file ${mb.toFixed(0)} MB`,
  );
  const statements = new Map<string, ReturnType<typeof raw.prepare>>();
  return {
    label: 'SQLite (file, WAL; FTS5 trigram)',
    search: async (q, unitIds) => (await searchIndex(database.db, 'sqlite', index, { query: q, unitIds, limit: PAGE })).ids,
    scan: async (q, unitIds) => {
      const patterns = toSearchPatterns(q);
      const text = scanSql(patterns, unitIds, () => '?');
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = raw.prepare(text)));
      const args = [...patterns.map((p) => `%${p}%`), ...(unitIds ?? [])];
      return (statement.all(...(args as [string])) as Array<{ entity_id: string }>).slice(0, PAGE).map((r) => r.entity_id);
    },
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function buildPostgres(corpus: Corpus, rows: number, url: string): Promise<Engine> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await installSharedExtensions(admin);
  const database: Database = createDatabase({ engine: 'postgres', url, schema, poolSize: 2 });
  await createSearchIndexTable(database.db as unknown as Kysely<unknown>, index.table);
  // Load first and build the trigram index after (its definition read back from the helper's DDL), as a bulk
  // import would; the index's own maintenance cost is the tests' concern, not this figure's.
  const { rows: defs } = await sql<{ indexdef: string }>`select indexdef from pg_indexes
    where schemaname = ${schema} and indexname = 'bench_search_text_idx'`.execute(database.db);
  const start = performance.now();
  await sql`drop index bench_search_text_idx`.execute(database.db);
  for (let from = 0; from < rows; from += 10_000) {
    const batch = Array.from({ length: Math.min(rows, from + 10_000) - from }, (_, k) => corpus.row(from + k));
    await sql`insert into bench_search (entity_id, unit_id, folded_text)
      select * from unnest(${batch.map((r) => r.entityId)}::text[], ${batch.map((r) => r.unitId)}::text[],
        ${batch.map((r) => toIndexText(r.text))}::text[])`.execute(database.db);
  }
  const loaded = performance.now();
  await sql.raw(defs[0]!.indexdef).execute(database.db);
  await sql`analyze bench_search`.execute(database.db);
  const seconds = (performance.now() - start) / 1000;
  const { rows: size } = await sql<{ mb: number }>`select pg_total_relation_size('bench_search') / 1e6 as mb`.execute(database.db);
  console.log(
    `\nPostgreSQL corpus: ${rows.toLocaleString('en')} entries loaded in ${((loaded - start) / 1000).toFixed(1)} s, ` +
      `GIN trigram index built in ${((performance.now() - loaded) / 1000).toFixed(1)} s (total ${seconds.toFixed(1)} s); ` +
      `table and indexes ${Math.round(size[0]!.mb)} MB`,
  );
  // The baseline connection may not use bitmap scans, so the trigram index is out of its reach.
  const scanClient = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await scanClient.connect();
  await scanClient.query('set enable_bitmapscan = off');
  return {
    label: 'PostgreSQL (pg_trgm GIN)',
    search: async (q, unitIds) => (await searchIndex(database.db, 'postgres', index, { query: q, unitIds, limit: PAGE })).ids,
    scan: async (q, unitIds) => {
      const patterns = toSearchPatterns(q);
      const args = [...patterns.map((p) => `%${p}%`), ...(unitIds ?? [])];
      const result = await scanClient.query<{ entity_id: string }>(scanSql(patterns, unitIds, (i) => `$${i + 1}`), args);
      return result.rows.slice(0, PAGE).map((r) => r.entity_id);
    },
    close: async () => {
      await scanClient.end();
      await database.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
