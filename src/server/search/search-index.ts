import { type Generated, type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { toIndexText, toSearchPatterns } from '../../shared/text/search-terms';
import type { Engine } from '../db/database';
import type { DB } from '../db/schema';
import { matchSql } from './search-index.dialect';

/**
 * Accent-insensitive, word-order-tolerant substring search over (entity id, unit id, folded text), served by an
 * index on both engines: an FTS5 trigram table on SQLite, a pg_trgm GIN index on PostgreSQL. The query language
 * (what a term of 1, 2 or 3+ characters matches) is in shared/text/search-terms.ts; the table comes from a
 * migration calling `createSearchIndexTable(db, name)` (db/migrations/search-index.ddl.ts).
 *
 * Entries are written inside the caller's write transaction (server/db/write.ts), so an entity and its index entry
 * commit or roll back together. What to index is the caller's choice and must never include a protected identity
 * (a denouncer's name, address, document or contact: rule E5) unless protection was waived.
 */
export interface SearchIndex {
  /** The index table's name, as given to createSearchIndexTable. */
  readonly table: string;
}

export interface SearchEntry {
  entityId: string;
  /** The unit whose scope the entity belongs to (queries filter on it). */
  unitId: string;
  /** The fields to make searchable (names, summary, numbers…), folded here; null and empty fields are skipped. */
  text: readonly (string | null | undefined)[];
}

export interface SearchQuery {
  /** What the user typed. */
  query: string;
  /** The units the caller may see (authorize.ts), or null for no restriction (system tasks only). */
  unitIds: readonly string[] | null;
  limit: number;
  offset?: number;
}

export interface SearchPage {
  /** Matching entity ids, most recently indexed first (a stable order: an update keeps an entry's place). */
  ids: string[];
  /** Whether more matches follow this page. */
  hasMore: boolean;
}

interface SearchIndexRow {
  seq: Generated<number>;
  entityId: string;
  unitId: string;
  foldedText: string;
}

type IndexTables = Record<string, SearchIndexRow>;
type Db = Kysely<DB> | Transaction<DB>;

const NAME = /^[a-z][a-z0-9_]{0,40}$/;
const MAX_LIMIT = 1000;

export function defineSearchIndex(table: string): SearchIndex {
  if (!NAME.test(table)) throw new Error(`Invalid search index name: ${table}`);
  return { table };
}

/** Adds or replaces the entity's entry (an unchanged entry is not rewritten). */
export async function upsertSearchEntry(trx: Transaction<DB>, index: SearchIndex, entry: SearchEntry): Promise<void> {
  const foldedText = toIndexText(entry.text);
  await (trx as unknown as Transaction<IndexTables>)
    .insertInto(index.table)
    .values({ entityId: entry.entityId, unitId: entry.unitId, foldedText })
    .onConflict((oc) =>
      oc
        .column('entityId')
        .doUpdateSet({ unitId: entry.unitId, foldedText })
        .where((eb) => eb.or([eb(`${index.table}.foldedText`, '<>', foldedText), eb(`${index.table}.unitId`, '<>', entry.unitId)])),
    )
    .execute();
}

/** Removes the entity's entry, if any. */
export async function deleteSearchEntry(trx: Transaction<DB>, index: SearchIndex, entityId: string): Promise<void> {
  await (trx as unknown as Transaction<IndexTables>).deleteFrom(index.table).where('entityId', '=', entityId).execute();
}

/** One page of the entities matching `q.query` within `q.unitIds`. */
export async function searchIndex(db: Db, engine: Engine, index: SearchIndex, q: SearchQuery): Promise<SearchPage> {
  const statement = searchIndexSql(engine, index, q);
  if (q.unitIds?.length === 0) return { ids: [], hasMore: false };
  const { rows } = await statement.execute(db);
  return { ids: rows.slice(0, q.limit).map((r) => r.id), hasMore: rows.length > q.limit };
}

/** The statement `searchIndex` runs (one row more than the page, to tell whether more follow); tests explain it. */
export function searchIndexSql(engine: Engine, index: SearchIndex, q: SearchQuery): RawBuilder<{ id: string }> {
  const offset = q.offset ?? 0;
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_LIMIT || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`Invalid search page: limit ${q.limit}, offset ${offset}`);
  }
  const m = matchSql(engine, index.table, toSearchPatterns(q.query));
  return sql<{ id: string }>`select b.entity_id as id from ${m.from}
    where ${m.where} and ${scopeSql(q.unitIds)} order by ${m.order} limit ${q.limit + 1} offset ${offset}`;
}

/**
 * The ids of every entity matching `query` within `unitIds`, as a parenthesised subquery to combine with a feature's
 * own filters and order: `.where('petition.id', 'in', matchingEntityIds(…))`.
 */
export function matchingEntityIds(
  engine: Engine,
  index: SearchIndex,
  query: string,
  unitIds: readonly string[] | null,
): RawBuilder<string> {
  const m = matchSql(engine, index.table, toSearchPatterns(query));
  return sql<string>`(select b.entity_id from ${m.from} where ${m.where} and ${scopeSql(unitIds)})`;
}

function scopeSql(unitIds: readonly string[] | null): RawBuilder<unknown> {
  if (unitIds === null) return sql`1 = 1`;
  if (unitIds.length === 0) return sql`1 = 0`;
  return sql`b.unit_id in (${sql.join(unitIds)})`;
}
