import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/audit/canonical-json';
import { ephemeralKey } from '../secrets/key-file';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { prepareAuditLog, verifyAuditChain } from './audit-chain';

describe.each(testEngines())('hash-chained audit log on %s', (engine) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(engine);
    const p = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    await ctx.unit({ nameVi: 'Xã A', parentId: p });
    await ctx.user([['leader', p]], 'leader');
  });
  afterEach(async () => ctx.close());
  const verify = () => verifyAuditChain(ctx.deps);

  it('verifies an intact chain, every entry keyed', async () => {
    expect(await verify()).toEqual({
      ok: true,
      checked: 3,
      firstBrokenSeq: null,
      reason: null,
      unkeyedEntries: 0,
      keyFingerprint: ctx.deps.auditKey.fingerprint,
      triggerProblems: [],
    });
  });

  it('never stores passwords or their hashes', async () => {
    const rows = await ctx.deps.db.selectFrom('auditLog').select(['afterJson']).execute();
    const text = rows.map((r) => r.afterJson).join('\n');
    expect(text).toContain('leader');
    expect(text).not.toMatch(/password|scrypt\$/i);
  });

  it('refuses updates and deletes at the database level', async () => {
    await expect(ctx.deps.db.updateTable('auditLog').set({ actorName: 'someone else' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(ctx.deps.db.deleteFrom('auditLog').where('seq', '=', 3).execute()).rejects.toThrow(/append-only/);
  });

  async function dropTriggers() {
    if (engine === 'sqlite') {
      await sql.raw('drop trigger audit_log_no_update').execute(ctx.deps.db);
      await sql.raw('drop trigger audit_log_no_delete').execute(ctx.deps.db);
    } else {
      await sql.raw('alter table audit_log disable trigger audit_log_no_change').execute(ctx.deps.db);
    }
  }

  async function tamper(statement: string) {
    await dropTriggers();
    await sql.raw(statement).execute(ctx.deps.db);
  }

  /** What someone with write access to the database can do: recompute every link from `fromSeq` with plain SHA-256. */
  async function recomputeWithSha256(fromSeq: number, opts: { dropKeyIds: boolean }) {
    const db = ctx.deps.db;
    const rows = await db.selectFrom('auditLog').selectAll().orderBy('seq').execute();
    let prev = fromSeq === 1 ? '0'.repeat(64) : rows[fromSeq - 2]!.hash;
    for (const row of rows.slice(fromSeq - 1)) {
      const payload = canonicalJson({
        seq: row.seq, at: row.at, actorId: row.actorId, actorName: row.actorName, action: row.action, entityType: row.entityType,
        entityId: row.entityId, unitId: row.unitId, beforeJson: row.beforeJson, afterJson: row.afterJson,
      });
      const hash = createHash('sha256').update(prev).update('\n').update(payload).digest('hex');
      await db.updateTable('auditLog').set({ prevHash: prev, hash, ...(opts.dropKeyIds ? { keyId: null } : {}) }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    await db.updateTable('auditHead').set({ lastHash: prev }).where('id', '=', 1).execute();
  }

  it('reports the first entry whose content was changed', async () => {
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2, checked: 1 });
  });

  it('reports an entry removed from the middle', async () => {
    await tamper('delete from audit_log where seq = 2');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('reports entries removed from the end', async () => {
    await tamper('delete from audit_log where seq = 3');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: expect.stringContaining('missing') });
  });

  it('detects the recompute attack: triggers dropped, an entry edited, every later hash and the head recomputed', async () => {
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    await recomputeWithSha256(2, { dropKeyIds: false });
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: expect.stringContaining('HMAC') });
  });

  it('detects the whole chain recomputed as an unkeyed one', async () => {
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    await recomputeWithSha256(1, { dropKeyIds: true });
    expect(await verify()).toMatchObject({ ok: false, reason: expect.stringContaining('no entry is keyed') });
  });

  it('detects keyed entries downgraded to unkeyed after the first one', async () => {
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    await recomputeWithSha256(2, { dropKeyIds: true });
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: expect.stringContaining('no key although') });
  });

  it('fails with another key, naming it', async () => {
    const other = ephemeralKey('audit key');
    expect(await verifyAuditChain({ ...ctx.deps, auditKey: other })).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      reason: expect.stringContaining(`another key (fingerprint ${ctx.deps.auditKey.fingerprint})`),
    });
  });

  it('reports missing protecting triggers; start-up (prepareAuditLog) restores them and logs it', async () => {
    await dropTriggers();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: null, triggerProblems: expect.arrayContaining([expect.stringMatching(/missing|disabled/)]) });
    const prepared = await prepareAuditLog(ctx.deps);
    expect(prepared.restoredTriggers.length).toBeGreaterThan(0);
    expect(await verify()).toMatchObject({ ok: true, checked: 4, triggerProblems: [] });
    const last = await ctx.deps.db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last.action).toBe('audit.triggers-restored');
    await expect(ctx.deps.db.deleteFrom('auditLog').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    expect(await prepareAuditLog(ctx.deps)).toEqual({ restoredTriggers: [], sealedEntries: 0, sealRefused: null });
  });

  it('reports a trigger replaced by one that does nothing', async () => {
    if (engine === 'sqlite') {
      await sql.raw('drop trigger audit_log_no_update').execute(ctx.deps.db);
      await sql.raw('create trigger audit_log_no_update before update on audit_log begin select 1; end').execute(ctx.deps.db);
    } else {
      await sql.raw('create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$').execute(ctx.deps.db);
    }
    expect(await verify()).toMatchObject({ ok: false, triggerProblems: expect.arrayContaining([expect.stringContaining('altered')]) });
    await prepareAuditLog(ctx.deps);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('seals, once, a chain written before the audit key existed, after verifying it', async () => {
    await dropTriggers();
    await recomputeWithSha256(1, { dropKeyIds: true }); // what a database from before this change holds
    await prepareAuditLog(ctx.deps); // start-up: triggers back, then the seal
    expect(await verify()).toMatchObject({ ok: true, checked: 5, unkeyedEntries: 3 }); // 3 old entries, the seal, the trigger restoration
    const seal = await ctx.deps.db.selectFrom('auditLog').selectAll().where('action', '=', 'audit.chain-keyed').execute();
    expect(seal).toHaveLength(1);
    expect(JSON.parse(seal[0]!.afterJson!)).toMatchObject({ sealedSeq: 3, algorithm: 'HMAC-SHA256' });
    expect((await prepareAuditLog(ctx.deps)).sealedEntries).toBe(0);

    // Rewriting an old, unkeyed entry afterwards is caught by the keyed seal that follows it.
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    await recomputeWithSha256(2, { dropKeyIds: true });
    expect(await verify()).toMatchObject({ ok: false });
  });

  it('does not seal an unkeyed chain that does not verify', async () => {
    await dropTriggers();
    await recomputeWithSha256(1, { dropKeyIds: true });
    await sql.raw(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`).execute(ctx.deps.db);
    const prepared = await prepareAuditLog(ctx.deps);
    expect(prepared).toMatchObject({ sealedEntries: 0, sealRefused: expect.stringContaining('entry 2') });
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('GET /api/v1/audit/verify checks the keyed chain and the triggers', async () => {
    const root = await ctx.unit({ nameVi: 'Tỉnh gốc', kind: 'province', level: 'province' });
    await ctx.user([['administrator', root]], 'auditor');
    const cookie = await ctx.login('auditor');
    const get = () => ctx.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { cookie } });
    expect((await get()).json()).toMatchObject({ ok: true, keyFingerprint: ctx.deps.auditKey.fingerprint, triggerProblems: [] });
    await dropTriggers();
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, firstBrokenSeq: null, reason: expect.stringContaining('append-only protection') });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const p = await ctx.unit({ nameVi: 'Tỉnh 2', kind: 'province', level: 'province' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => ctx.unit({ nameVi: `Xã song song ${i}`, parentId: p })));
    expect(await verify()).toMatchObject({ ok: true, checked: 24 });
  });
});
