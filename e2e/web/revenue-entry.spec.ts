import type { Locator, Page } from '@playwright/test';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, switchLanguage, test } from './fixtures';

const registry = parkRegistry();
const [anhe, baichuan, chenxing, dongli, fangyuan] = registry.tenants.map(
  (tenant) => tenant.enterprise.name,
);

/** The grid cell of a tenant's figure, found by the tenant's name as a user reads the row. */
function cell(page: Page, name: string | undefined, column: string): Locator {
  const tenant = registry.tenants.find((candidate) => candidate.enterprise.name === name);
  const rowId = tenant?.enterprise.id ?? 'missing';
  return page.locator(`.revenue-grid [role="row"][row-id="${rowId}"] [col-id="${column}"]`);
}

async function openPeriod(page: Page) {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '营收填报' })
    .click();
  // Until the section has switched, 设置's 我管理的园区 would answer to the label 园区.
  await expect(page.getByRole('heading', { level: 1, name: '营收填报' })).toBeVisible();
  await page.getByLabel('园区').selectOption({ label: registry.parkName });
  await page.getByLabel('期间').selectOption({ label: '2024年1-10月' });
  await expect(
    page.getByRole('columnheader', { name: '营业收入（万元，2024年1-10月累计）' }),
  ).toBeVisible();
}

// Restoring the registry and typing a whole form take a while on a shared CI machine.
test.describe.configure({ timeout: 90_000 });

test('with no parks yet, the page says what fills it', async ({ page, consoleErrors }) => {
  await page.goto('./#/revenueEntry');
  await expect(page.getByText('台账里还没有园区，无从填报。')).toBeVisible();
  await saveScreenshot(page, 'revenue-entry-no-parks');
  expect(consoleErrors).toEqual([]);
});

test.describe('with a park and its tenants', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await restoreRegistry(page, registry.backup);
  });

  test('a manager enters a park’s 1–10月 figures by keyboard, pastes a column, sees the checks and finds it all after reload', async ({
    page,
    consoleErrors,
  }) => {
    await openPeriod(page);
    await expect(page.getByText('已填报 0 / 5 家')).toBeVisible();
    await expect(cell(page, anhe, 'previous')).toHaveText('1,200.00');
    await saveScreenshot(page, 'revenue-entry-empty-period');

    // Type like in Excel: a figure, Enter, and the next row is ready.
    await cell(page, anhe, 'revenueYuan').click();
    await page.keyboard.type('1,350.5');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText(anhe ?? '');
    await page.keyboard.type('930');
    await page.keyboard.press('Enter');
    await expect(cell(page, anhe, 'revenueYuan')).toHaveText('1,350.50');
    await expect(cell(page, baichuan, 'revenueYuan')).toHaveText('930.00');

    // A cumulative figure below last month's is saved, and flagged.
    await page.keyboard.type('2000');
    await page.keyboard.press('Enter');
    await expect(cell(page, chenxing, 'revenueYuan')).toHaveClass(/cell-warning/);
    const checks = page.getByRole('complementary', { name: '校验与提示' });
    await expect(checks).toContainText(`${chenxing} · 营业收入`);
    await expect(checks).toContainText('低于上月累计 2,400.00 万元');

    // Revenue typed in 元 instead of 万元: ~10,000 times last month.
    await page.keyboard.type('3200000');
    await page.keyboard.press('Enter');
    await expect(checks).toContainText('是否把元当成了万元？');
    await expect(checks).toContainText(dongli ?? '');

    // A negative figure is an error: shown where it was typed, listed, and not saved.
    await page.keyboard.type('-45');
    await page.keyboard.press('Enter');
    await expect(cell(page, fangyuan, 'revenueYuan')).toHaveClass(/cell-error/);
    await expect(checks).toContainText('营业收入不能为负数');
    await expect(page.getByText('已填报 4 / 5 家')).toBeVisible();
    await saveScreenshot(page, 'revenue-entry-checks');

    // Correct it by typing over.
    await cell(page, fangyuan, 'revenueYuan').click();
    await page.keyboard.type('52');
    await page.keyboard.press('Enter');
    await expect(cell(page, fangyuan, 'revenueYuan')).not.toHaveClass(/cell-error/);
    await expect(page.getByText('已填报 5 / 5 家')).toBeVisible();

    // Tab moves right along the row: profit, then tax.
    await cell(page, fangyuan, 'profitYuan').click();
    await page.keyboard.type('3.5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1.2');
    await page.keyboard.press('Enter');
    await expect(cell(page, fangyuan, 'profitYuan')).toHaveText('3.50');
    await expect(cell(page, fangyuan, 'taxYuan')).toHaveText('1.20');

    // Paste last year's column copied from Excel, with thousands separators.
    await cell(page, anhe, 'priorYearRevenueYuan').click();
    await page.evaluate(() =>
      navigator.clipboard.writeText('1,100.00\r\n812.3\r\n2,250\r\n310\r\n48\r\n'),
    );
    await page.keyboard.press('Control+V');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toHaveText('已粘贴 5 格');
    await expect(cell(page, baichuan, 'priorYearRevenueYuan')).toHaveText('812.30');
    await expect(cell(page, chenxing, 'priorYearRevenueYuan')).toHaveText('2,250.00');
    await saveScreenshot(page, 'revenue-entry-pasted');

    // The paste is one change set: undone in one step, and back.
    await page.getByRole('button', { name: /^撤销：粘贴 5 格/ }).click();
    await expect(cell(page, baichuan, 'priorYearRevenueYuan')).toHaveText('');
    await page.keyboard.press('Control+Y');
    await expect(cell(page, baichuan, 'priorYearRevenueYuan')).toHaveText('812.30');

    // Everything is in the registry: a reload opens the same park and period with the figures.
    await page.reload();
    await expect(page.getByLabel('园区')).toHaveValue(/.+/);
    await expect(page.getByLabel('期间')).toHaveValue('2024-10');
    await expect(cell(page, anhe, 'revenueYuan')).toHaveText('1,350.50');
    await expect(cell(page, fangyuan, 'revenueYuan')).toHaveText('52.00');
    await expect(cell(page, chenxing, 'priorYearRevenueYuan')).toHaveText('2,250.00');
    await expect(page.getByText('已填报 5 / 5 家')).toBeVisible();
    await expect(checks).toContainText('是否把元当成了万元？');
    await saveScreenshot(page, 'revenue-entry-after-reload');
    expect(consoleErrors).toEqual([]);
  });

  test('a paste that runs past the grid fills what fits and says what was left out', async ({
    page,
  }) => {
    await openPeriod(page);
    await cell(page, fangyuan, 'revenueYuan').click();
    await page.evaluate(() => navigator.clipboard.writeText('60\t1.5万\n70\t80\n'));
    await page.keyboard.press('Control+V');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toHaveText(
      '已粘贴 2 格；2 格超出表格或落在只读列，已忽略',
    );
    // A figure that names its own unit is read in it: "1.5万" is 1.5 万元.
    await expect(cell(page, fangyuan, 'priorYearRevenueYuan')).toHaveText('1.50');
  });

  test('the screen reads in English too', async ({ page }) => {
    await page.goto('./#/settings');
    await switchLanguage(page, 'English');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Revenue entry' })
      .click();
    // Until the section has switched, 设置's "Parks I manage" would answer to the label "Park".
    await expect(page.getByRole('heading', { level: 1, name: 'Revenue entry' })).toBeVisible();
    await page.getByLabel('Park').selectOption({ label: registry.parkName });
    await page.getByLabel('Period').selectOption({ label: 'Jan–Oct 2024' });
    await expect(page.getByText('0 of 5 reported')).toBeVisible();
    await expect(
      page.getByRole('columnheader', { name: /Revenue \(10k yuan, Jan–Oct 2024\)/ }),
    ).toBeVisible();
    await saveScreenshot(page, 'revenue-entry-english');
  });
});
