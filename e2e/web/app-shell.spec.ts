import { expect, saveScreenshot, switchLanguage, test } from './fixtures';

const sections = [
  { id: 'dashboard', zh: '总览', en: 'Overview' },
  { id: 'parks', zh: '园区', en: 'Parks' },
  { id: 'enterprises', zh: '企业', en: 'Enterprises' },
  { id: 'revenueEntry', zh: '营收填报', en: 'Revenue entry' },
  { id: 'cultivation', zh: '百亿园区培育', en: '10-billion parks' },
  { id: 'exchange', zh: '数据交换', en: 'Data exchange' },
  { id: 'history', zh: '变更记录', en: 'Change history' },
  { id: 'settings', zh: '设置', en: 'Settings' },
] as const;

test('the shell opens in Chinese with no console errors', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '功能导航' }).getByRole('link')).toHaveCount(
    sections.length,
  );
  expect(consoleErrors).toEqual([]);
});

test('a manager can reach every section from the sidebar', async ({ page, consoleErrors }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '功能导航' });
  for (const section of sections) {
    await nav.getByRole('link', { name: section.zh, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${section.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: section.zh })).toBeVisible();
    await expect(nav.getByRole('link', { name: section.zh, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await saveScreenshot(page, `section-${section.id}`);
  }
  expect(consoleErrors).toEqual([]);
});

test('once the app has loaded its sections, each opens at once, without a loading message', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
  // The sections' code is fetched while the app is idle after its start.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { loadingSeen: seen });
    new MutationObserver(() => {
      if (document.querySelector('.section-loading') !== null) seen.push(location.hash);
    }).observe(document.body, { childList: true, subtree: true });
  });
  const nav = page.getByRole('navigation', { name: '功能导航' });
  for (const section of sections) {
    await nav.getByRole('link', { name: section.zh, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: section.zh })).toBeVisible();
  }
  expect(
    await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen),
  ).toEqual([]);
});

test('reload keeps the section the manager was on', async ({ page }) => {
  await page.goto('./#/parks');
  await expect(page.getByRole('heading', { level: 1, name: '园区' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '园区' })).toBeVisible();
});

test('switching to English translates the shell and is remembered', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./#/settings');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const section of sections) {
    await expect(nav.getByRole('link', { name: section.en, exact: true })).toBeVisible();
  }
  await saveScreenshot(page, 'settings-english');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await switchLanguage(page, '中文');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('settings says plainly what only the desktop app can do', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByTestId('environment')).toContainText('浏览器版');
  await expect(page.getByTestId('environment')).toContainText('仅桌面版提供');
});

test('the browser twin reads a workbook the manager picks', async ({ page, consoleErrors }) => {
  await page.goto('./#/exchange');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择工作簿…' }).click();
  await (
    await chooser
  ).setFiles({
    name: '园区名录.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.alloc(2048, 1),
  });
  // Read and checked in the import's worker, which loads its code on the first visit.
  await expect(page.getByRole('status').filter({ hasText: '园区名录.xlsx' })).toContainText(
    '2.0 KB',
    { timeout: 30_000 },
  );
  await saveScreenshot(page, 'exchange-picked');
  expect(consoleErrors).toEqual([]);
});
