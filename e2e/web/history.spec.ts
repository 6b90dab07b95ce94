import type { Page } from '@playwright/test';
import { restoreRegistry } from './backup-fixture';
import { cultivationRegistry } from './cultivation-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const fixture = cultivationRegistry();
const editLabel = `修改培育计划：${fixture.keyPark}`;

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name });
}

function keyCard(page: Page) {
  return page.getByRole('article', { name: fixture.keyPark });
}

/** Moves the key park's target year through the plan editor, as a manager would. */
async function setTargetYear(page: Page, year: string) {
  await nav(page, '百亿园区培育').click();
  await keyCard(page).getByRole('button', { name: '编辑计划' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('目标年份').fill(year);
  await editor.getByRole('button', { name: '保存计划' }).click();
  await expect(editor).toBeHidden();
  await expect(keyCard(page)).toContainText(`（${year}年）`);
}

function changeSet(page: Page, label: string) {
  return page
    .getByRole('list', { name: '变更记录' })
    .getByRole('listitem', { name: label, exact: true })
    .first();
}

test('an edit shows in 变更记录 with old → new, and undo and redo put the value back and forth', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await setTargetYear(page, '2028');

  // The plan's own history, on its card.
  await keyCard(page).getByRole('button', { name: '修改历史' }).click();
  const planHistory = keyCard(page).getByRole('region', { name: '修改历史' });
  await expect(planHistory).toContainText(editLabel);
  await expect(planHistory.getByRole('row', { name: /目标年份/ })).toContainText('2027年');
  await expect(planHistory.getByRole('row', { name: /目标年份/ })).toContainText('2028年');
  await saveScreenshot(page, 'cultivation-plan-history');

  await nav(page, '变更记录').click();
  await expect(page.getByRole('heading', { level: 1, name: '变更记录' })).toBeVisible();
  const edit = changeSet(page, editLabel);
  await expect(edit).toContainText('手工编辑');
  await expect(edit).toContainText('1 条记录');
  await edit.getByRole('button', { name: '查看明细' }).click();
  const field = edit.getByRole('row', { name: /目标年份/ });
  await expect(field).toContainText('2027年');
  await expect(field).toContainText('2028年');
  await expect(edit).toContainText(`培育计划：${fixture.keyPark}`);
  // The restore that brought the registry in is listed too, as a restore.
  await expect(page.getByRole('list', { name: '变更记录' })).toContainText('从备份');
  await saveScreenshot(page, 'history-detail');

  await edit.getByRole('button', { name: `撤销“${editLabel}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已撤销：${editLabel}` })).toBeVisible();
  await expect(edit.getByRole('button', { name: `重做“${editLabel}”` })).toBeVisible();
  await saveScreenshot(page, 'history-undone');
  await nav(page, '百亿园区培育').click();
  await expect(keyCard(page)).toContainText('（2027年）');
  await expect(keyCard(page).getByTestId('plan-status')).toHaveText('滞后');

  await nav(page, '变更记录').click();
  await changeSet(page, editLabel)
    .getByRole('button', { name: `重做“${editLabel}”` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `已重做：${editLabel}` })).toBeVisible();
  await nav(page, '百亿园区培育').click();
  await expect(keyCard(page)).toContainText('（2028年）');
  await expect(keyCard(page).getByTestId('plan-status')).toHaveText('按计划');
  expect(consoleErrors).toEqual([]);
});

test('Ctrl+Z and Ctrl+Y undo and redo the latest change anywhere, but not while typing', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await setTargetYear(page, '2029');
  const toast = page.locator('.history-toast');

  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText(`已撤销：${editLabel}`);
  await expect(keyCard(page)).toContainText('（2027年）');
  await saveScreenshot(page, 'history-shortcut-toast');

  await page.keyboard.press('Control+y');
  await expect(toast).toContainText(`已重做：${editLabel}`);
  await expect(keyCard(page)).toContainText('（2029年）');

  // In the editor, Ctrl+Z is the field's own: the plan stays as saved.
  await keyCard(page).getByRole('button', { name: '编辑计划' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('目标年份').fill('2031');
  await editor.getByLabel('目标年份').press('Control+z');
  await page.waitForTimeout(500);
  await expect(page.getByText(`已撤销：${editLabel}`)).toBeHidden();
  await editor.getByRole('button', { name: '取消' }).click();
  await expect(keyCard(page)).toContainText('（2029年）');
  expect(consoleErrors).toEqual([]);
});

test('undoing an older change that a later one built on is refused, with the way out', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await setTargetYear(page, '2028');
  await setTargetYear(page, '2030');

  await nav(page, '变更记录').click();
  const older = page
    .getByRole('list', { name: '变更记录' })
    .getByRole('listitem', { name: editLabel, exact: true })
    .nth(1);
  await older.getByRole('button', { name: `撤销“${editLabel}”` }).click();
  const refusal = page.getByRole('status').filter({ hasText: '无法撤销' });
  await expect(refusal).toContainText('请先撤销');
  await expect(refusal).toContainText('之后还有 1 次更改未撤销');
  await saveScreenshot(page, 'history-refused');

  // The way out: the latest first, then the older one.
  await page.getByRole('button', { name: `撤销：${editLabel}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已撤销：${editLabel}` })).toBeVisible();
  await older.getByRole('button', { name: `撤销“${editLabel}”` }).click();
  await expect(older.getByRole('button', { name: `重做“${editLabel}”` })).toBeVisible();
  await nav(page, '百亿园区培育').click();
  await expect(keyCard(page)).toContainText('（2027年）');
  expect(consoleErrors).toEqual([]);
});
