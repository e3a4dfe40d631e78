import { type Kysely, sql } from 'kysely';
import type { Engine } from '../db/database';
import type { DB } from '../db/schema';

/**
 * The database triggers that keep `audit_log` append-only (created by the foundation migration). `audit verify`
 * reports them missing, disabled or altered; start-up and `oversight migrate` put them back.
 */
const SQLITE_TRIGGERS = {
  audit_log_no_update: /^create trigger audit_log_no_update\s+before update on audit_log\s+begin select raise\(abort, 'audit_log is append-only'\); end$/i,
  audit_log_no_delete: /^create trigger audit_log_no_delete\s+before delete on audit_log\s+begin select raise\(abort, 'audit_log is append-only'\); end$/i,
};
const PG_TRIGGER = 'audit_log_no_change';
/** pg_trigger.tgtype bits: ROW (1) | BEFORE (2) | DELETE (8) | UPDATE (16). */
const PG_TGTYPE = 1 | 2 | 8 | 16;

/** What is wrong with the protecting triggers on this engine; empty when they are all in place and enabled. */
export async function checkAuditTriggers(db: Kysely<DB>, engine: Engine): Promise<string[]> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'`.execute(db);
    return Object.entries(SQLITE_TRIGGERS).flatMap(([name, shape]) => {
      const row = rows.find((r) => r.name === name);
      if (!row) return [`trigger ${name} is missing`];
      return shape.test(row.sql.replace(/\s+/g, ' ').trim()) ? [] : [`trigger ${name} has been altered`];
    });
  }
  const { rows } = await sql<{ tgname: string; tgenabled: string; tgtype: number; prosrc: string }>`
    select t.tgname, t.tgenabled, t.tgtype, p.prosrc
    from pg_trigger t join pg_proc p on p.oid = t.tgfoid
    where t.tgrelid = 'audit_log'::regclass and not t.tgisinternal and t.tgname = ${PG_TRIGGER}`.execute(db);
  const row = rows[0];
  if (!row) return [`trigger ${PG_TRIGGER} is missing`];
  const problems: string[] = [];
  if (row.tgenabled === 'D') problems.push(`trigger ${PG_TRIGGER} is disabled`);
  if (Number(row.tgtype) !== PG_TGTYPE) problems.push(`trigger ${PG_TRIGGER} no longer fires before every update and delete`);
  if (!/^\s*begin\s+raise\s+exception\s+'audit_log is append-only';\s*end\s*$/i.test(row.prosrc)) {
    problems.push('function audit_log_append_only() has been altered');
  }
  return problems;
}

/** Re-creates the protecting triggers when anything is wrong with them; returns what was wrong (empty: nothing done). */
export async function restoreAuditTriggers(db: Kysely<DB>, engine: Engine): Promise<string[]> {
  const problems = await checkAuditTriggers(db, engine);
  if (problems.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    if (engine === 'sqlite') {
      for (const name of Object.keys(SQLITE_TRIGGERS)) await sql.raw(`drop trigger if exists ${name}`).execute(trx);
      await sql`create trigger audit_log_no_update before update on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(trx);
      await sql`create trigger audit_log_no_delete before delete on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(trx);
      return;
    }
    await sql`drop trigger if exists audit_log_no_change on audit_log`.execute(trx);
    await sql`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(trx);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(trx);
  });
  return problems;
}
