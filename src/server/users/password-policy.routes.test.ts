import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-seed';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

const WEAK = ['          ', '1234567890', 'qwertyuiop', 'password123', 'aaaaaaaaaaaa', 'abcabcabcabc', 'iloveyou2024'];
const STRONG = [TEST_PASSWORD, DEMO_PASSWORD, 'mật khẩu mới đủ dài', 'a brand new passphrase', 'Cẩm Thủy 2026 tiếp dân'];

describe.each(testEngines())('password policy on %s', (engine) => {
  let ctx: TestContext;
  let admin: string;
  let unitId: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    unitId = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    admin = await ctx.login((await ctx.user([['administrator', unitId]], 'root')).username);
  });
  afterAll(async () => ctx.close());

  const create = (username: string, password: string, lang = 'en') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin, 'accept-language': lang },
      payload: { username, displayName: 'Nguyễn Văn Bảo', password, grants: [{ role: 'leader', unitId }] },
    });

  it.each(WEAK)('refuses %j on the password field, in English and Vietnamese', async (password) => {
    const en = await create('weak.one', password);
    expect(en.statusCode).toBe(422);
    expect(en.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ path: 'password', message: expect.stringMatching(/easy to guess/) }] });
    const vi = await create('weak.one', password, 'vi');
    expect(vi.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ path: 'password', message: expect.stringMatching(/dễ đoán/) }] });
  });

  it('refuses a password made of the username or the name', async () => {
    expect((await create('baonguyen2026', 'baonguyen2026')).json().code).toBe('PASSWORD_TOO_WEAK');
    expect((await create('bao.nv', 'nguyễn văn bảo')).json().code).toBe('PASSWORD_TOO_WEAK');
  });

  it.each(STRONG)('accepts %j', async (password) => {
    const res = await create(`ok.${Math.random().toString(36).slice(2, 10)}`, password);
    expect(res.statusCode).toBe(201);
  });

  it('applies the same policy to password changes and resets', async () => {
    const user = await ctx.user([['leader', unitId]]);
    const cookie = await ctx.login(user.username);
    const own = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie },
      payload: { password: '1234567890', currentPassword: TEST_PASSWORD },
    });
    expect(own.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ path: 'password' }] });
    const reset = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: { cookie: admin }, payload: { password: 'qwertyuiop' } });
    expect(reset.json().code).toBe('PASSWORD_TOO_WEAK');
    expect((await ctx.login(user.username)).length).toBeGreaterThan(0);
  });
});
