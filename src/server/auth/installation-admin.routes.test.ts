import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

/**
 * An administrator granted on a top-level unit administers the whole installation; granted lower down, the same role
 * administers only that subtree (issue 6, finding 1). Every installation-wide power is tried as a scoped
 * administrator and must be refused without revealing what lies outside the scope.
 */
describe.each(testEngines())('scoped and installation administrators on %s', (engine) => {
  let ctx: TestContext;
  const ids = {} as Record<'province' | 'commune' | 'otherCommune', string>;
  const users = {} as Record<'root' | 'scoped' | 'loner' | 'clerk' | 'elsewhere', { id: string; username: string }>;
  let root = '';
  let scoped = '';
  let rootTokenId = '';

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    ids.province = await ctx.unit({ nameVi: 'Tỉnh Thử', kind: 'province', level: 'province' });
    ids.commune = await ctx.unit({ nameVi: 'Xã Một', parentId: ids.province });
    ids.otherCommune = await ctx.unit({ nameVi: 'Xã Hai', parentId: ids.province });
    users.root = await ctx.user([['administrator', ids.province]], 'root');
    users.scoped = await ctx.user([['administrator', ids.commune]], 'scoped');
    users.loner = await ctx.user([], 'loner');
    users.clerk = await ctx.user([['data_clerk', ids.commune], ['leader', ids.otherCommune]], 'clerk');
    users.elsewhere = await ctx.user([['case_officer', ids.otherCommune]], 'elsewhere');
    root = await ctx.login('root');
    scoped = await ctx.login('scoped');
    const token = await call(root, 'POST', '/api/v1/tokens', { name: 'root token' });
    rootTokenId = token.json().id;
  });
  afterAll(async () => ctx.close());

  function call(cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) {
    return ctx.app.inject({ method, url, payload, headers: { cookie, 'accept-language': 'en' } });
  }

  it('a scoped administrator cannot mint a token that acts as the installation administrator', async () => {
    const res = await call(scoped, 'POST', '/api/v1/tokens', { name: 'x', userId: users.root.id });
    expect(res.statusCode).toBe(404);
    expect(await ctx.deps.db.selectFrom('apiToken').select('id').where('userId', '=', users.root.id).execute()).toHaveLength(1);
  });

  it("a scoped administrator cannot revoke the installation administrator's tokens", async () => {
    expect((await call(scoped, 'DELETE', `/api/v1/tokens/${rootTokenId}`)).statusCode).toBe(404);
    const row = await ctx.deps.db.selectFrom('apiToken').select('revokedAt').where('id', '=', rootTokenId).executeTakeFirstOrThrow();
    expect(row.revokedAt).toBeNull();
  });

  it('a scoped administrator reads no audit entries tied to no unit, nor entries of other units', async () => {
    const entries = (await call(scoped, 'GET', '/api/v1/audit?limit=500')).json().entries as Array<{ unitId: string | null }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.unitId).toBe(ids.commune);
    const all = (await call(root, 'GET', '/api/v1/audit?limit=500')).json().entries as Array<{ unitId: string | null }>;
    expect(all.some((e) => e.unitId === null)).toBe(true);
  });

  it('a scoped administrator cannot reset the password of, or even see, a user without roles', async () => {
    expect((await call(scoped, 'PATCH', `/api/v1/users/${users.loner.id}`, { password: 'a fresh passphrase 42' })).statusCode).toBe(404);
    expect((await call(scoped, 'GET', `/api/v1/users/${users.loner.id}`)).statusCode).toBe(404);
    expect((await call(root, 'GET', `/api/v1/users/${users.loner.id}`)).statusCode).toBe(200);
  });

  it('a scoped administrator cannot change installation-wide settings', async () => {
    const override = await call(scoped, 'PUT', '/api/v1/deadlines/rules/complaint.resolution/override', { unit: 'working' });
    expect(override.statusCode).toBe(403);
    const year = await call(scoped, 'PUT', '/api/v1/calendar/2027', { daysOff: [], workingSaturdays: [], sourceNote: 'x' });
    expect(year.statusCode).toBe(403);
    expect((await call(scoped, 'GET', '/api/v1/audit/verify')).statusCode).toBe(403);
    const topLevel = await call(scoped, 'POST', '/api/v1/org-units', { nameVi: 'Tỉnh Giả', kind: 'province', level: 'province', parentId: null });
    expect(topLevel.statusCode).toBe(403);
    const me = (await call(scoped, 'GET', '/api/v1/auth/me')).json();
    expect(me.actions).not.toContain('calendar:write');
    expect(me.actions).not.toContain('audit:verify');
    expect(me.actions).toContain('user:manage');
  });

  it('a scoped administrator cannot hand out the administrator role, and nobody can grant it below the top level', async () => {
    const mk = (cookie: string, username: string, unitId: string) =>
      call(cookie, 'POST', '/api/v1/users', {
        username,
        displayName: 'X',
        password: 'a fresh passphrase 42',
        grants: [{ role: 'administrator', unitId }],
      });
    expect((await mk(scoped, 'admin-by-scoped', ids.commune)).json().code).toBe('ROLE_NOT_GRANTABLE');
    expect((await mk(root, 'admin-on-commune', ids.commune)).json().code).toBe('ROLE_NOT_GRANTABLE');
    expect((await mk(root, 'second-root', ids.province)).statusCode).toBe(201);
  });

  it('a scoped administrator manages the users of its subtree, and sees only their grants inside it', async () => {
    const user = await call(scoped, 'GET', `/api/v1/users/${users.clerk.id}`);
    expect(user.statusCode).toBe(200);
    expect((user.json().grants as Array<{ unitId: string }>).map((g) => g.unitId)).toEqual([ids.commune]);
    const listed = (await call(scoped, 'GET', '/api/v1/users')).json() as Array<{ id: string; grants: Array<{ unitId: string }> }>;
    expect(listed.find((u) => u.id === users.clerk.id)!.grants.map((g) => g.unitId)).toEqual([ids.commune]);
    expect(listed.map((u) => u.id)).not.toContain(users.elsewhere.id);
    // The clerk also holds a role elsewhere, so changing the account is beyond a commune administrator.
    expect((await call(scoped, 'PATCH', `/api/v1/users/${users.clerk.id}`, { displayName: 'Y' })).statusCode).toBe(403);
    const own = await ctx.user([['reception_officer', ids.commune]], 'own-officer');
    expect((await call(scoped, 'PATCH', `/api/v1/users/${own.id}`, { displayName: 'Cán bộ Một' })).statusCode).toBe(200);
  });

  it('the installation administrator sees users without roles and the top-level units it creates', async () => {
    const listed = (await call(root, 'GET', '/api/v1/users')).json() as Array<{ id: string }>;
    expect(listed.map((u) => u.id)).toContain(users.loner.id);
    const created = await call(root, 'POST', '/api/v1/org-units', { nameVi: 'Tỉnh Mới', kind: 'province', level: 'province', parentId: null });
    expect(created.statusCode).toBe(201);
    expect((await call(root, 'GET', `/api/v1/org-units/${created.json().id}`)).statusCode).toBe(200);
  });
});
