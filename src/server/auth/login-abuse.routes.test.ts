import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './auth.service';

describe('TRUST_PROXY', () => {
  it('trusts nothing by default, and takes proxy addresses or CIDRs', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});

describe.each(testEngines())('sign-in abuse on %s', (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx.close());

  const attempts = async (app: Awaited<ReturnType<typeof buildApp>>, n: number) => {
    const codes: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'x', password: 'y' },
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      codes.push(res.statusCode);
    }
    return codes;
  };

  it('does not let a forged X-Forwarded-For escape the per-address limit unless the proxy is trusted', async () => {
    const config = { ...ctx.deps.config, loginRateLimitPerMinute: 3 };
    const direct = await buildApp({ ...ctx.deps, config });
    expect(await attempts(direct, 5)).toEqual([401, 401, 401, 429, 429]);
    await direct.close();
    const behindProxy = await buildApp({ ...ctx.deps, config: { ...config, trustProxy: loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy } });
    expect(await attempts(behindProxy, 5)).toEqual([401, 401, 401, 401, 401]);
    await behindProxy.close();
  });
});

describe.each(testEngines())('sign-in lockout per account and address on %s', (engine) => {
  let ctx: TestContext;
  let proxied: Awaited<ReturnType<typeof buildApp>>;
  let unitId: string;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    // Behind a trusted proxy, so each test can pick the client address.
    proxied = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, trustProxy: ['127.0.0.1'] } });
    unitId = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    admin = await ctx.login((await ctx.user([['administrator', unitId]], 'root')).username);
  });
  afterAll(async () => {
    await proxied.close();
    await ctx.close();
  });

  const login = (username: string, password: string, from: string, app = proxied) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      headers: { 'x-forwarded-for': from, 'accept-language': 'en' },
    });
  const fail = async (username: string, from: string, times = MAX_FAILED_LOGINS) => {
    const codes: number[] = [];
    for (let i = 0; i < times; i++) codes.push((await login(username, 'wrong password!', from)).statusCode);
    return codes;
  };
  const getUser = async (id: string) => (await ctx.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: { cookie: admin } })).json();

  it('locks only the address that failed: the real user still signs in from elsewhere', async () => {
    await ctx.user([['leader', unitId]], 'target1');
    expect(await fail('target1', '198.51.100.7')).toEqual(Array(MAX_FAILED_LOGINS).fill(401));
    expect((await login('target1', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(423);
    expect((await login('target1', TEST_PASSWORD, '192.0.2.44')).statusCode).toBe(200);
    // The success elsewhere does not lift the attacker's lock.
    expect((await login('target1', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(423);
    ctx.time.advance((LOCK_MINUTES + 1) * 60_000);
    expect((await login('target1', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
  });

  it('answers a locked unknown username exactly as a locked real one', async () => {
    await ctx.user([['leader', unitId]], 'target2');
    const known = await fail('target2', '198.51.100.8', MAX_FAILED_LOGINS + 1);
    const unknown = await fail('nobody.here', '198.51.100.8', MAX_FAILED_LOGINS + 1);
    expect(unknown).toEqual(known);
    const lockedKnown = await login('target2', TEST_PASSWORD, '198.51.100.8');
    const lockedUnknown = await login('nobody.here', TEST_PASSWORD, '198.51.100.8');
    expect(lockedKnown.statusCode).toBe(423);
    expect(lockedUnknown.statusCode).toBe(lockedKnown.statusCode);
    expect(lockedUnknown.body).toBe(lockedKnown.body);
    expect(lockedUnknown.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('counts failures in the database, so several server processes agree', async () => {
    await ctx.user([['leader', unitId]], 'target3');
    const other = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, trustProxy: ['127.0.0.1'] } });
    const half = MAX_FAILED_LOGINS / 2;
    for (let i = 0; i < half; i++) expect((await login('target3', 'wrong password!', '198.51.100.9')).statusCode).toBe(401);
    for (let i = 0; i < half; i++) expect((await login('TARGET3 ', 'wrong password!', '198.51.100.9', other)).statusCode).toBe(401);
    expect((await login('target3', TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(423);
    expect((await login('target3', TEST_PASSWORD, '198.51.100.9', other)).statusCode).toBe(423);
    await other.close();
  });

  it('lets an administrator see and lift the locks, audit-logged', async () => {
    const user = await ctx.user([['leader', unitId]], 'target4');
    await fail('target4', '198.51.100.10');
    await fail('target4', '2001:db8:1:2::5');
    expect((await getUser(user.id)).lockedSources).toEqual(['198.51.100.10', '2001:db8:1:2::/64']);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/users?q=target4', headers: { cookie: admin } });
    expect(list.json()[0].lockedSources).toHaveLength(2);
    // A neighbour in the same IPv6 /64 is the same source.
    expect((await login('target4', TEST_PASSWORD, '2001:db8:1:2::99')).statusCode).toBe(423);
    const unlocked = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/unlock`, headers: { cookie: admin } });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toMatchObject({ id: user.id, lockedSources: [] });
    expect((await login('target4', TEST_PASSWORD, '198.51.100.10')).statusCode).toBe(200);
    const audit = await ctx.deps.db.selectFrom('auditLog').select(['action', 'beforeJson']).where('entityId', '=', user.id).where('action', '=', 'user.unlock').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.beforeJson!)).toEqual({ lockedSources: ['198.51.100.10', '2001:db8:1:2::/64'] });
  });

  it('lets only those who manage the user unlock them', async () => {
    const other = await ctx.unit({ nameVi: 'Tỉnh khác', kind: 'province', level: 'province' });
    const user = await ctx.user([['leader', unitId]], 'target5');
    const chief = await ctx.user([['administrator', unitId]], 'target6');
    const outsider = await ctx.login((await ctx.user([['unit_administrator', other]])).username);
    const unitAdmin = await ctx.login((await ctx.user([['unit_administrator', unitId]])).username);
    const leader = await ctx.login((await ctx.user([['leader', unitId]])).username);
    const unlock = (cookie: string, id = user.id) => ctx.app.inject({ method: 'POST', url: `/api/v1/users/${id}/unlock`, headers: { cookie } });
    expect((await unlock(outsider)).statusCode).toBe(404);
    expect((await unlock(leader)).statusCode).toBe(404);
    expect((await unlock(unitAdmin, chief.id)).statusCode).toBe(403);
    expect((await unlock(unitAdmin)).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/unlock` })).statusCode).toBe(401);
  });
});
