import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('content security policy in the browser');

/**
 * The Content-Security-Policy sent by the server must not block anything the built web app or the API docs
 * (swagger-ui) need: every page is loaded in Chromium and any `securitypolicyviolation` (or console error) fails.
 */
describe.skipIf(!hasChromium)('content security policy in the browser', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it('the web app runs every page under the CSP without a single violation', async () => {
    const { page, problems } = await e2e.openPage('vi-VN');
    const assets: Array<{ url: string; encoding?: string; cache?: string }> = [];
    page.on('response', (res) => {
      if (res.url().includes('/assets/')) assets.push({ url: res.url(), encoding: res.headers()['content-encoding'], cache: res.headers()['cache-control'] });
    });
    const first = await page.goto(e2e.server.url);
    expect(first?.headers()['cache-control']).toBe('no-cache');
    expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    // Hashed assets arrive precompressed (npm run build:web makes the .br files) and cached for a year.
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) expect(asset.cache, asset.url).toBe('public, max-age=31536000, immutable');
    expect(assets.filter((a) => a.encoding === 'br').length).toBeGreaterThanOrEqual(3); // files under 1 KB stay as they are
    for (const path of ['/deadlines', '/calendar', '/org-units', '/users', '/audit', '/account']) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator('main, .ant-layout-content').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  it('the API docs (swagger-ui) render under the CSP without a violation', async () => {
    const { page, problems } = await e2e.openPage('en-US');
    await page.setViewportSize({ width: 1366, height: 768 });
    const res = await page.goto(`${e2e.server.url}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.swagger-ui .info .title').getByText('Oversight API').waitFor();
    await page.locator('.opblock-tag').first().waitFor();
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.shoot(page, 'api-docs');
    expect(problems).toEqual([]);
  });
});
