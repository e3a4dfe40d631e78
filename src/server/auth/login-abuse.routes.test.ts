import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

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
