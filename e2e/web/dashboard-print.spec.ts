/**
 * 总览 → 打印 / 保存为 PDF: the indicators sheet as the office files it, on A4 without the app
 * around it. The browser's print dialog cannot be driven, so the test records that it opened;
 * the desktop saves a PDF through main (e2e/desktop/pdf.spec.ts).
 */
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const registry = parkRegistry();

test.describe.configure({ timeout: 90_000 });

test('the overview prints as an indicators sheet without the sidebar', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, registry.backup);
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '总览', exact: true })
    .click();
  await page.evaluate(() => {
    Object.assign(window, { printCalls: 0 });
    window.print = () => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls += 1;
    };
  });

  await page.getByRole('button', { name: '打印 / 保存为 PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已打开打印对话框' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(
    1,
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '功能导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印 / 保存为 PDF' })).toBeHidden();
  await expect(page.getByRole('region', { name: '营业收入', exact: true })).toBeVisible();
  await saveScreenshot(page, 'dashboard-print');
  expect(consoleErrors).toEqual([]);
});
