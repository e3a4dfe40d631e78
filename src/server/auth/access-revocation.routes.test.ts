import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

describe.each(testEngines())('password changes and deactivation end all access on %s', (engine) => {
  let ctx: TestContext;
  let unitId: string;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    unitId = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    admin = await ctx.login((await ctx.user([['administrator', unitId]], 'root')).username);
  });
  afterAll(async () => ctx.close());

  const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
  const patch = (id: string, payload: object, cookie: string) =>
    ctx.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: { cookie } });

  /** A fresh user with an open session and an API token of their own. */
  async function userWithAccess() {
    const user = await ctx.user([['leader', unitId]]);
    const cookie = await ctx.login(user.username);
    const created = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'báo cáo' }, headers: { cookie } });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await me(bearer)).statusCode).toBe(200);
    return { ...user, cookie, bearer, tokenId: created.json().id as string };
  }

  async function auditActions(userId: string) {
    const rows = await ctx.deps.db.selectFrom('auditLog').select('action').where('entityId', '=', userId).orderBy('seq').execute();
    return rows.map((r) => r.action).filter((a) => a.startsWith('user.'));
  }

  it('an administrator’s password reset revokes the user’s API tokens and ends their sessions', async () => {
    const u = await userWithAccess();
    expect((await patch(u.id, { password: 'a brand new passphrase' }, admin)).statusCode).toBe(200);
    expect((await me(u.bearer)).statusCode).toBe(401);
    expect((await me({ cookie: u.cookie })).statusCode).toBe(401);
    expect(await auditActions(u.id)).toContain('user.access-revoked');
    const tokens = await ctx.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: { cookie: await ctx.login(u.username, 'a brand new passphrase') } });
    expect(tokens.json()).toEqual([expect.objectContaining({ id: u.tokenId, revokedAt: ctx.time.now().toISOString() })]);
  });

  it('the user’s own password change revokes their API tokens too', async () => {
    const u = await userWithAccess();
    expect((await patch(u.id, { password: 'a brand new passphrase', currentPassword: TEST_PASSWORD }, u.cookie)).statusCode).toBe(200);
    expect((await me(u.bearer)).statusCode).toBe(401);
    expect((await me({ cookie: u.cookie })).statusCode).toBe(401);
  });

  it('a deactivated user’s tokens stay revoked after reactivation', async () => {
    const u = await userWithAccess();
    expect((await patch(u.id, { isActive: false }, admin)).statusCode).toBe(200);
    expect((await me(u.bearer)).statusCode).toBe(401);
    expect((await patch(u.id, { isActive: true }, admin)).statusCode).toBe(200);
    expect((await me(u.bearer)).statusCode).toBe(401);
    expect((await me({ cookie: u.cookie })).statusCode).toBe(401);
    expect((await me({ cookie: await ctx.login(u.username) })).statusCode).toBe(200);
    expect(await auditActions(u.id)).toEqual(['user.create', 'user.update', 'user.access-revoked', 'user.update']);
  });

  it('a change of name or language leaves tokens alone', async () => {
    const u = await userWithAccess();
    expect((await patch(u.id, { displayName: 'Tên mới' }, admin)).statusCode).toBe(200);
    expect((await me(u.bearer)).statusCode).toBe(200);
  });
});
