import { brotliCompressSync, gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestContext, type TestContext } from '../test/test-app';
import type { App } from './context';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The built web app: hashed assets cached for a year and served precompressed; index.html revalidated every time. */
describe('serving the web app', () => {
  let ctx: TestContext;
  let app: App;
  let webDir: string;
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
    webDir = mkdtempSync(join(tmpdir(), 'oversight-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Oversight</title>');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
    app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, webDistDir: webDir } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])('serves a hashed asset precompressed (%s) and immutable', async (acceptEncoding, encoding) => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': acceptEncoding } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it('serves a hashed asset uncompressed to a client that accepts no encoding', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it.each(['/', '/index.html', '/org-units', '/deadlines?rule=x'])('%s: index.html is revalidated on every load', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Oversight</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('other files outside /assets (not content-hashed) are revalidated too', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
