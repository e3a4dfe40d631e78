import { type RawBuilder, sql } from 'kysely';
import { escapeLike } from '../../shared/text/fold';
import type { Engine } from '../db/database';

/**
 * The only engine-specific SQL of search indexes (their DDL is in db/migrations/search-index.ddl.ts): how a query's
 * patterns (shared/text/search-terms.ts) select rows of the index table `b`, and in which order.
 * - SQLite: one FTS5 MATCH on the trigram table, every pattern a quoted phrase (a phrase of trigrams is exactly a
 *   substring; patterns with `/`, `.` or `-` are matched by their runs and checked whole), results in rowid (= seq)
 *   order, which FTS5 returns without sorting, so a LIMIT stops early.
 * - PostgreSQL: one `LIKE '%pattern%'` per pattern, which the planner serves from the pg_trgm GIN index (bitmap
 *   index scan, rechecked) or, for a pattern that most rows contain, by walking `seq` backwards and filtering.
 * Both return exactly the rows whose folded text contains every pattern, in `seq` descending order.
 */
export interface MatchSql {
  /** FROM clause; the index table is aliased `b`. */
  from: RawBuilder<unknown>;
  /** WHERE condition (without the unit scope). */
  where: RawBuilder<unknown>;
  /** ORDER BY clause giving `seq` descending. */
  order: RawBuilder<unknown>;
}

export function matchSql(engine: Engine, table: string, patterns: readonly string[]): MatchSql {
  const base = sql.raw(`${table} b`);
  if (patterns.length === 0) return { from: base, where: sql`1 = 1`, order: sql.raw('b.seq desc') };
  if (engine === 'sqlite') {
    const fts = `${table}_fts`;
    const phrases = new Set<string>();
    const checks: string[] = [];
    for (const p of patterns) {
      // A phrase of trigrams is exactly a substring, but trigrams around `/`, `.` and `-` (`/20`, `202` in every
      // registration number) have doclists as long as the table. Such a pattern is matched by its runs of 3+
      // letters and digits, and checked whole on the few rows they leave.
      const runs = p.split(/[/.-]/).filter((run) => run.trim().length >= 3);
      if (runs.length === 0 || runs.length === 1 && runs[0] === p) phrases.add(p);
      else {
        for (const run of runs) phrases.add(run);
        checks.push(p);
      }
    }
    const match = [...phrases].map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
    const whole = checks.map((p) => sql` and instr(b.folded_text, ${p}) > 0`);
    return {
      from: sql.raw(`${table} b join ${fts} on ${fts}.rowid = b.seq`),
      where: sql`${sql.raw(fts)} match ${match}${sql.join(whole, sql``)}`,
      order: sql.raw(`${fts}.rowid desc`),
    };
  }
  const likes = patterns.map((p) => sql`b.folded_text like ${`%${escapeLike(p)}%`} escape '\\'`);
  return { from: base, where: sql.join(likes, sql` and `), order: sql.raw('b.seq desc') };
}
