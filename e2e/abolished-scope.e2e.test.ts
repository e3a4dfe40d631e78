import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '../src/shared/org-units/org-units.schemas';
import { expectNoAxeViolations } from './support/axe';
import { type E2e, hasChromium, requireChromium, startE2e } from './support/browser';

requireChromium('e2e a user whose unit was abolished');

/** The district bt.thanh is granted: abolished by the 2025 reform, its last day 30 June 2025. */
const DISTRICT = 'VN-38-390';
/** Its parent, the province: outside bt.thanh's scope, so the one 404 this journey provokes on purpose. */
const EXPECTED_PROBLEM = /(HTTP 404: .*\/api\/v1\/org-units\/VN-38$|status of 404)/;

describe.skipIf(!hasChromium)('e2e a user whose unit was abolished', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  /** The units this user's session may list, valid on `asOf` (all dates when absent), asked of the API from the page. */
  function listInPage(page: Page, asOf?: string): Promise<OrgUnit[]> {
    return page.evaluate(async (date) => {
      const response = await fetch(`/api/v1/org-units${date ? `?asOf=${date}` : ''}`);
      return (await response.json()) as OrgUnit[];
    }, asOf);
  }

  it('the district secretary lands on the district as it last was, and is told why, in Vietnamese and English', async () => {
    const { page, problems } = await e2e.openPage('vi-VN');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(e2e.server.url);
    await page.getByTestId('login-username').fill('bt.thanh');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();

    // Home: the figures are those of 30/06/2025, and a line says why.
    const notice = page.getByTestId('scope-ended');
    await notice.getByText('Huyện Cẩm Thủy đã kết thúc hoạt động ngày 30/06/2025; đang hiển thị cơ cấu tại ngày đó.').waitFor();
    const lastDay = await listInPage(page, '2025-06-30');
    expect(lastDay.length).toBeGreaterThan(1);
    const stat = page.getByTestId('stat-units-today');
    await stat.getByText('Đơn vị hoạt động ngày 30/06/2025').waitFor();
    await expect.poll(() => stat.locator('.ant-statistic-content').textContent()).toBe(String(lastDay.length));
    // Successors are named only when the user may see them; otherwise the line says whom to ask.
    const visible = new Set((await listInPage(page)).map((u) => u.id));
    const history = await page.evaluate(async (id) => (await fetch(`/api/v1/org-units/${id}/history`)).json(), DISTRICT);
    const successors = (history.currentUnits as OrgUnit[]).filter((u) => visible.has(u.id));
    if (successors.length === 0) await notice.getByText('Các đơn vị kế thừa không thuộc phạm vi của bạn', { exact: false }).waitFor();
    else await notice.getByText(`Đơn vị kế thừa: ${successors.map((u) => u.nameVi).join(', ')}.`).waitFor();
    for (const unit of history.currentUnits as OrgUnit[]) {
      if (!visible.has(unit.id)) expect(await notice.getByText(unit.nameVi, { exact: false }).count()).toBe(0);
    }
    await e2e.shoot(page, '15-abolished-scope-home-vi');
    await expectNoAxeViolations(page);

    // The organisation page opens on the district's last day, with the district in the tree.
    await page.getByTestId('nav-org-units').click();
    const tree = page.locator('[data-testid="org-tree"][data-as-of="2025-06-30"]');
    await tree.getByText('Huyện Cẩm Thủy', { exact: true }).waitFor();
    await page.getByTestId('scope-ended').waitFor();
    await tree.getByText('Huyện Cẩm Thủy', { exact: true }).click();
    await page.getByTestId('unit-details-name').getByText('Huyện Cẩm Thủy').waitFor();
    // Its parent, the province, is outside this user's scope: a neutral label, not its id.
    await page.getByTestId('unit-parent-outside-scope').getByText('Đơn vị ngoài phạm vi của bạn').waitFor();
    expect(await page.getByTestId('unit-details').getByText('VN-38', { exact: true }).count()).toBe(0);
    // The communes that carry the district on today are outside this scope: counted, never named, never "none".
    const hiddenCurrent = history.hidden.currentUnits as number;
    expect(hiddenCurrent).toBeGreaterThan(0);
    await page.getByTestId('history-current').getByText(`Ngoài phạm vi của bạn: ${hiddenCurrent} đơn vị`).waitFor();
    await e2e.shoot(page, '16-abolished-scope-org-units-vi');
    await expectNoAxeViolations(page);

    // "Today" still shows today's (empty) organisation on request.
    await page.getByTestId('as-of-today').click();
    await page.getByText('Không có đơn vị nào có hiệu lực vào ngày này.').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).not.toBeNull();

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-home').click();
    await page.getByTestId('scope-ended').getByText('Cam Thuy District ceased to exist on 30 Jun 2025; showing the organisation as it was on that day.').waitFor();
    await page.getByTestId('stat-units-today').getByText('Units active on 30 Jun 2025').waitFor();
    await e2e.shoot(page, '17-abolished-scope-home-en');
    await page.getByTestId('nav-org-units').click();
    await page.locator('[data-testid="org-tree"][data-as-of="2025-06-30"]').getByText('Cam Thuy District', { exact: true }).waitFor();
    await page.getByTestId('org-tree').getByText('Cam Thuy District', { exact: true }).click();
    await page.getByTestId('unit-parent-outside-scope').getByText('A unit outside your scope').waitFor();
    await e2e.shoot(page, '18-abolished-scope-org-units-en');
    await expectNoAxeViolations(page);

    expect(problems.filter((p) => !EXPECTED_PROBLEM.test(p))).toEqual([]);
  });

  it('a user whose unit exists today still lands on today', async () => {
    const { page, problems } = await e2e.openPage('vi-VN');
    await page.goto(e2e.server.url);
    await page.getByTestId('login-username').fill('qt.mai');
    await page.getByTestId('login-password').fill('oversight-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-welcome').waitFor();
    await page.getByTestId('stat-units-today').getByText('Đơn vị đang hoạt động').waitFor();
    await page.getByTestId('nav-org-units').click();
    await page.getByTestId('org-tree').getByText('Xã Cẩm Thủy', { exact: true }).waitFor();
    expect(await page.getByTestId('scope-ended').count()).toBe(0);
    expect(problems.filter((p) => !/HTTP 404: .*\/api\/v1\/org-units\/VN-38$/.test(p))).toEqual([]);
  });
});
