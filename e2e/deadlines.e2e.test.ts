import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineComputeRequest, DeadlineComputeResponse } from '../src/shared/deadlines/deadlines.schemas';
import { formatExplanation } from '../src/shared/deadlines/explain';
import { expectNoAxeViolations } from './support/axe';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e statutory calendar and deadline explainer');

/** The one failed request these journeys provoke on purpose: events out of order are refused with 422. */
const EXPECTED_PROBLEM = /(HTTP 422: .*\/api\/v1\/deadlines\/compute|status of 422)/;
/** A save the journey makes fail on purpose: the same date listed twice. */
const EXPECTED_VALIDATION = /(HTTP 400: .*\/api\/v1\/calendar\/2026|status of 400)/;

describe.skipIf(!hasChromium)('e2e statutory calendar and deadline explainer', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  /** A signed-in administrator in a fresh browser profile; every console error or failed request is collected. */
  async function signIn(locale: string): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await e2e.openPage(locale);
    await page.goto(e2e.server.url);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    return { page, problems };
  }

  const shoot = (page: Page, name: string) => e2e.shoot(page, name);

  /** The same computation asked of the API from inside the page, with the page's session cookie. */
  function computeInPage(page: Page, request: DeadlineComputeRequest): Promise<{ status: number; body: unknown }> {
    return page.evaluate(async (body) => {
      const response = await fetch('/api/v1/deadlines/compute', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    }, request);
  }

  async function waitForDue(page: Page, due: string): Promise<void> {
    await page.locator(`[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"][data-due="${due}"]`).waitFor();
  }

  async function pickDate(page: Page, input: ReturnType<Page['locator']>, ddmmyyyy: string): Promise<void> {
    await input.click();
    await input.fill(ddmmyyyy);
    await input.press('Enter');
    expect(await input.inputValue()).toBe(ddmmyyyy);
  }

  it('the explainer shows the due date and explanation the API gives, across the 1 July 2026 change of rules', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.getByTestId('nav-deadlines').click();
    await page.getByTestId('deadline-form').waitFor();
    expect(await page.title()).toBe('Tính thời hạn · Oversight');

    await page.getByTestId('deadline-rule').click();
    await page.keyboard.type('Thụ lý giải quyết');
    await page.locator('.ant-select-item-option').filter({ hasText: 'complaint.acceptance' }).click();
    await pickDate(page, page.getByTestId('deadline-start'), '01/07/2026');
    await page.getByTestId('deadline-compute').click();
    await waitForDue(page, '2026-07-10');
    expect(await page.getByTestId('deadline-due').textContent()).toBe('10/07/2026');
    expect(await page.getByTestId('deadline-due-weekday').textContent()).toBe('Thứ Sáu');
    expect(await page.getByTestId('deadline-rule-set').getAttribute('data-rule-set')).toBe('2026');
    expect(await page.getByTestId('deadline-rule-set').textContent()).toBe('Quy định 2026 (từ 01/07/2026)');
    expect(await page.getByTestId('deadline-limit').textContent()).toContain('7 ngày làm việc');
    const url = new URL(page.url());
    expect(url.searchParams.get('rule')).toBe('complaint.acceptance');
    expect(url.searchParams.get('start')).toBe('2026-07-01');

    // The UI and the API agree: the same due date and, word for word, the same explanation.
    const api = await computeInPage(page, { rule: 'complaint.acceptance', start: '2026-07-01' });
    expect(api.status).toBe(200);
    const result = api.body as DeadlineComputeResponse;
    expect(await page.getByTestId('deadline-due').getAttribute('data-due')).toBe(result.due);
    expect(await page.getByTestId('deadline-explanation').locator('li').allTextContents()).toEqual(formatExplanation(result.explanation, 'vi'));
    expect(await page.locator('[data-testid="deadline-calendar"] td[data-date="2026-07-01"]').getAttribute('data-kind')).toBe('start');
    expect(await page.locator('[data-testid="deadline-calendar"] td[data-date="2026-07-04"]').getAttribute('data-kind')).toBe('skip-weekend');
    await shoot(page, '11-deadline-explainer-vi');
    await expectNoAxeViolations(page);

    // One day earlier the 2021 rules apply: 10 working days.
    await pickDate(page, page.getByTestId('deadline-start'), '30/06/2026');
    await page.getByTestId('deadline-compute').click();
    await waitForDue(page, '2026-07-14');
    expect(await page.getByTestId('deadline-due').textContent()).toBe('14/07/2026');
    expect(await page.getByTestId('deadline-rule-set').getAttribute('data-rule-set')).toBe('2021');
    expect(await page.getByTestId('deadline-rule-set').textContent()).toBe('Quy định 2021');

    // In English, the lines are the English rendering of the same explanation.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-deadlines').getByText('Deadline explainer').waitFor();
    const earlier = (await computeInPage(page, { rule: 'complaint.acceptance', start: '2026-06-30' })).body as DeadlineComputeResponse;
    expect(await page.getByTestId('deadline-due').textContent()).toBe('14 Jul 2026');
    expect(await page.getByTestId('deadline-explanation').locator('li').allTextContents()).toEqual(formatExplanation(earlier.explanation, 'en'));
    await shoot(page, '12-deadline-explainer-en');
    await expectNoAxeViolations(page);
    await page.getByTestId('language-switch').getByText('Tiếng Việt').click();

    // Events out of order: the server's problem is shown as it is.
    await page.goto(`${e2e.server.url}/deadlines?rule=complaint.resolution&start=2026-07-01&ev=continued:2026-07-05`);
    await page.getByTestId('deadline-error').waitFor();
    const refused = await computeInPage(page, { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'continued', date: '2026-07-05' }] });
    expect(refused.status).toBe(422);
    const problem = refused.body as { code: string; title: string };
    expect(problem.code).toBe('EVENTS_OUT_OF_ORDER');
    await page.getByTestId('deadline-error').getByText(problem.title).waitFor();

    expect(problems.filter((p) => !EXPECTED_PROBLEM.test(p))).toEqual([]);
  });

  it('the 2026 calendar shows its official source, Tết and the make-up Saturday', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('year-calendar').waitFor();
    expect(await page.title()).toBe('Lịch nghỉ lễ · Oversight');
    await page.goto(`${e2e.server.url}/calendar?year=2026`);
    const calendar = page.locator('[data-testid="year-calendar"][data-year="2026"]');
    await calendar.waitFor();
    expect(await page.getByTestId('calendar-source').getAttribute('data-source')).toBe('official');
    expect(await page.getByTestId('calendar-source').textContent()).toBe('Chính thức');
    expect(await page.getByTestId('calendar-tet').textContent()).toBe('Thứ Ba, 17/02/2026');
    expect(await calendar.locator('td[data-date="2026-02-17"]').getAttribute('data-kind')).toBe('holiday');
    expect(await calendar.locator('td[data-date="2026-01-10"]').getAttribute('data-kind')).toBe('makeup');
    expect(await calendar.locator('td[data-date="2026-01-03"]').getAttribute('data-kind')).toBe('weekend');
    await calendar.locator('td[data-date="2026-02-17"]').hover();
    await page.getByTestId('calendar-day-tooltip').getByText('Tết Nguyên đán').first().waitFor();
    await page.getByTestId('days-off-table').getByText('17/02/2026').waitFor();
    await page.getByTestId('working-saturdays-table').getByText('10/01/2026').waitFor();
    await page.mouse.move(0, 0);
    await shoot(page, '10-calendar-2026-vi');
    await expectNoAxeViolations(page);

    await page.getByTestId('calendar-tab-rules').click();
    await page.locator('[data-testid="rule-table"] tr[data-rule="complaint.acceptance"][data-rule-set="2026"]').getByText('7 ngày làm việc').waitFor();
    await expectNoAxeViolations(page, 'calendar rules tab');
    expect(problems).toEqual([]);
  });

  it('an administrator adds a day off to 2026, the explainer counts it, and the official schedule comes back', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.goto(`${e2e.server.url}/calendar?year=2026`);
    await page.getByTestId('calendar-edit').click();
    const form = page.getByTestId('calendar-edit-form');
    await form.waitFor();
    await page.getByTestId('add-day-off').click();
    const row = form.getByTestId('day-off-row').last();
    // First a date already listed: the server's field error is shown on the row.
    await pickDate(page, row.locator('input').first(), '01/01/2026');
    await row.getByLabel('Tên tiếng Việt').fill('Ngày nghỉ thử nghiệm');
    await row.getByLabel('Tên tiếng Anh').fill('Trial day off');
    await page.getByTestId('calendar-edit-save').click();
    await page.getByTestId('calendar-edit-error').getByText('bị ghi hai lần', { exact: false }).first().waitFor();
    await row.locator('.ant-form-item-explain-error').first().waitFor();
    await expectNoAxeViolations(page, 'calendar edit form with a field error');

    await row.locator('input').first().click();
    await row.locator('input').first().fill('13/07/2026');
    await row.locator('input').first().press('Enter');
    await page.getByTestId('calendar-edit-save').click();
    await page.locator('[data-testid="calendar-source"][data-source="custom"]').waitFor();
    const calendar = page.locator('[data-testid="year-calendar"][data-year="2026"]');
    expect(await calendar.locator('td[data-date="2026-07-13"]').getAttribute('data-kind')).toBe('holiday');
    await page.getByTestId('days-off-table').getByText('Ngày nghỉ thử nghiệm').waitFor();
    await shoot(page, '13-calendar-2026-custom-vi');

    await page.goto(`${e2e.server.url}/deadlines?rule=complaint.acceptance&start=2026-06-30`);
    await waitForDue(page, '2026-07-15');
    expect(await page.getByTestId('deadline-due').textContent()).toBe('15/07/2026');
    expect(await page.locator('[data-testid="deadline-calendar"] td[data-date="2026-07-13"]').getAttribute('data-kind')).toBe('skip-holiday');
    await page.getByTestId('deadline-explanation').getByText('Ngày nghỉ thử nghiệm', { exact: false }).waitFor();

    await page.goto(`${e2e.server.url}/calendar?year=2026`);
    await page.getByTestId('calendar-revert').click();
    // Wait for the server's answer, not just the click: on a loaded machine the refetch can take a while.
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/calendar/2026') && r.request().method() === 'DELETE' && r.ok()),
      page.getByTestId('calendar-revert-confirm').click(),
    ]);
    await page.locator('[data-testid="calendar-source"][data-source="official"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('calendar-revert').count()).toBe(0);

    await page.goto(`${e2e.server.url}/deadlines?rule=complaint.acceptance&start=2026-06-30`);
    await waitForDue(page, '2026-07-14');
    expect(problems.filter((p) => !EXPECTED_VALIDATION.test(p))).toEqual([]);
  });
});
