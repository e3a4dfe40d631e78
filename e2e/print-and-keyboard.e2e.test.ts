import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { ARTIFACTS, type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e printing, focus and the keyboard');

/** What has the keyboard focus: its test id, else its id, else its tag and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.dataset.testid ?? (el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`);
  });
}

describe.skipIf(!hasChromium)('e2e printing, focus and the keyboard', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  async function signIn(locale: string): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await e2e.openPage(locale);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(e2e.server.url);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    return { page, problems };
  }

  it('a deadline explanation prints on A4 without the menu, the header or the form', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.goto(`${e2e.server.url}/deadlines?rule=complaint.acceptance&start=2026-07-01`);
    await page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.ant-layout-sider', '.ovs-header', '[data-testid="deadline-form"]']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    for (const shown of ['deadline-due', 'deadline-explanation', 'deadline-calendar']) {
      expect(await page.getByTestId(shown).isVisible(), shown).toBe(true);
    }
    // The result starts at the left margin: nothing is left of it once the menu and the form are gone.
    const box = await page.getByTestId('deadline-result').boundingBox();
    expect(box!.x).toBeLessThan(40);
    const pdf = await page.pdf({ path: `${ARTIFACTS}/14-deadline-print-vi.pdf`, format: 'A4', printBackground: true });
    // One A4 page: the explanation and its calendar fit.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });

  it('after computing, the focus is on the result heading, which says the due date', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.goto(`${e2e.server.url}/deadlines?rule=complaint.acceptance&start=2026-07-01`);
    await page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"][data-due="2026-07-10"]').waitFor();
    // Opening a shared link does not move the focus.
    expect(await focused(page)).not.toBe('deadline-due-heading');
    const start = page.getByTestId('deadline-start');
    await start.click();
    await start.fill('30/06/2026');
    await start.press('Enter');
    await page.getByTestId('deadline-compute').click();
    await page.locator('[data-testid="deadline-result"][aria-busy="false"] [data-testid="deadline-due"][data-due="2026-07-14"]').waitFor();
    await expect.poll(() => focused(page)).toBe('deadline-due-heading');
    expect(await page.getByTestId('deadline-due-heading').textContent()).toContain('14/07/2026');
    // Computing the same again still lands on the result.
    await page.getByTestId('deadline-compute').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('deadline-due-heading');
    expect(problems).toEqual([]);
  });

  it('a dialog form opens with its first field focused and Enter submits it', async () => {
    const { page, problems } = await signIn('vi-VN');
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();
    await expect.poll(() => focused(page)).toBe('user-create_username');
    await page.keyboard.type('nv.moi');
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Mới');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('một mật khẩu đủ dài 2026');
    await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
    await expectNoAxeViolations(page, 'create-user dialog');
    await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
    await page.getByText('Đã tạo người dùng Nguyễn Văn Mới', { exact: false }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Editing a user: the display name is focused; Enter saves.
    await page.getByRole('button', { name: 'Sửa gs.hanh' }).click();
    await expect.poll(() => focused(page)).toBe('user-edit_displayName');
    await page.keyboard.press('End');
    await page.keyboard.type(' (Đoàn 3135)');
    await page.keyboard.press('Enter');
    await page.getByTestId('users-table').getByText('Nguyễn Thị Hạnh (Đoàn 3135)').waitFor();

    // A new unit: the first field is focused, and Enter checks the form (the Vietnamese name is required).
    await page.getByTestId('nav-org-units').click();
    await page.getByTestId('org-unit-create').click();
    await expect.poll(() => focused(page)).toBe('org-unit_id');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').locator('.ant-form-item-explain-error').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The calendar's and the rules' dialogs open on their first field too.
    await page.goto(`${e2e.server.url}/calendar?year=2026`);
    await page.getByTestId('calendar-edit').click();
    await expect.poll(() => focused(page)).toBe('calendar-year_sourceNote');
    await expectNoAxeViolations(page, 'calendar edit dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.goto(`${e2e.server.url}/calendar?tab=rules`);
    await page.getByTestId('rule-override-complaint.acceptance').first().click();
    await expect.poll(() => focused(page)).toBe('rule-override_ruleSet');
    await expectNoAxeViolations(page, 'rule override dialog');
    expect(problems).toEqual([]);
  });

  it('revoking the token whose secret is on screen takes the secret away', async () => {
    const { page, problems } = await signIn('en-US');
    await page.getByTestId('nav-account').click();
    await page.getByLabel('Name', { exact: true }).fill('nightly export');
    await page.getByTestId('api-token-create').click();
    const secret = page.getByTestId('api-token-secret');
    await secret.waitFor();
    await page.getByRole('row', { name: /nightly export/ }).getByRole('button', { name: 'Revoke' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('row', { name: /nightly export/ }).getByText('Revoked').waitFor();
    expect(await secret.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
