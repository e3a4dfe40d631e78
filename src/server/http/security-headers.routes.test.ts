import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestContext, type TestContext } from '../test/test-app';
import type { App } from './context';

/** The web app, the API docs and the API all answer with the same security headers (CSP checked in Chromium by e2e). */
describe('security headers', () => {
  let ctx: TestContext;
  let app: App;
  let webDir: string;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
    webDir = mkdtempSync(join(tmpdir(), 'oversight-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
    app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, webDistDir: webDir } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/org-units', '/api/docs/', '/api/openapi.json', '/api/v1/health', '/api/v1/auth/me', '/api/v1/nope'])('%s', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBeLessThan(500);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'"); // antd's CSS-in-JS; the e2e run shows it is needed
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests'); // officials' machines may reach the server over plain HTTP
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBe('max-age=15552000');
  });
});
