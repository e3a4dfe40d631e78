import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { ARTIFACTS, type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

const README_SCREENSHOT = resolve('docs/screenshot-org-units.png');

requireChromium('e2e journeys');

/** Today in the local calendar, as the browser (same machine, same time zone) computes it. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe.skipIf(!hasChromium)('e2e journeys', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());
  const openPage = (locale: string) => e2e.openPage(locale);
  const shoot = (page: Parameters<E2e['shoot']>[0], name: string) => e2e.shoot(page, name);

  it('an official signs in, reads the organisation before and after the 2025 reform, follows a merger, switches to English and signs out', async () => {
    const { page, problems } = await openPage('vi-VN');
    const today = localToday();

    await page.goto(e2e.server.url);
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByTestId('login-heading').textContent()).toBe('Đăng nhập hệ thống');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.title()).toBe('Đăng nhập · Oversight');
    await shoot(page, '01-login-vi');
    await expectNoAxeViolations(page);

    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    expect(await page.getByTestId('current-user-roles').textContent()).toContain('Quản trị hệ thống');
    await shoot(page, '02-home-vi');
    await expectNoAxeViolations(page);

    await page.getByTestId('nav-org-units').click();
    await page.getByTestId('org-tree').waitFor();
    expect(await page.title()).toBe('Tổ chức · Oversight');

    // Before the reform: the district and its township.
    await page.getByTestId('as-of-before-reform').click();
    const tree2024 = page.locator('[data-testid="org-tree"][data-as-of="2024-12-31"]');
    await tree2024.getByText('Huyện Cẩm Thủy', { exact: true }).waitFor();
    await tree2024.getByText('Thị trấn Phong Sơn', { exact: true }).waitFor();
    await shoot(page, '03-org-units-2024-12-31');

    // Today: the new commune, and no district any more.
    await page.getByTestId('as-of-today').click();
    const treeToday = page.locator(`[data-testid="org-tree"][data-as-of="${today}"]`);
    await treeToday.getByText('Xã Cẩm Thủy', { exact: true }).waitFor();
    expect(await treeToday.getByText(/Huyện Cẩm Thủy/).count()).toBe(0);
    expect(await treeToday.locator('[data-unit-id="VN-38-390"]').count()).toBe(0);
    await treeToday.getByText('Xã Cẩm Thủy', { exact: true }).click();
    await page.getByTestId('history-panel').getByText('1686/NQ-UBTVQH15').waitFor();
    await shoot(page, '04-org-units-today');
    // The README's picture is refreshed on request only, so a test run never dirties the working tree.
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(`${ARTIFACTS}/04-org-units-today.png`, README_SCREENSHOT);

    // The old township, found without diacritics, and where it went.
    await page.getByTestId('org-search').locator('input').fill('phong son');
    await page.getByTestId('org-search').locator('input').press('Enter');
    await page.getByTestId('org-search-result').getByText('Thị trấn Phong Sơn', { exact: true }).click();
    await page.getByTestId('unit-details-name').getByText('Thị trấn Phong Sơn').waitFor();
    const history = page.getByTestId('history-panel');
    await history.locator('[data-event-kind="merge"]').getByText('1686/NQ-UBTVQH15').waitFor();
    expect(await history.getByText('01/07/2025').count()).toBeGreaterThan(0);
    await history.getByTestId('history-current').getByText('Xã Cẩm Thủy', { exact: true }).waitFor();
    expect(await page.getByTestId('unit-validity').textContent()).toContain('30/06/2025');
    await shoot(page, '05-history-phong-son-vi');
    await expectNoAxeViolations(page);

    // English.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-org-units').getByText('Organisations').waitFor();
    await history.getByText('Units today').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Organisations · Oversight');
    expect(await page.getByTestId('as-of-today').textContent()).toBe('Today');
    expect(await page.getByTestId('unit-validity').textContent()).toContain('30 Jun 2025');
    expect(await page.getByTestId('current-user-roles').textContent()).toContain('System administrator');
    await shoot(page, '06-history-phong-son-en');
    await expectNoAxeViolations(page);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByTestId('login-heading').textContent()).toBe('Sign in');
    expect(new URL(page.url()).pathname).toBe('/login');
    await shoot(page, '07-signed-out-en');

    expect(problems).toEqual([]);
  });

  it('an officer changes her own password only by giving the current one, and signs in again with the new one', async () => {
    const { page, problems } = await openPage('vi-VN');
    const signIn = async (password: string) => {
      await page.getByTestId('login-username').fill('nv.nam');
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
    };
    await page.goto(e2e.server.url);
    await signIn('oversight-demo');
    await page.getByTestId('home-welcome').waitFor();
    await page.getByTestId('nav-account').click();
    const form = page.getByTestId('change-password-form');
    await form.waitFor();
    await form.getByLabel('Mật khẩu hiện tại').fill('không phải mật khẩu');
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mật khẩu mới đủ dài');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu mới đủ dài');
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await form.getByText('Để đổi mật khẩu của mình, hãy nhập đúng mật khẩu hiện tại.').waitFor();
    await shoot(page, '09-account-change-password-vi');
    await expectNoAxeViolations(page);
    await form.getByLabel('Mật khẩu hiện tại').fill('oversight-demo');
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByTestId('login-form').waitFor();
    await signIn('mật khẩu mới đủ dài');
    // Signed in again, back on the page she was on.
    await page.getByTestId('change-password-form').waitFor();
    // The one refusal provoked on purpose: the wrong current password (422).
    expect(problems.filter((p) => !/422/.test(p))).toEqual([]);
  });

  it('a browser that prefers English gets the English login page', async () => {
    const { page, problems } = await openPage('en-US');
    await page.goto(e2e.server.url);
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByTestId('login-heading').textContent()).toBe('Sign in');
    expect(await page.getByTestId('login-submit').textContent()).toBe('Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Sign in · Oversight');
    await shoot(page, '08-login-en');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
