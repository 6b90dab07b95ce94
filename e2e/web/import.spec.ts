import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { expect, saveScreenshot, switchLanguage, test } from './fixtures';

/** Valid-format credit codes (both check characters right), as on two business licences. */
const codes = { first: '91110108551385082Q', second: '91110000802100433B' } as const;
/** The second code with its last character mistyped, as a clerk might. */
const mistyped = `${codes.second.slice(0, 17)}C`;

type OfficeRow = readonly [number, string, string, string, string];

const officeRows: readonly OfficeRow[] = [
  [1, '北京星河文化传媒有限公司', codes.first, '031', '张三'],
  [2, '北京云杉设计有限公司', mistyped, '032', '李四'],
];

/** An enterprise list as an office sends it: a title row, the header, the records. */
function officeWorkbook(rows: readonly OfficeRow[] = officeRows): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['朝阳区文创园区入驻企业名单（2024年）'],
    ['序号', '企业名称', '统一社会信用代码', '所属行业', '联系人'],
    ...rows.map((row) => [...row]),
  ]);
  sheet['!merges'] = [XLSX.utils.decode_range('A1:E1')];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '企业名单');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** Reading and checking run in a worker; on a busy machine they take a few seconds. */
const slow = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

function nav(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name, exact: true });
}

/** The office's workbook (with these rows) picked through 选择工作簿… or, with one open, 换一个文件. */
async function chooseWorkbook(page: Page, rows?: readonly OfficeRow[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /选择工作簿…|换一个文件/ }).click();
  await (
    await chooser
  ).setFiles({
    name: '企业名单.xlsx',
    mimeType: 'application/octet-stream',
    buffer: officeWorkbook(rows),
  });
}

function previewRow(page: Page, name: string) {
  return page.locator('.import-grid').getByRole('row', { name: new RegExp(name) });
}

/** The office's workbook opened on a fresh 数据交换 page: one row ready, one with a mistyped code. */
async function openOfficeWorkbook(page: Page) {
  await page.goto('./?demo=off#/exchange');
  await chooseWorkbook(page);
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('可导入 1，有错误 1', slow);
  return counts;
}

/** The right code typed over the mistyped one in its cell, the editor still open. */
async function typeTheRightCode(page: Page) {
  await page.getByRole('gridcell', { name: mistyped, exact: true }).dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(codes.second);
}

test('a manager imports an office workbook, fixes a code in the preview, commits and undoes it', async ({
  page,
  consoleErrors,
}) => {
  // The preview: the sheet found, one row with an error at its cell, named in the list.
  const counts = await openOfficeWorkbook(page);
  await expect(page.getByRole('gridcell', { name: mistyped, exact: true })).toHaveClass(
    /cell-error/,
  );
  const problems = page.locator('.import-issues');
  await expect(problems).toContainText('第 4 行 C 列（统一社会信用代码）');
  await expect(problems).toContainText('营业执照');
  await saveScreenshot(page, 'import-preview-error');

  // Fixed in place: re-checked at once.
  await typeTheRightCode(page);
  await page.keyboard.press('Enter');
  await expect(counts).toContainText('可导入 2，有错误 0', slow);
  await expect(page.getByRole('gridcell', { name: codes.second, exact: true })).not.toHaveClass(
    /cell-error/,
  );
  await expect(page.locator('.import-issues')).toContainText('没有发现问题');
  await saveScreenshot(page, 'import-preview-fixed');

  await page.getByRole('button', { name: '与登记册比对' }).click();
  const comparison = page.locator('.import-comparison');
  await expect(comparison.locator('.count-new')).toContainText('2', slow);
  await saveScreenshot(page, 'import-comparison');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入“企业名单.xlsx”' })).toContainText(
    '新增 2 条',
    slow,
  );
  await saveScreenshot(page, 'import-committed');

  await nav(page, '企业').click();
  await expect(page.getByRole('gridcell', { name: '北京星河文化传媒有限公司' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: '北京云杉设计有限公司' })).toBeVisible();
  await saveScreenshot(page, 'import-enterprises');

  await nav(page, '变更记录').click();
  const label = '导入 企业名单.xlsx';
  const entry = page
    .getByRole('list', { name: '变更记录' })
    .getByRole('listitem', { name: label, exact: true })
    .first();
  await expect(entry).toBeVisible();
  await saveScreenshot(page, 'import-history');
  await entry.getByRole('button', { name: `撤销“${label}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已撤销：${label}` })).toBeVisible();

  await nav(page, '企业').click();
  await expect(page.getByRole('gridcell', { name: '北京星河文化传媒有限公司' })).toHaveCount(0);
  await saveScreenshot(page, 'import-undone');
  expect(consoleErrors).toEqual([]);
});

test('a fix typed in the preview is kept when the manager switches language before pressing Enter', async ({
  page,
  consoleErrors,
}) => {
  const counts = await openOfficeWorkbook(page);
  await typeTheRightCode(page);
  await switchLanguage(page, 'English');
  await expect(counts).toContainText('2 to import, 0 with errors', slow);
  await expect(page.getByRole('gridcell', { name: codes.second, exact: true })).toBeVisible();
  await switchLanguage(page, '中文');
  await expect(counts).toContainText('可导入 2，有错误 0');
  expect(consoleErrors).toEqual([]);
});

test('importing the same unchanged file again writes nothing and says so', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./?demo=off#/exchange');
  const importFile = async () => {
    await chooseWorkbook(page);
    await expect(page.getByTestId('import-counts')).toContainText('有错误 1', slow);
    await page.getByRole('checkbox', { name: '不导入此工作表' }).waitFor();
  };
  await importFile();
  // Leave the mistyped row out this time.
  await previewRow(page, '北京云杉设计有限公司').getByRole('checkbox').click();
  await expect(page.getByTestId('import-counts')).toContainText('已排除 1', slow);
  await page.getByRole('button', { name: '与登记册比对' }).click();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '新增 1 条' })).toBeVisible(slow);

  await importFile();
  await previewRow(page, '北京云杉设计有限公司').getByRole('checkbox').click();
  await page.getByRole('button', { name: '与登记册比对' }).click();
  await expect(page.getByRole('status').filter({ hasText: '没有变化' })).toBeVisible(slow);
  await expect(page.locator('.import-comparison .count-unchanged')).toContainText('1');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await saveScreenshot(page, 'import-no-changes');
  expect(consoleErrors).toEqual([]);
});

test('a manager takes the office’s new industry codes but keeps the contacts the park typed in', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./?demo=off#/exchange');
  const importFile = async (rows: readonly OfficeRow[]) => {
    await chooseWorkbook(page, rows);
    await expect(page.getByTestId('import-counts')).toContainText('有错误 0', slow);
    await page.getByRole('button', { name: '与登记册比对' }).click();
  };
  await importFile([[1, '北京星河文化传媒有限公司', codes.first, '031', '张三']]);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '新增 1 条' })).toBeVisible(slow);

  // The office's copy has another industry and another contact for the same enterprise.
  const edited: OfficeRow = [1, '北京星河文化传媒有限公司', codes.first, '032', '王五'];
  await importFile([edited]);
  const fields = page.getByRole('table', { name: '按字段处理' });
  const contactRow = fields.getByRole('row', { name: /联系人/ });
  await expect(contactRow).toContainText('1 处不同，写入 1 处', slow);
  await contactRow.getByRole('combobox', { name: '“联系人”的处理方式' }).selectOption('保留现有');
  await expect(contactRow).toContainText('1 处不同，写入 0 处', slow);
  await expect(page.locator('.import-changes')).toContainText('张三 → 王五 （按处理方式保留原值）');
  await expect(fields.getByRole('row', { name: /行业/ })).toContainText('写入 1 处');
  await saveScreenshot(page, 'import-field-policy');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改 1 条' })).toBeVisible(slow);

  // The same file again: the industry is now the registry's, the contact still the park's own.
  await importFile([edited]);
  await expect(page.locator('.import-changes')).toContainText('张三 → 王五', slow);
  await expect(fields.getByRole('row', { name: /联系人/ })).toBeVisible();
  await expect(fields.getByRole('row', { name: /行业/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
