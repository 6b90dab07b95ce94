import type { Page } from '@playwright/test';
import { restoreRegistry } from './backup-fixture';
import { cultivationRegistry } from './cultivation-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const fixture = cultivationRegistry();

async function openBoard(page: Page) {
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '百亿园区培育' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '百亿园区培育' })).toBeVisible();
}

function card(page: Page, park: string) {
  return page.getByRole('article', { name: park });
}

test('the board shows each park’s way to 100亿 and a plan edit moves its status', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await openBoard(page);

  const key = card(page, fixture.keyPark);
  await expect(key.getByTestId('plan-status')).toHaveText('滞后');
  await expect(key.getByTestId('plan-share')).toHaveText('50.0%');
  await expect(key.getByTestId('plan-achieved')).toHaveText('25.0%');
  await expect(key.getByTestId('plan-required')).toHaveText('26.0%');
  await expect(key.getByTestId('plan-reason')).toContainText('基准年以来年均增长25.0%');
  await expect(key.getByRole('progressbar', { name: '目标完成度' })).toHaveAttribute(
    'aria-valuenow',
    '50',
  );
  // 1–6月 2025 × 12/6 is an estimate, and says so.
  const reserve = card(page, fixture.reservePark);
  await expect(reserve).toContainText('估计值 ×12/6');
  await expect(reserve).toContainText('2025年度（按1-6月×12/6折算的估计值）');
  await expect(page.getByTestId('board-summary')).toHaveText(
    '共 2 个园区在培育：已达标 0，按计划 0，滞后 2，数据不足 0',
  );
  await expect(key.getByRole('img', { name: /营业收入走势与预测/ })).toBeVisible();
  await saveScreenshot(page, 'cultivation-board');

  // A baseline year after the target year is refused beside the field, and nothing is saved.
  await key.getByRole('button', { name: '编辑计划' }).click();
  const editor = page.getByRole('dialog', { name: `编辑培育计划：${fixture.keyPark}` });
  await editor.getByLabel('基准年份').fill('2030');
  await editor.getByRole('button', { name: '保存计划' }).click();
  await expect(editor.getByText('目标年份应晚于基准年份')).toBeVisible();
  await expect(editor.getByLabel('目标年份')).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, 'cultivation-editor-error');

  // One more year to go: 18.9% a year is needed, less than the 25% achieved.
  await editor.getByLabel('基准年份').fill('2023');
  await editor.getByLabel('目标年份').fill('2028');
  await editor.getByLabel('目标年份').press('Enter');
  await expect(editor).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `已保存“${fixture.keyPark}”的培育计划。` }),
  ).toBeVisible();
  await expect(key.getByTestId('plan-status')).toHaveText('按计划');
  await expect(key.getByTestId('plan-required')).toHaveText('18.9%');
  await expect(key).toContainText('距目标 100.00 亿元（2028年）');
  await saveScreenshot(page, 'cultivation-board-after-edit');
  expect(consoleErrors).toEqual([]);
});

test('ticking a milestone records the day it was done and survives reload', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await openBoard(page);
  const reserve = card(page, fixture.reservePark);
  const milestone = reserve.getByRole('listitem').filter({ hasText: fixture.overdueMilestone });
  await expect(milestone.getByText('已逾期')).toBeVisible();

  await milestone
    .getByRole('checkbox', { name: `标记“${fixture.overdueMilestone}”已完成` })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: `已将“${fixture.overdueMilestone}”标记为完成。` }),
  ).toBeVisible();
  await expect(milestone.getByRole('checkbox')).toBeChecked();
  await expect(milestone).toContainText(/\d{4}-\d{2}-\d{2} 完成/);
  await expect(milestone.getByText('已逾期')).toBeHidden();
  await saveScreenshot(page, 'cultivation-milestone-ticked');

  await page.reload();
  await expect(
    card(page, fixture.reservePark)
      .getByRole('listitem')
      .filter({ hasText: fixture.overdueMilestone })
      .getByRole('checkbox'),
  ).toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test('the report prints one park per A4 page without the app around it', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, fixture.backup);
  await openBoard(page);
  // The print dialog cannot be driven; record which parks were on the page when it opened.
  await page.evaluate(() => {
    const printed: string[][] = [];
    Object.assign(window, { printed });
    window.print = () => {
      const headings = document.querySelectorAll<HTMLElement>(
        '.plan-card[data-print="include"] h2',
      );
      printed.push(Array.from(headings, (heading: HTMLElement) => heading.innerText));
    };
  });
  await card(page, fixture.reservePark).getByRole('button', { name: '打印本园区' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已打开打印对话框。' })).toBeVisible();
  await page.getByRole('button', { name: '打印全部' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: string[][] }).printed)).toEqual(
    [[fixture.reservePark], [fixture.keyPark, fixture.reservePark]],
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '百亿园区培育进度报告' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '功能导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印全部' })).toBeHidden();
  await expect(card(page, fixture.keyPark).getByRole('button', { name: '编辑计划' })).toBeHidden();
  expect(
    await card(page, fixture.keyPark).evaluate((element) => getComputedStyle(element).breakAfter),
  ).toBe('page');
  await saveScreenshot(page, 'cultivation-print');
  expect(consoleErrors).toEqual([]);
});

test('with no plan yet, the board offers to plan the tiered parks', async ({
  page,
  consoleErrors,
}) => {
  const empty = cultivationRegistry({ withPlans: false });
  await restoreRegistry(page, empty.backup);
  await openBoard(page);
  await expect(page.getByText('还没有培育计划。')).toBeVisible();
  await saveScreenshot(page, 'cultivation-empty');

  await page.getByRole('button', { name: `为“${empty.unplannedPark}”制定计划` }).click();
  const editor = page.getByRole('dialog', { name: '新建培育计划' });
  await expect(editor.getByLabel('园区')).toHaveValue(/.+/);
  await expect(editor.getByLabel('目标年营业收入（亿元）')).toHaveValue('100');
  await editor.getByLabel('基准年份').fill('2024');
  await editor.getByLabel('基准年营业收入（亿元）').fill('12');
  await editor.getByRole('button', { name: '添加里程碑' }).click();
  await editor.getByRole('textbox', { name: '名称 1' }).fill('引进领军企业');
  await editor.getByLabel('截止日期 1').fill('2099-06-30');
  await saveScreenshot(page, 'cultivation-editor-new');
  await editor.getByRole('button', { name: '保存计划' }).click();

  const created = card(page, empty.unplannedPark);
  await expect(created).toBeVisible();
  await expect(created.getByTestId('plan-status')).toHaveText('数据不足');
  await expect(created.getByTestId('plan-reason')).toContainText('基准年（2024年）之后尚无数据');
  await expect(created.getByRole('listitem').filter({ hasText: '引进领军企业' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
