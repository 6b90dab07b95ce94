/**
 * A district office with the full demo registry: the overview, the parks and their pages, and
 * the ~17,000 enterprises, browsed, filtered, edited one by one and in bulk, as a user would.
 * The demo is loaded once, at a tenth of the district's size to keep the run short, and the
 * steps share one page.
 */
import { test, expect, type Page } from '@playwright/test';
import { saveScreenshot, switchLanguage } from './fixtures';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let page: Page;
const errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1360, height: 860 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./?demo=load&demoScale=tenth#/dashboard');
  await expect(page.getByRole('dialog', { name: '正在载入示例数据…' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: '正在载入示例数据…' })).toBeHidden({
    timeout: 240_000,
  });
});

test.afterAll(async () => {
  await page.close();
});

/** The count line's figures, "显示 120 / 1,700 家" → [120, 1700]. */
function countFigures(text: string | null): number[] {
  return (/显示 ([\d,]+) \/ ([\d,]+) 家/.exec(text ?? '') ?? [])
    .slice(1)
    .map((figure) => Number(figure.replace(/,/g, '')));
}

test('the overview shows the district figures with their units and basis', async () => {
  const aboveScale = page.getByRole('region', { name: '规模以上企业', exact: true });
  await expect(aboveScale).toContainText('家', { timeout: 120_000 });
  await expect(page.getByRole('region', { name: '营业收入', exact: true })).toContainText('亿元');
  await expect(page.getByRole('region', { name: '营业收入', exact: true })).toContainText(
    '同比（可比口径）',
  );
  await page.getByLabel('期间').selectOption({ label: '2024年1-10月' });
  await expect(page.getByRole('region', { name: '营业收入', exact: true })).toContainText(
    '2024年1-10月累计',
  );
  await expect(page.getByRole('region', { name: '数字文化', exact: true })).toContainText(
    /占比 \d+\.\d%/,
  );
  await saveScreenshot(page, 'dashboard-district');
});

test('a manager finds a park and edits its profile', async () => {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '园区', exact: true })
    .click();
  await page.getByLabel('快速查找').fill('798');
  await page
    .getByRole('button', { name: /798艺术区/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '798艺术区' })).toBeVisible();
  await saveScreenshot(page, 'park-page');
  await page
    .getByRole('region', { name: '园区档案' })
    .getByRole('button', { name: '编辑' })
    .click();
  await page.getByLabel('联系人').fill('王经理');
  await page.getByLabel('可租赁面积（㎡）').fill('一万');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert').first()).toContainText('处需要修改');
  await page.getByLabel('可租赁面积（㎡）').fill('120,000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.getByRole('region', { name: '园区档案' })).toContainText('王经理');
});

test('a manager browses and filters the district’s enterprises', async () => {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '企业', exact: true })
    .click();
  const count = page.locator('.grid-count');
  await expect(count).toContainText(/显示 1,\d{3} \/ 1,\d{3} 家/, { timeout: 60_000 });
  await page.getByLabel('快速查找').fill('北京');
  await expect(count).toContainText('显示');
  await page.getByLabel('快速查找').fill('MA0');
  await expect(page.locator('.ag-row').first()).toContainText('MA0');
  await saveScreenshot(page, 'enterprises-search');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByLabel('快速查找')).toHaveValue('');
});

test('a typed search shows its count with the rows it counts, not a frame later', async () => {
  const count = page.locator('.grid-count');
  await expect(count).toContainText(/显示 1,\d{3} \/ 1,\d{3} 家/);
  // Typed as the browser delivers it, then read before any later task: ag-grid tells of its new
  // rows only on a later task, and a count that waited for that was drawn a frame after them.
  const { before, after } = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input.quick-search');
    const countText = () => document.querySelector('.grid-count')?.textContent ?? '';
    if (input === null) throw new Error('no quick search');
    const shownBefore = countText();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'MA0');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'MA0' }));
    await Promise.resolve();
    return { before: shownBefore, after: countText() };
  });
  const [shown = Number.NaN, total] = countFigures(after);
  expect(before).not.toEqual(after);
  expect(shown).toBeLessThan(total ?? Number.NaN);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(count).toContainText(/显示 1,\d{3} \/ 1,\d{3} 家/);
});

test('a saved view survives a reload', async () => {
  await page.getByLabel('快速查找').fill('');
  page.once('dialog', (dialog) => void dialog.accept('只看数字'));
  await page.getByRole('button', { name: '保存当前视图…' }).click();
  await expect(page.locator('.grid-count')).toContainText('已保存视图“只看数字”');
  await page.reload();
  await expect(page.getByLabel('视图')).toContainText('只看数字', { timeout: 120_000 });
});

test('bulk edit sets a field for the selected enterprises in one change', async () => {
  await expect(page.locator('.ag-row').first()).toBeVisible({ timeout: 120_000 });
  const checkboxes = page.locator('.ag-row').getByRole('checkbox', { name: /按 Space 切换行选择/ });
  await checkboxes.nth(0).click();
  await checkboxes.nth(1).click();
  await expect(page.getByRole('button', { name: '应用到 2 家' })).toBeVisible();
  await page
    .getByRole('group', { name: '批量设置' })
    .getByLabel('值')
    .selectOption({ label: '迁出' });
  await page.getByRole('button', { name: '应用到 2 家' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已修改 2 家企业的“状态”' })).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  await saveScreenshot(page, 'enterprises-bulk-edit');
});

test('the header checkbox selects every enterprise the search shows, and clears them', async () => {
  const count = page.locator('.grid-count');
  const bulkEdit = page.getByRole('group', { name: '批量设置' });
  const selectShown = page.getByRole('checkbox', { name: '全选或清除当前显示的企业' });
  const figures = async () => countFigures(await count.textContent());
  // The two enterprises the bulk edit changed are still selected: part of the list.
  await expect(selectShown).toBeChecked({ indeterminate: true });
  const [, total] = await figures();
  await selectShown.click();
  await expect(page.getByRole('button', { name: `应用到 ${String(total)} 家` })).toBeVisible();
  await expect(selectShown).toBeChecked();
  await selectShown.click();
  await expect(bulkEdit).toBeHidden();

  await page.getByLabel('快速查找').fill('MA0');
  await expect(count).not.toContainText(`显示 ${(total ?? 0).toLocaleString('en-US')} /`);
  const [shown] = await figures();
  await selectShown.click();
  await expect(page.getByRole('button', { name: `应用到 ${String(shown)} 家` })).toBeVisible();
  await expect(selectShown).toBeChecked();
  await selectShown.click();
  await expect(bulkEdit).toBeHidden();
  await expect(selectShown).not.toBeChecked();
  // By keyboard: Space on the focused header cell, as on ag-grid's own.
  await page.getByRole('columnheader', { name: '全选或清除当前显示的企业' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: `应用到 ${String(shown)} 家` })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(bulkEdit).toBeHidden();
  await page.getByLabel('快速查找').fill('');
});

test('switching to English mid-search translates the grid and the last message, keeping the search and the selection', async () => {
  const count = page.locator('.grid-count');
  await page.getByLabel('快速查找').fill('没有这家企业');
  await expect(page.locator('.ag-overlay')).toContainText('无匹配行');
  await switchLanguage(page, 'English');
  await expect(count).toContainText('Changed "Status" for 2 enterprises');
  await expect(page.getByLabel('Quick find')).toHaveValue('没有这家企业');
  await expect(page.locator('.ag-overlay')).toContainText('No Matching Rows');
  await expect(page.getByRole('columnheader', { name: 'Credit code' })).toBeVisible();
  await saveScreenshot(page, 'enterprises-english');
  await switchLanguage(page, '中文');
  await expect(count).toContainText('已修改 2 家企业的“状态”');
  await page.getByLabel('快速查找').fill('');
  await expect(page.locator('.ag-row').first()).toBeVisible();

  // The grid made again in the other language keeps the rows that were selected.
  const firstRow = page.locator('.ag-row[row-index="0"]');
  await firstRow.getByRole('checkbox', { name: /按 Space 切换行选择/ }).click();
  await expect(page.getByRole('button', { name: '应用到 1 家' })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(page.getByRole('button', { name: 'Apply to 1' })).toBeVisible();
  await expect(
    firstRow.getByRole('checkbox', { name: /Press Space to toggle row selection/ }),
  ).toBeChecked();
  await switchLanguage(page, '中文');
  await firstRow.getByRole('checkbox', { name: /按 Space 切换行选择/ }).click();
  await expect(page.getByRole('group', { name: '批量设置' })).toBeHidden();
});

test('a name typed in the grid is saved when the manager switches language before pressing Enter', async () => {
  const renamed = '北京晨曦改名文化传媒有限公司';
  const nameCell = page.locator('.ag-row[row-index="0"] [col-id="name"]').first();
  await nameCell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(renamed);
  await switchLanguage(page, 'English');
  await expect(page.locator('.grid-count')).toContainText('Saved Name of', { timeout: 30_000 });
  await expect(page.getByRole('gridcell', { name: renamed })).toBeVisible();
  await switchLanguage(page, '中文');
  await expect(page.locator('.grid-count')).toContainText('已保存');
});

test('the parks list keeps its sort across a language switch', async () => {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '园区', exact: true })
    .click();
  const tenants = page.getByRole('columnheader', { name: '入驻企业' });
  await tenants.click();
  await expect(tenants).toHaveAttribute('aria-sort', 'ascending');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('columnheader', { name: 'Tenants' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await switchLanguage(page, '中文');
  await expect(tenants).toHaveAttribute('aria-sort', 'ascending');
});

test('the data is still there after a reload, with no server', async () => {
  await page.goto('./#/parks');
  await page.getByLabel('快速查找').fill('798');
  await page
    .getByRole('button', { name: /798艺术区/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: '园区档案' })).toContainText('王经理');
  expect(errors).toEqual([]);
});
