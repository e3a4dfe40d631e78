import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenApiDoc, routeSamples, sampleUrl, withStringAt } from '../test/openapi-samples';
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

/** NUL (PostgreSQL cannot store it), other C0 controls, DEL and a C1 control (CSI). */
const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\u000b', '\u001b', '\u007f', '\u009b'];

/** Routes that answer without a signed-in user. */
const PUBLIC_ROUTES = ['/api/v1/health', '/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/session'];

describe.each(testEngines())('no 500 for anything a client can send, on %s', (engine) => {
  let ctx: TestContext;
  let cookie: string;
  let routes: Array<{ method: string; path: string }>;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const unit = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    cookie = await ctx.login((await ctx.user([['administrator', unit]], 'root')).username);
    doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
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

  it('refuses control characters in every string of every route’s params, query and body, and writes nothing', async () => {
    const seqBefore = await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow();
    const failures: string[] = [];
    let sent = 0;
    for (const route of routeSamples(doc)) {
      if (route.path === '/api/v1/auth/logout') continue;
      for (const at of route.stringPaths) {
        for (const control of CONTROL_CHARACTERS) {
          const poisoned = withStringAt(route, at, `ab${control}cd`);
          const res = await ctx.app.inject({
            method: route.method as 'GET',
            url: sampleUrl(poisoned),
            headers: { cookie, 'accept-language': 'en', ...(poisoned.body !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(poisoned.body !== undefined ? { payload: JSON.stringify(poisoned.body) } : {}),
          });
          sent += 1;
          const paths = res.statusCode === 400 ? (res.json() as { errors?: Array<{ path: string }> }).errors?.map((e) => e.path) ?? [] : [];
          if (!paths.includes(at) && !(at.startsWith('params.') && paths.includes('url'))) {
            failures.push(`${route.method} ${route.path} ${at} ${JSON.stringify(control)} -> ${res.statusCode} ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    const seqAfter = await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow();
    expect(seqAfter.lastSeq).toBe(seqBefore.lastSeq);
  }, 120_000);

  it('answers 401 before looking at the input of any non-public route', async () => {
    const failures: string[] = [];
    for (const route of routeSamples(doc)) {
      if (PUBLIC_ROUTES.includes(route.path)) continue;
      const garbage: Array<{ type: string; payload?: string }> = [
        { type: 'application/json', payload: '{}' },
        { type: 'application/json', payload: '{"nameVi": 12, "password": ' },
        { type: 'application/json', payload: JSON.stringify({ username: 'x', password: '', grants: 'all' }) },
        { type: 'text/csv', payload: 'a,b' },
      ];
      for (const { type, payload } of route.method === 'GET' || route.method === 'DELETE' ? [{ type: '' }] : garbage) {
        const res = await ctx.app.inject({
          method: route.method as 'GET',
          url: sampleUrl(route),
          headers: { 'accept-language': 'en', ...(type ? { 'content-type': type } : {}) },
          ...(payload !== undefined ? { payload } : {}),
        });
        if (res.statusCode !== 401 || res.json().code !== 'UNAUTHENTICATED' || 'errors' in res.json()) {
          failures.push(`${route.method} ${route.path} ${type} ${payload ?? ''} -> ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('explains a control character on the field, in Vietnamese, even before sign-in', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'vi' },
      payload: { username: 'admin\u0000', password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.username', message: 'Phải là một dòng, không chứa ký tự điều khiển' }]);
  });

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
