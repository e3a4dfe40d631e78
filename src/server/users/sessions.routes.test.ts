import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { MAX_FAILED_LOGINS } from './sessions.service';

describe.each(testEngines())('sign-in, sessions and API tokens on %s', (engine) => {
  let ctx: TestContext;
  let unitId: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    unitId = await ctx.unit({ nameVi: 'Xã Cẩm Thủy' });
    await ctx.user([['reception_officer', unitId]], 'lan');
    await ctx.user([['administrator', unitId]], 'boss');
  });
  afterAll(async () => ctx.close());

  const login = (username: string, password: string, lang = 'vi') =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers: { 'accept-language': lang } });
  const me = (headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

  it('sets an httpOnly, SameSite=Strict session cookie and returns who signed in', async () => {
    const res = await login('LAN', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'oversight_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json()).toMatchObject({ user: { username: 'lan', grants: [{ role: 'reception_officer', unitId }] }, actions: ['org-unit:read', 'token:create', 'reception:read', 'reception:write', 'petition:read', 'petition:write'] });
    expect(JSON.stringify(res.json())).not.toContain('passwordHash');
    expect((await me({ cookie: `oversight_session=${cookie.value}` })).statusCode).toBe(200);
  });

  it('refuses a wrong password in the user’s language, the same way as an unknown user', async () => {
    const wrong = await login('lan', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', title: 'Đăng nhập không thành công' });
    const unknown = await login('nobody', 'not the password', 'en');
    expect(unknown.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', title: 'Sign-in failed' });
  });

  it('locks an account after repeated failures, then lets it in again later', async () => {
    await ctx.user([['leader', unitId]], 'target');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect((await login('target', 'wrong password!')).statusCode).toBe(401);
    const locked = await login('target', TEST_PASSWORD, 'en');
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', detail: expect.stringContaining('15') });
    ctx.time.advance(16 * 60_000);
    expect((await login('target', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('expires idle sessions and ends them on sign-out', async () => {
    const cookie = await ctx.login('lan');
    ctx.time.advance(119 * 60_000);
    expect((await me({ cookie })).statusCode).toBe(200);
    ctx.time.advance(121 * 60_000);
    const expired = await me({ cookie });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
    const fresh = await ctx.login('lan');
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: fresh } })).statusCode).toBe(204);
    expect((await me({ cookie: fresh })).statusCode).toBe(401);
  });

  it('expires sessions after their lifetime even when active', async () => {
    const cookie = await ctx.login('lan');
    for (let h = 0; h < 12; h++) {
      ctx.time.advance(60 * 60_000);
      const res = await me({ cookie });
      expect(res.statusCode).toBe(h < 11 ? 200 : 401);
    }
  });

  it('accepts API tokens as Bearer credentials until revoked', async () => {
    const cookie = await ctx.login('lan');
    const created = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'tích hợp' }, headers: { cookie } });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ovs_/);
    const viaToken = await me({ authorization: `Bearer ${token}` });
    expect(viaToken.json().user.username).toBe('lan');
    const listed = await ctx.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: { cookie } });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: { cookie } })).statusCode).toBe(204);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await me({ authorization: 'Bearer ovs_forged' })).statusCode).toBe(401);
  });

  it('issues a token for someone else only to those who manage that user', async () => {
    const lan = await ctx.login('lan');
    const lanId = (await me({ cookie: lan })).json().user.id;
    const bossCookie = await ctx.login('boss');
    const boss = (await me({ cookie: bossCookie })).json().user.id;
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', userId: boss }, headers: { cookie: lan } });
    expect(res.statusCode).toBe(404);
    const managed = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', userId: lanId }, headers: { cookie: bossCookie } });
    expect(managed.statusCode).toBe(201);
  });

  it('enforces the minimum password length, asks for the current one, and ends sessions on a password change', async () => {
    const cookie = await ctx.login('lan');
    const id = (await me({ cookie })).json().user.id;
    const patch = (payload: object, c = cookie) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: { cookie: c, 'accept-language': 'en' } });
    const short = await patch({ password: 'short', currentPassword: TEST_PASSWORD });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: 'PASSWORD_TOO_SHORT', errors: [{ path: 'password' }] });
    const missing = await patch({ password: 'a brand new passphrase' });
    expect(missing.json()).toMatchObject({ code: 'CURRENT_PASSWORD_INVALID', errors: [{ path: 'currentPassword' }] });
    expect((await patch({ password: 'a brand new passphrase', currentPassword: 'a wrong guess' })).statusCode).toBe(422);
    expect((await me({ cookie })).statusCode).toBe(200);
    const ok = await patch({ password: 'a brand new passphrase', currentPassword: TEST_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect((await me({ cookie })).statusCode).toBe(401);
    expect((await login('lan', 'a brand new passphrase')).statusCode).toBe(200);
    // An administrator resets someone else's password without knowing it.
    const boss = await ctx.login('boss');
    expect((await patch({ password: TEST_PASSWORD }, boss)).statusCode).toBe(200);
    expect((await login('lan', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('shares sessions and the organisation graph between server processes on one database', async () => {
    const { buildApp } = await import('../app');
    const { createAuthorizer } = await import('../auth/authorize');
    // A second "process": its own app, its own authorizer cache, the same database.
    const other = await buildApp({ ...ctx.deps, authz: createAuthorizer(ctx.deps.db) });
    const cookie = await ctx.login('boss');
    const seen = await other.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(seen.json().user.username).toBe('boss');
    expect((await other.inject({ method: 'GET', url: `/api/v1/org-units/${unitId}`, headers: { cookie } })).statusCode).toBe(200);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie },
      payload: { nameVi: 'Chi hội mới', kind: 'mass_organisation', level: 'commune', parentId: unitId },
    });
    // The other process's cached graph is stale until it sees the version bump: the new unit is in scope there too.
    const lan = await ctx.login('lan');
    const viaOther = await other.inject({ method: 'GET', url: `/api/v1/org-units/${created.json().id}`, headers: { cookie: lan } });
    expect(viaOther.statusCode).toBe(200);
    await other.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    await other.close();
  });

  it('rate-limits sign-in attempts per address', async () => {
    const limited = await createTestContext(engine);
    limited.deps.config.loginRateLimitPerMinute = 3;
    const app = await (await import('../app')).buildApp(limited.deps);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await app.close();
    await limited.close();
  });
});
