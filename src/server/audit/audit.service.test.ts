import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { verifyAuditChain } from './audit.service';

describe.each(testEngines())('hash-chained audit log on %s', (engine) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(engine);
    const p = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    await ctx.unit({ nameVi: 'Xã A', parentId: p });
    await ctx.user([['leader', p]], 'leader');
  });
  afterEach(async () => ctx.close());

  it('verifies an intact chain', async () => {
    expect(await verifyAuditChain(ctx.deps.db)).toEqual({ ok: true, checked: 3, firstBrokenSeq: null, reason: null });
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

  async function tamper(statement: string) {
    const db = ctx.deps.db;
    if (engine === 'sqlite') {
      await sql.raw('drop trigger audit_log_no_update').execute(db);
      await sql.raw('drop trigger audit_log_no_delete').execute(db);
    } else {
      await sql.raw('alter table audit_log disable trigger audit_log_no_change').execute(db);
    }
    await sql.raw(statement).execute(db);
  }

  it('reports the first entry whose content was changed', async () => {
    await tamper(`update audit_log set after_json = replace(after_json, 'Xã A', 'Xã B') where seq = 2`);
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: false, firstBrokenSeq: 2, checked: 1 });
  });

  it('reports an entry removed from the middle', async () => {
    await tamper('delete from audit_log where seq = 2');
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('reports entries removed from the end', async () => {
    await tamper('delete from audit_log where seq = 3');
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: expect.stringContaining('missing') });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const p = await ctx.unit({ nameVi: 'Tỉnh 2', kind: 'province', level: 'province' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => ctx.unit({ nameVi: `Xã song song ${i}`, parentId: p })));
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true, checked: 24 });
  });
});
