import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

describe.each(testEngines())('health and errors on %s', (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx.close());

  it('reports status, engine and version without signing in', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, version: expect.any(String) });
  });

  it('answers unknown API routes with problem+json in the requested language', async () => {
    const vi = await ctx.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
    expect(vi.statusCode).toBe(404);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404, title: 'Không tìm thấy địa chỉ' });
    const en = await ctx.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'accept-language': 'en-US' } });
    expect(en.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', title: 'No such endpoint' });
  });

  it('refuses protected routes without a session', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('turns malformed JSON into a 400 problem, not a 500', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/org-units/{id}/history');
  });
});

describe('serving the built web app next to the API', () => {
  it('serves files, falls back to index.html for app routes, and keeps API 404s as problems', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'oversight-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Oversight</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const ctx = await createTestContext('sqlite');
    const { buildApp } = await import('../app');
    const app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, webDistDir: dir } });
    expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('<title>Oversight</title>');
    expect((await app.inject({ method: 'GET', url: '/org-units?asOf=2024-12-31' })).body).toContain('<title>Oversight</title>');
    writeFileSync(join(dir, 'later.js'), 'console.log(2)');
    expect((await app.inject({ method: 'GET', url: '/later.js' })).body).toBe('console.log(2)');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
    expect((await app.inject({ method: 'GET', url: '/api/v1/org-units' })).statusCode).toBe(401);
    await app.close();
    await ctx.close();
  });
});
