import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  answerSaveDialog,
  freshConfigHome,
  launchDesktopApp,
  skipWithoutElectron,
} from './electron-app';

skipWithoutElectron();

test('a report is printed to an A4 PDF and saved where the user chose', async () => {
  const app = await launchDesktopApp();
  try {
    const page = await app.firstWindow();
    await page
      .getByRole('navigation', { name: '功能导航' })
      .getByRole('link', { name: '百亿园区培育' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '百亿园区培育' })).toBeVisible();
    const target = path.join(freshConfigHome(), '百亿园区培育报告.pdf');
    await answerSaveDialog(app, target);
    // The report screens' "保存为 PDF" buttons are being built; the test calls what they will.
    const result = await page.evaluate(() =>
      window.desktop?.savePdf({ suggestedName: '百亿园区培育报告', title: '将培育报告保存为 PDF' }),
    );
    expect(result).toEqual({ savedAs: target });
    const pdf = readFileSync(target).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // A4 is 595 × 842 points; Chromium rounds slightly differently between versions.
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    // The page's Chinese headings are drawn with an embedded font (a CJK font must be installed).
    expect(pdf).toMatch(/\/FontFile[23]?/);
  } finally {
    await app.close();
  }
});
