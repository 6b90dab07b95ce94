/**
 * The enterprise page: opened from the grid (double-click or Enter) and from a park's tenants,
 * its stays across parks after a move, and a profile edit that shows in its own history.
 */
import type { Page } from '@playwright/test';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const registry = parkRegistry();
const { elsewhere } = registry;

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await restoreRegistry(page, registry.backup);
});

function nav(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name, exact: true });
}

function stays(page: Page) {
  return page.getByRole('region', { name: /入驻记录/ });
}

async function openParkPage(page: Page, name: string) {
  await nav(page, '园区').click();
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a manager opens an enterprise from the grid and sees its stays move with it', async ({
  page,
  consoleErrors,
}) => {
  await nav(page, '企业').click();
  await page.getByLabel('快速查找').fill('远山');
  await expect(page.getByRole('gridcell', { name: elsewhere.name })).toHaveCount(1);
  await page.getByRole('gridcell', { name: elsewhere.creditCode }).dblclick();

  await expect(page.getByRole('heading', { level: 1, name: elsewhere.name })).toBeVisible();
  await expect(page.getByText(`现入驻「${registry.otherParkName}」`)).toBeVisible();
  await expect(
    stays(page).getByRole('row', { name: new RegExp(registry.otherParkName) }),
  ).toContainText('在园');
  await expect(page.getByRole('region', { name: /文化金融/ })).toContainText('没有记录融资');

  // The park page offers 新增企业 for that park: the form opens with the park chosen.
  await openParkPage(page, registry.parkName);
  await saveScreenshot(page, 'park-page-tenants');
  await page.getByRole('link', { name: /新增企业/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新增企业' })).toBeVisible();
  await expect(page.getByLabel('所在园区')).toHaveValue(registry.parkName);

  // The code is registered elsewhere: moved here, not duplicated.
  await page.getByLabel('统一社会信用代码').fill(elsewhere.creditCode);
  await page.getByLabel('入驻日期').fill('2024-10-08');
  await page.getByRole('button', { name: /迁入本园区/ }).click();
  const moved = page.getByRole('status').filter({ hasText: '已将' });
  await expect(moved).toContainText(`迁入「${registry.parkName}」`);
  await moved.getByRole('link', { name: '查看该企业' }).click();

  await expect(page.getByRole('heading', { level: 1, name: elsewhere.name })).toBeVisible();
  await expect(page.getByText(`现入驻「${registry.parkName}」`)).toBeVisible();
  const here = stays(page).getByRole('row', { name: new RegExp(registry.parkName) });
  const before = stays(page).getByRole('row', { name: new RegExp(registry.otherParkName) });
  await expect(here).toContainText('2024-10-08');
  await expect(here).toContainText('在园');
  await expect(before).toContainText('2021-05-01');
  await expect(before).toContainText('2024-10-08');
  await expect(before).toContainText('已迁出');
  await saveScreenshot(page, 'enterprise-page-after-move');

  // From the park's tenants the same page opens by its name.
  await stays(page).getByRole('link', { name: registry.parkName }).click();
  await expect(page.getByRole('heading', { level: 1, name: registry.parkName })).toBeVisible();
  await page.getByRole('link', { name: elsewhere.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: elsewhere.name })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a profile edit is checked field by field and shows in the enterprise’s history', async ({
  page,
  consoleErrors,
}) => {
  const [first] = registry.tenants;
  if (first === undefined) throw new Error('The fixture has tenants');
  const { enterprise } = first;
  await nav(page, '企业').click();
  await page.getByLabel('快速查找').fill(enterprise.name.slice(2, 4));
  await expect(page.getByRole('gridcell', { name: enterprise.name })).toHaveCount(1);
  // Keyboard only: Enter on a cell that is not edited in place opens the page.
  await page.getByRole('gridcell', { name: enterprise.creditCode }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: enterprise.name })).toBeVisible();

  const reports = page.getByRole('region', { name: /报表/ });
  await expect(reports.getByRole('row', { name: /2024年1-9月/ })).toContainText(
    Number(first.septemberWan).toLocaleString('en-US', { minimumFractionDigits: 2 }),
  );
  await expect(reports.getByRole('row', { name: /2023年1-10月/ })).toBeVisible();

  const profile = page.getByRole('region', { name: '企业档案' });
  await profile.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByLabel('企业名称')).toBeFocused();
  await page.getByLabel('联系人').fill('赵敏');
  await page.getByLabel('注册资本（万元）').fill('五百');
  await page.getByLabel('成立日期').fill('2016/7/1');
  await page.getByLabel('注册资本（万元）').press('Enter');
  await expect(profile.getByRole('alert')).toContainText('有 1 处需要修改');
  await expect(profile).toContainText('应为数字');
  await saveScreenshot(page, 'enterprise-page-edit-problem');
  await page.getByLabel('注册资本（万元）').fill('1,500');
  await page.getByLabel('注册资本（万元）').press('Enter');

  await expect(profile.getByRole('status')).toHaveText('已保存。可在“变更记录”中撤销。');
  await expect(profile).toContainText('赵敏');
  await expect(profile).toContainText('1,500.00');
  await expect(profile).toContainText('2016-07-01');
  const history = page.getByRole('region', { name: '修改历史' });
  await expect(history).toContainText(`修改企业「${enterprise.name}」的档案`);
  await expect(history.getByRole('row', { name: /联系人/ })).toContainText('赵敏');
  await saveScreenshot(page, 'enterprise-page-edited');

  // Esc leaves the form without saving.
  await profile.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('联系人').fill('钱多');
  await page.getByLabel('联系人').press('Escape');
  await expect(profile).toContainText('赵敏');
  await expect(profile).not.toContainText('钱多');
  expect(consoleErrors).toEqual([]);
});
