/**
 * 数据交换 → 核对退回的交换表: the whole registry exported; in the file, edited by another library
 * (SheetJS), one enterprise is renamed and its registered capital changed, while the capital is
 * changed here too, and an event is added to the 活动 sheet. The name is a change there, the
 * capital a conflict, decided per row; applying renames the enterprise, keeps the capital
 * entered here and adds the event to its park.
 */
import { readFile } from 'node:fs/promises';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';
import { editedElsewhere, withRowAdded, withoutSavePicker } from './workbook-edits';

test.describe.configure({ timeout: 120_000 });

const renamed = '北京安和文化传媒集团有限公司';

test('a returned exchange workbook shows the change there and here, and applies it', async ({
  page,
  consoleErrors,
}) => {
  const registry = parkRegistry();
  const [first] = registry.tenants;
  if (first === undefined) throw new Error('The fixture has tenants');
  const { enterprise } = first;
  await withoutSavePicker(page);
  await restoreRegistry(page, registry.backup);

  await page.goto('./#/exchange');
  const exportPanel = page.getByRole('region', { name: '导出' });
  const download = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: '导出全部台账' }).click();
  const exported = await readFile(await (await download).path());
  const returned = withRowAdded(
    editedElsewhere(exported, enterprise.name, { 企业名称: renamed, 注册资本: 2000 }),
    '活动',
    {
      园区名称: registry.parkName,
      活动名称: '秋季创意市集',
      活动类型: '市集',
      活动日期: '2024-10-01',
      参与人次: 1200,
    },
  );

  await page.goto(`./#/enterprises/${enterprise.id}`);
  const profile = page.getByRole('region', { name: '企业档案' });
  await profile.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('注册资本（万元）').fill('1,500');
  await page.getByLabel('注册资本（万元）').press('Enter');
  await expect(profile.getByRole('status')).toHaveText('已保存。可在“变更记录”中撤销。');

  await page.goto('./#/exchange');
  const panel = page.getByRole('region', { name: '核对退回的交换表' });
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: '核对退回的交换表…' }).click();
  await (
    await chooser
  ).setFiles({
    name: '园区台账交换表-退回.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: returned,
  });
  await expect(panel.getByRole('status')).toContainText('已与本地台账逐格比较');
  // Both sides changed the record; the export's hash of each cell tells which side changed
  // which: the name only there, the capital on both sides, differently.
  const name = panel.getByRole('row').filter({ hasText: '企业名称' });
  await expect(name).toContainText(enterprise.name);
  await expect(name).toContainText(renamed);
  await expect(name).toContainText('对方修改');
  const capital = panel.getByRole('row').filter({ hasText: '注册资本' });
  await expect(capital).toContainText('1,500 万元');
  await expect(capital).toContainText('2,000 万元');
  await expect(capital).toContainText('冲突');
  await expect(panel.getByRole('button', { name: '应用' })).toBeDisabled();
  await expect(panel).toContainText('还有 1 处冲突未决定');
  // Take theirs for all, then keep the capital entered here.
  await panel.getByRole('button', { name: '冲突全部用对方的' }).click();
  await expect(panel.getByRole('button', { name: '应用' })).toBeEnabled();
  await capital
    .getByRole('combobox', { name: '采用 注册资本' })
    .selectOption({ label: '保留本地的' });
  await expect(panel.getByRole('button', { name: '应用' })).toBeEnabled();
  await expect(panel).toContainText(
    '应用将写入：企业 新增 0 条、修改 1 条；活动 新增 1 条、修改 0 条',
  );
  await panel.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'round-trip');

  await panel.getByRole('button', { name: '应用' }).click();
  await expect(panel.getByRole('status')).toContainText('已应用 2 条记录的修改');

  await page.goto('./#/enterprises');
  await page.getByLabel('快速查找').fill('集团');
  await expect(page.getByRole('gridcell', { name: renamed })).toHaveCount(1);
  // Enter on a cell not edited in place opens the enterprise's page.
  await page.getByRole('gridcell', { name: enterprise.creditCode }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '企业档案' })).toContainText('1,500.00');

  // The row added to the 活动 sheet is now one of the park's events.
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '园区', exact: true })
    .click();
  await page
    .getByRole('button', { name: new RegExp(registry.parkName) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: registry.parkName })).toBeVisible();
  const event = page.getByRole('row').filter({ hasText: '秋季创意市集' });
  await expect(event).toContainText('2024-10-01');
  await expect(event).toContainText('1,200');
  await event.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'round-trip-event');
  expect(consoleErrors).toEqual([]);
});
