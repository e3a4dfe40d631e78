import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/shared/deadlines/deadlines.schemas';
import { RULE_TABLE } from '../src/shared/deadlines/rule-table';
import { DEMO_USERS } from '../src/server/seed/demo-seed';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e every text is translated');

/** Every page of the app by its path in `src/web/app/routes.tsx` (the test below keeps this list in step with it). */
const PAGES: Record<string, string> = {
  '/login': '/login',
  index: '/',
  deadlines: '/deadlines',
  calendar: '/calendar',
  'org-units': '/org-units',
  users: '/users',
  audit: '/audit',
  account: '/account',
  '*': '/no-such-page',
};

/** Text shaped like an i18n key: lower-case words joined by dots (`deadlines.startEvent.dialogue`). */
const KEY_LIKE = /\b[a-z]+(?:\.[a-zA-Z-]+)+\b/g;

/**
 * Dotted words that are meant to be on screen: rule ids (shown beside each rule's title so officials can cite them),
 * usernames, and the abbreviations "e.g."/"i.e." of English prose.
 */
const LEGITIMATE = new Set<string>([...RULE_IDS, ...DEMO_USERS.map((u) => u.username), 'e.g', 'i.e']);

/** One date in each rule set: every version of every rule is computed on one of them. */
const DATES = ['2026-06-10', '2026-08-10'];
const DEADLINE_PAGES = RULE_IDS.flatMap((id) =>
  DATES.filter((date) => RULE_TABLE.some((r) => r.id === id && r.validFrom <= date && (!r.validTo || date <= r.validTo))).map(
    (date) => `/deadlines?rule=${id}&start=${date}`,
  ),
);

/** Waits until the page has its data and no spinner or placeholder is left. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .ant-spin-spinning, .ant-skeleton'));
}

/** Every key-like word the user can read or hear: visible text, and the labels, titles and placeholders of elements. */
async function keyLikeTexts(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt'];
    const values = [...document.querySelectorAll('*')].flatMap((el) => attributes.map((a) => el.getAttribute(a) ?? ''));
    return [document.title, document.body.innerText, ...values];
  });
  return texts.flatMap((text) => text.match(KEY_LIKE) ?? []).filter((word) => !LEGITIMATE.has(word));
}

describe.skipIf(!hasChromium)('e2e every text is translated', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it('the list of pages is the router’s', () => {
    const routes = readFileSync('src/web/app/routes.tsx', 'utf8');
    // The shell ('/') only frames the pages below it.
    const paths = [...routes.matchAll(/path: '([^']+)'/g), ...routes.matchAll(/(index): true/g)].map((m) => m[1]!).filter((p) => p !== '/');
    expect(paths.sort()).toEqual(Object.keys(PAGES).sort());
  });

  describe.each([
    ['vi', 'vi-VN'],
    ['en', 'en-GB'],
  ])('%s', (_language, locale) => {
    let page: Page;
    let problems: string[];
    beforeAll(async () => {
      ({ page, problems } = await e2e.openPage(locale));
    });

    /** Key-like words on screen, and texts the catalogues lack or other problems since the last look. */
    async function look(): Promise<{ keys: string[]; problems: string[] }> {
      await settle(page);
      const keys = [...new Set(await keyLikeTexts(page))];
      return { keys, problems: problems.splice(0) };
    }
    const clean = { keys: [], problems: [] };

    it('the sign-in page, empty and with its form messages', async () => {
      await page.goto(`${e2e.server.url}${PAGES['/login']}`);
      await page.getByTestId('login-form').waitFor();
      await page.getByTestId('login-submit').click();
      await page.locator('.ant-form-item-explain-error').first().waitFor();
      expect(await look()).toEqual(clean);
      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill('oversight-demo');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home-welcome').waitFor();
      problems.splice(0);
    });

    it.each(Object.values(PAGES).filter((p) => p !== PAGES['/login']))('%s', async (path) => {
      await page.goto(`${e2e.server.url}${path}`);
      expect(await look()).toEqual(clean);
    });

    it.each(DEADLINE_PAGES)('%s', async (path) => {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"]').waitFor();
      expect(await look()).toEqual(clean);
    });

    it('a period running into a year without an official schedule warns that its days off are derived', async () => {
      await page.goto(`${e2e.server.url}/deadlines?rule=complaint.resolution&start=2026-12-14`);
      const warning = page.getByTestId('deadline-derived-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain(locale.startsWith('vi') ? 'chưa có lịch nghỉ chính thức năm 2027' : 'no official holiday schedule is known for 2027');
      await page.goto(`${e2e.server.url}/deadlines?rule=complaint.resolution&start=2026-07-01`);
      await page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"]').waitFor();
      expect(await page.getByTestId('deadline-derived-warning').count()).toBe(0);
      expect(await look()).toEqual(clean);
    });

    it('what opens on a page: forms with their messages, a unit, the rule table, a derived year', async () => {
      await page.goto(`${e2e.server.url}/users`);
      await page.getByTestId('user-create').click();
      await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
      await page.locator('.ant-modal .ant-form-item-explain-error').first().waitFor();
      expect(await look()).toEqual(clean);
      await page.goto(`${e2e.server.url}/org-units`);
      await page.getByTestId('org-tree').locator('.ant-tree-node-content-wrapper').first().click();
      await page.getByTestId('unit-details').waitFor();
      await page.getByTestId('org-unit-edit').click();
      await page.locator('.ant-modal form').waitFor();
      expect(await look()).toEqual(clean);
      await page.goto(`${e2e.server.url}/calendar?year=2027`);
      await page.getByTestId('calendar-edit').click();
      await page.locator('.ant-modal form').waitFor();
      expect(await look()).toEqual(clean);
      await page.goto(`${e2e.server.url}/calendar?year=2026`);
      await page.getByTestId('calendar-tab-rules').click();
      await page.getByTestId('rule-table').waitFor();
      expect(await look()).toEqual(clean);
    });
  });
});
