import { expect, test, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import {
  answerOpenDialog,
  appEnvironment,
  clickMenuItem,
  electronPath,
  freshConfigHome,
  launchDesktopApp,
  menuLabels,
  recordedMenuCommands,
  recordMenuCommands,
  skipWithoutElectron,
} from './electron-app';

skipWithoutElectron();

/** A workbook on disk, as the district office sends it (the content is not parsed here). */
function workbookFile(name: string, sizeBytes = 2048): string {
  const filePath = path.join(freshConfigHome(), name);
  writeFileSync(filePath, Buffer.alloc(sizeBytes, 1));
  return filePath;
}

function windowTitle(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
}

test('the app opens in Chinese, with its menu and its name in the title', async () => {
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
    expect(await menuLabels(app)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(await windowTitle(app)).toBe('园区台账');
  } finally {
    await app.close();
  }
});

test('the menu and the title follow the UI into English', async () => {
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await page
      .getByRole('navigation', { name: '功能导航' })
      .getByRole('link', { name: '设置' })
      .click();
    await page
      .getByRole('group', { name: '语言' })
      .first()
      .getByRole('button', { name: 'English' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect.poll(() => menuLabels(app)).toEqual(['File', 'Edit', 'View', 'Help']);
    await page.evaluate(() => window.desktop?.setWindowTitle({ scope: 'My parks', dirty: true }));
    expect(await windowTitle(app)).toBe('My parks (unsaved) — Park Ledger');
  } finally {
    await app.close();
  }
});

test('文件 → 导入… from any section opens 数据交换 and reads the workbook picked in the dialog', async () => {
  const workbook = path.join(freshConfigHome(), '园区名录.xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['企业名称', '统一社会信用代码'],
    ['北京星河影视文化有限公司', '91110105MA01ABCD1X'],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '企业');
  XLSX.writeFile(book, workbook);
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    // The native dialog is answered by the test, before the menu opens it.
    await answerOpenDialog(app, [workbook]);
    await clickMenuItem(app, 'import');
    await expect(page.getByRole('heading', { level: 1, name: '数据交换' })).toBeVisible();
    await expect(page.getByText('已读取“园区名录.xlsx”')).toBeVisible();

    const recent = await app.evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('recent-0')?.label,
    );
    expect(recent).toBe('1  园区名录.xlsx');
  } finally {
    await app.close();
  }
});

test('文件 → 导出… from any section opens 数据交换 at its export choices', async () => {
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await clickMenuItem(app, 'export');
    await expect(page.getByRole('heading', { level: 2, name: '导出' })).toBeFocused();
  } finally {
    await app.close();
  }
});

test('a workbook the app is started with reaches the renderer once it listens', async () => {
  const workbook = workbookFile('2024年1-10月营收.xlsx', 4096);
  const app = await launchDesktopApp(freshConfigHome(), [workbook]);
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    // Subscribing late on purpose: the workbook is held until someone listens.
    await recordMenuCommands(page);
    await expect
      .poll(() => recordedMenuCommands(page))
      .toContainEqual({ command: 'openWorkbook', name: '2024年1-10月营收.xlsx', size: 4096 });
  } finally {
    await app.close();
  }
});

test('a workbook opened from the file manager while the app runs goes to the running app', async () => {
  const configHome = freshConfigHome();
  const workbook = workbookFile('园区名录.csv', 512);
  const app = await launchDesktopApp(configHome);
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await recordMenuCommands(page);
    // A second launch, as a double-click in the file manager makes: it hands its arguments to
    // the running app (second-instance) and quits.
    const second = spawn(electronPath(), ['.', workbook], { env: appEnvironment(configHome) });
    await new Promise((resolve) => second.on('exit', resolve));
    await expect
      .poll(() => recordedMenuCommands(page))
      .toContainEqual({ command: 'openWorkbook', name: '园区名录.csv', size: 512 });
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('编辑 → 撤销 and 重做 go to the renderer, which owns the change history', async () => {
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await recordMenuCommands(page);
    await clickMenuItem(app, 'undo');
    await clickMenuItem(app, 'redo');
    await expect
      .poll(() => recordedMenuCommands(page))
      .toEqual([{ command: 'undo' }, { command: 'redo' }]);
  } finally {
    await app.close();
  }
});
