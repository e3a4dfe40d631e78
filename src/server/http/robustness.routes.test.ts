import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

/**
 * Whatever a user or a client sends, every route answers with a 2xx or a 4xx problem, never a 500, and a refused
 * request writes nothing. The routes come from the OpenAPI document, so a new route is covered automatically.
 */
const PARAM_VALUES = ['x', '%2e%2e%2f', 'Cẩm%20Thủy', '0', '-1', '99999999999999999999', 'a'.repeat(300), "'%20or%201=1--"];
const BODIES: unknown[] = [
  {},
  [],
  'null',
  { nameVi: 12, kind: ['x'], level: null, parentId: {}, validFrom: 20250101 },
  { username: 'a'.repeat(5000), password: null },
  { rule: 'complaint.resolution', start: '2026-07-01', events: 'many', options: { extensions: -3 } },
  { daysOff: [{ date: 'yesterday' }], sourceNote: '' },
  { year: 1e308, role: '__proto__', unitId: { $ne: null }, grants: [{ role: 'administrator', unitId: '' }] },
];

describe.each(testEngines())('no 500 for anything a client can send, on %s', (engine) => {
  let ctx: TestContext;
  let cookie: string;
  let routes: Array<{ method: string; path: string }>;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const unit = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    cookie = await ctx.login((await ctx.user([['administrator', unit]], 'root')).username);
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(async () => ctx.close());

  it('covers every documented route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
  });

  it('answers garbage with 4xx problems and writes nothing', async () => {
    const seqBefore = await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow();
    const failures: string[] = [];
    for (const { method, path } of routes) {
      if (path === '/api/v1/auth/logout') continue;
      for (const value of PARAM_VALUES) {
        const url = path.replace(/\{[^}]+\}/g, value);
        const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : BODIES;
        for (const body of bodies) {
          const res = await ctx.app.inject({
            method: method as 'GET',
            url: `${url}${method === 'GET' ? '?asOf=2025-02-30&limit=-5&from=x&q=%25' : ''}`,
            headers: { cookie, 'accept-language': 'vi', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
          });
          if (res.statusCode >= 500) failures.push(`${method} ${url} ${JSON.stringify(body)?.slice(0, 80)} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
          else if (res.statusCode >= 400 && !String(res.headers['content-type']).includes('application/problem+json')) {
            failures.push(`${method} ${url} -> ${res.statusCode} without problem+json`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    const seqAfter = await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow();
    expect(seqAfter.lastSeq).toBe(seqBefore.lastSeq);
  }, 120_000);

  it('refuses a non-JSON content type with 415', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ nameVi: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
  });
});
