import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('audit log');

describe.skipIf(!hasChromium)('audit log', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it('an inspector filters the log, opens an entry and reads it in Vietnamese; the filtered view has its own address', async () => {
    const { page, problems } = await e2e.openPage('vi-VN');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${e2e.server.url}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();

    await page.getByTestId('nav-audit').click();
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await e2e.shoot(page, '20-audit-vi');

    // Free text without accents finds the demo's unit administrator, by name.
    await page.getByTestId('audit-filter-text').locator('input').fill('hoang thi mai');
    await page.getByTestId('audit-filter-text').locator('input').press('Enter');
    await page.waitForURL(/q=hoang\+thi\+mai|q=hoang%20thi%20mai/);
    await page.getByTestId('audit-filter-action').click();
    await page.keyboard.type('tao nguoi dung');
    await page.keyboard.press('Enter');
    await page.waitForURL(/action=user\.create/);
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.textContent()).toContain('Hệ thống');
    expect(await row.textContent()).toContain('Tạo người dùng');
    expect(await row.textContent()).toContain('Hoàng Thị Mai (qt.mai)');
    expect(await row.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);

    await row.click();
    const details = page.getByTestId('audit-details');
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Họ và tên');
    expect(text).toContain('Hoàng Thị Mai');
    expect(text).toContain('Vai trò');
    expect(text).toContain('Quản trị đơn vị — Xã Cẩm Thủy');
    expect(text).toContain('Đang hoạt động');
    expect(text).not.toMatch(/unit_administrator|displayName|isActive|"[a-zA-Z]+":/);
    await e2e.shoot(page, '21-audit-entry-vi');

    // The address carries the filters: opening it again shows the same view.
    const address = page.url();
    const { page: second } = await e2e.openPage('vi-VN');
    await second.goto(`${e2e.server.url}/login`);
    await second.getByTestId('login-username').fill('admin');
    await second.getByTestId('login-password').fill('oversight-demo');
    await second.getByTestId('login-submit').click();
    await second.getByTestId('home-welcome').waitFor();
    await second.goto(address);
    await expect.poll(() => second.getByTestId('audit-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await second.getByTestId('audit-filter-text').locator('input').inputValue()).toBe('hoang thi mai');

    // English.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('audit-details').getByText(/^Unit administrator — /).waitFor();
    expect(await row.textContent()).toContain('User created');
    expect(await row.textContent()).toContain('System');
    await e2e.shoot(page, '22-audit-entry-en');
    expect(problems).toEqual([]);
  });
});
