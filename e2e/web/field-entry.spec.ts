import type { Page } from '@playwright/test';
import { creditCodeFor, parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const registry = parkRegistry();
/** The new tenant's code: valid, and not in the registry. */
const newCode = creditCodeFor(301);
const newName = '北京青禾动漫有限公司';

async function openEntryForm(page: Page) {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '企业' })
    .click();
  await expect(page.getByRole('link', { name: /新增企业/ })).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: '新增企业' })).toBeVisible();
  await expect(page.getByLabel('统一社会信用代码')).toBeFocused();
}

function codeHint(page: Page) {
  return page.locator('#entry-creditCode-hint');
}

// Restoring the registry and typing a whole form take a while on a shared CI machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await restoreRegistry(page, registry.backup);
});

test('a manager adds a tenant by keyboard only, correcting a mistyped credit code on the way', async ({
  page,
  consoleErrors,
}) => {
  await openEntryForm(page);
  await saveScreenshot(page, 'field-entry-empty');

  // An O typed for a 0 is caught at once, with the fix one key away.
  const withLetterO = newCode.slice(0, 9).replace(/0(?=[^0]*$)/, 'O');
  await page.keyboard.type(withLetterO);
  await expect(codeHint(page)).toContainText(
    `第${withLetterO.lastIndexOf('O') + 1}位含有不允许的字母 O（是否应为数字 0？）`,
  );
  await expect(codeHint(page)).toContainText(`是否应为 ${newCode.slice(0, 9)}？`);
  await saveScreenshot(page, 'field-entry-lookalike');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(newCode.slice(0, 9));
  await expect(codeHint(page)).toHaveText('已输入9位，还差9位');

  // A wrong check character: the exact character and what it should be.
  const wrongCheck = newCode.endsWith('A') ? 'B' : 'A';
  await page.keyboard.type(newCode.slice(9, 17) + wrongCheck);
  await expect(codeHint(page)).toHaveText(
    `第18位校验码应为 ${newCode.slice(17)}，实为 ${wrongCheck}（按前17位计算；请对照营业执照逐位核对）`,
  );
  await saveScreenshot(page, 'field-entry-wrong-check');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(newCode.slice(17));
  await expect(codeHint(page)).toHaveText('18位，校验通过');

  // Enter walks the form in the order the manager fills it.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('企业名称')).toBeFocused();
  await page.keyboard.type(newName);
  await page.keyboard.press('Enter');
  await page.keyboard.type('星河');
  await expect(page.getByRole('option', { name: registry.parkName })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('所在园区')).toHaveValue(registry.parkName);
  await expect(page.getByLabel('楼栋')).toBeFocused();
  await page.keyboard.type('B座');
  await page.keyboard.press('Enter');
  await page.keyboard.type('502');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1,280');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2024/9/1');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('行业中类')).toBeFocused();
  await page.keyboard.type('动漫');
  await expect(page.getByRole('listbox')).toBeVisible();
  await saveScreenshot(page, 'field-entry-industry-picker');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('行业中类')).toHaveValue('024 数字内容服务');
  await expect(page.getByLabel('数字文化')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.keyboard.type('刘青');
  await page.keyboard.press('Enter');
  await page.keyboard.type('010-6588 1234');
  await saveScreenshot(page, 'field-entry-filled');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText(
    `已保存「${newName}」，入驻「${registry.parkName}」。`,
  );
  // The form is ready for the next tenant of the same park.
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue('');
  await expect(page.getByLabel('统一社会信用代码')).toBeFocused();
  await expect(page.getByLabel('所在园区')).toHaveValue(registry.parkName);
  await saveScreenshot(page, 'field-entry-saved');

  // The new tenant is listed with the others.
  await page.getByRole('link', { name: '返回企业列表' }).click();
  await page.getByLabel('快速查找').fill('青禾');
  await expect(page.getByRole('gridcell', { name: newName })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a half-filled form survives a reload as a draft, and Esc asks before throwing it away', async ({
  page,
}) => {
  await openEntryForm(page);
  await page.keyboard.type(newCode);
  await page.keyboard.press('Enter');
  await page.keyboard.type(newName);
  await page.waitForTimeout(600);
  await page.reload();

  await expect(page.getByRole('note')).toContainText('自动保存的草稿');
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(newCode);
  await expect(page.getByLabel('企业名称')).toHaveValue(newName);
  await saveScreenshot(page, 'field-entry-draft-restored');

  await page.getByLabel('企业名称').press('Escape');
  const dialog = page.getByRole('dialog', { name: '放弃已填写的内容？' });
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, 'field-entry-confirm-discard');
  await dialog.getByRole('button', { name: '继续填写' }).click();
  await expect(page.getByLabel('企业名称')).toHaveValue(newName);

  await page.getByLabel('企业名称').press('Escape');
  await dialog.getByRole('button', { name: '放弃' }).click();
  await expect(page.getByLabel('企业名称')).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue('');
});

test('a code already registered in another park moves that enterprise here instead of duplicating it', async ({
  page,
  consoleErrors,
}) => {
  const { elsewhere } = registry;
  await openEntryForm(page);
  await page.keyboard.type(elsewhere.creditCode);
  const notice = page.getByRole('status').filter({ hasText: '此信用代码已登记' });
  await expect(notice).toContainText(elsewhere.name);
  await expect(notice).toContainText(registry.otherParkName);

  await page.keyboard.press('Enter');
  // The registered profile is kept: its name is shown, not asked for.
  await expect(page.getByLabel('企业名称')).toHaveValue(elsewhere.name);
  await expect(page.getByLabel('所在园区')).toBeFocused();
  await page.keyboard.type('星河');
  await page.keyboard.press('Enter');
  await page.keyboard.type('C座');
  await page.keyboard.press('Enter');
  await page.keyboard.type('101');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2024-10-08');
  await expect(notice).toContainText('可迁入本园区');
  await saveScreenshot(page, 'field-entry-registered-elsewhere');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /迁入本园区/ })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: '已将' })).toHaveText(
    `已将「${elsewhere.name}」迁入「${registry.parkName}」，原在「${registry.otherParkName}」的入驻记录迁出日期为 2024-10-08。 查看该企业`,
  );
  await saveScreenshot(page, 'field-entry-moved');

  // Typing the code again now finds it here, with a link rather than an action.
  await page.keyboard.type(elsewhere.creditCode);
  await expect(page.getByRole('status').filter({ hasText: '无需重复录入' })).toContainText(
    registry.parkName,
  );
  await saveScreenshot(page, 'field-entry-already-here');

  // One enterprise, now in this park.
  await page.getByRole('link', { name: '返回企业列表' }).click();
  await page.getByLabel('快速查找').fill('远山');
  // Counted, not just found: the count waits for the search to narrow the grid to one row.
  await expect(page.getByRole('gridcell', { name: elsewhere.name })).toHaveCount(1);
  await expect(page.getByRole('gridcell', { name: registry.parkName })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
