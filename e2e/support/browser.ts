import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { type RunningServer, startDemoServer } from './server';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = resolve('e2e/artifacts');
export const hasChromium = existsSync(CHROMIUM);

/**
 * Without Chromium a journey cannot run: in CI that is a failure (CI installs it), elsewhere a visible skip.
 * Call at module level, then wrap the journeys in `describe.skipIf(!hasChromium)`.
 */
export function requireChromium(suite: string): void {
  if (hasChromium) return;
  if (process.env.CI) {
    describe(suite, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium is not installed at ${CHROMIUM}; CI must provide it (apt-get install chromium).`);
      });
    });
  } else {
    console.warn(`[e2e] ${CHROMIUM} not found: skipping "${suite}" (install chromium to run it).`);
  }
}

export interface E2e {
  server: RunningServer;
  /** A fresh browser profile in the given language; every console error, page error or failed request is collected. */
  openPage(locale: string): Promise<{ page: Page; problems: string[] }>;
  shoot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server with the demo data and a headless Chromium, for one test file. */
export async function startE2e(): Promise<E2e> {
  if (!existsSync(resolve('dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build:web` first (npm test does).');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startDemoServer();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];
  return {
    server,
    async openPage(locale) {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      // Anything the Content-Security-Policy blocks is a problem, even where Chromium would not log it as an error.
      await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
          report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (req) => {
        // A request cut short because the journey navigated away is not a problem of the app.
        const reason = req.failure()?.errorText ?? '';
        if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${reason}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      return { page, problems };
    },
    async shoot(page, name) {
      await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true, animations: 'disabled' });
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}
