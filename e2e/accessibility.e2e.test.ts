import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countViolatingNodes, findAxeViolations, formatAxeViolations } from './support/axe';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e accessibility (WCAG 2.1 AA)');

interface MainPage {
  name: string;
  path: string;
  /** Resolves when the page shows its content (not a spinner). */
  ready(page: Page): Promise<void>;
}

const testId = (page: Page, id: string) => page.getByTestId(id).first().waitFor();

/** The eight main pages, each in a state that shows what an official reads there. */
const MAIN_PAGES: MainPage[] = [
  { name: 'login', path: '/login', ready: (page) => testId(page, 'login-form') },
  { name: 'home', path: '/', ready: (page) => page.locator('[data-testid="stat-users"] .ant-statistic-content').waitFor() },
  {
    name: 'deadlines',
    path: '/deadlines?rule=complaint.acceptance&start=2026-07-01',
    ready: (page) => page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"]').waitFor(),
  },
  { name: 'calendar', path: '/calendar?year=2026', ready: (page) => page.locator('[data-testid="year-calendar"][data-year="2026"]').waitFor() },
  {
    name: 'org-units',
    path: '/org-units?unit=VN-38-C-15127',
    ready: async (page) => {
      await testId(page, 'org-tree');
      await testId(page, 'unit-details-name');
      await testId(page, 'history-events');
    },
  },
  { name: 'users', path: '/users', ready: (page) => page.locator('[data-testid="users-table"] tbody tr[data-row-key]').first().waitFor() },
  { name: 'audit', path: '/audit', ready: (page) => page.locator('[data-testid="audit-table"] tbody tr[data-row-key]').first().waitFor() },
  {
    name: 'account',
    path: '/account',
    ready: async (page) => {
      await testId(page, 'change-password-form');
      await testId(page, 'api-tokens');
    },
  },
];

describe.skipIf(!hasChromium)('e2e accessibility (WCAG 2.1 AA)', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it.each([
    ['vi-VN', 'vi'],
    ['en-US', 'en'],
  ])('axe finds no violation on the eight main pages (%s)', async (locale, lang) => {
    const { page, problems } = await e2e.openPage(locale);
    await page.setViewportSize({ width: 1366, height: 768 });
    const counts: Record<string, number> = {};
    const reports: string[] = [];
    for (const main of MAIN_PAGES) {
      if (main.name === 'home' && !page.url().endsWith('/')) {
        // Sign in once, from the login page just checked.
        await page.getByTestId('login-username').fill('admin');
        await page.getByTestId('login-password').fill('oversight-demo');
        await page.getByTestId('login-submit').click();
        await page.getByTestId('home-welcome').waitFor();
      } else {
        await page.goto(`${e2e.server.url}${main.path}`);
      }
      await main.ready(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await e2e.shoot(page, `a11y-${main.name}-${lang}`);
      const violations = await findAxeViolations(page);
      counts[main.name] = countViolatingNodes(violations);
      if (violations.length > 0) reports.push(formatAxeViolations(violations, `[${lang} ${main.name}] `));
    }
    console.log(`axe (${lang}) violating elements per page: ${JSON.stringify(counts)}`);
    if (reports.length > 0) throw new Error(`axe found WCAG 2.1 AA violations (${lang}):\n${reports.join('\n')}`);
    expect(problems).toEqual([]);
  });
});
