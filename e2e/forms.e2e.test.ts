import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e forms point at what is wrong');

/** The save this journey makes fail on purpose: the same date listed twice. */
const EXPECTED_VALIDATION = /(HTTP 400: .*\/api\/v1\/calendar\/2026|status of 400)/;

/** Whether the element with the focus is inside `within` and can be seen (not scrolled out of its modal or window). */
async function focusedAndVisible(page: Page, within: Locator): Promise<boolean> {
  const inside = await within.evaluate((el) => el.contains(document.activeElement));
  const visible = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const box = el.getBoundingClientRect();
    if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
    // Inside a scrolled container (the modal's body or the page), the element must be within its visible part.
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (!/(auto|scroll)/.test(style.overflowY)) continue;
      const area = parent.getBoundingClientRect();
      if (box.top < area.top || box.bottom > area.bottom) return false;
    }
    return true;
  });
  return inside && visible;
}

describe.skipIf(!hasChromium)('e2e forms point at what is wrong', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  async function signIn(): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await e2e.openPage('vi-VN');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${e2e.server.url}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    return { page, problems };
  }

  it('the calendar form scrolls to and focuses the first invalid field, whether the browser or the server finds it', async () => {
    const { page, problems } = await signIn();
    await page.goto(`${e2e.server.url}/calendar?year=2026`);
    await page.getByTestId('calendar-edit').click();
    const form = page.getByTestId('calendar-edit-form');
    await form.waitFor();

    // A new row at the bottom, left empty; the save button is at the bottom of the modal, far from the list.
    await page.getByTestId('add-day-off').click();
    const row = form.getByTestId('day-off-row').last();
    await form.getByTestId('day-off-row').first().scrollIntoViewIfNeeded();
    await page.getByTestId('calendar-edit-save').click();
    await row.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await row.locator('.ant-form-item-explain-error').first().textContent()).toBe('Vui lòng chọn ngày');
    await expect.poll(() => focusedAndVisible(page, row)).toBe(true);

    // A date already listed: only the server knows; its message lands on the row, which is brought into view.
    await row.locator('input').first().fill('01/01/2026');
    await row.locator('input').first().press('Enter');
    await row.getByLabel('Tên tiếng Việt').fill('Ngày nghỉ thử nghiệm');
    await row.getByLabel('Tên tiếng Anh').fill('Trial day off');
    await form.getByTestId('day-off-row').first().scrollIntoViewIfNeeded();
    await page.getByTestId('calendar-edit-save').click();
    await page.getByTestId('calendar-edit-error').waitFor();
    await row.locator('.ant-form-item-explain-error').first().waitFor();
    await expect.poll(() => focusedAndVisible(page, row)).toBe(true);
    await e2e.shoot(page, '20-calendar-edit-server-error-vi');
    expect(problems.filter((p) => !EXPECTED_VALIDATION.test(p))).toEqual([]);
  });

  it('a new user left empty: the first field is focused and the messages keep “tiếng Việt” capitalised', async () => {
    const { page, problems } = await signIn();
    await page.goto(`${e2e.server.url}/users`);
    await page.getByTestId('user-create').click();
    const modal = page.locator('.ant-modal').filter({ has: page.locator('form#user-create') });
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await modal.locator('.ant-form-item-explain-error').first().waitFor();
    await expect.poll(() => focusedAndVisible(page, modal.locator('.ant-form-item').first())).toBe(true);

    await page.goto(`${e2e.server.url}/org-units`);
    await page.getByTestId('org-unit-create').click();
    const unitForm = page.locator('form#org-unit');
    await unitForm.waitFor();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await unitForm.locator('.ant-form-item-explain-error').first().waitFor();
    const messages = await unitForm.locator('.ant-form-item-explain-error').allTextContents();
    expect(messages).toContain('Vui lòng nhập tên tiếng Việt');
    expect(messages.join(' ')).not.toMatch(/tiếng việt/);
    expect(problems).toEqual([]);
  });
});
