import { expect, test } from '@playwright/test';
import { contentSecurityPolicyHeader } from '../../shared/desktop/content-security-policy';
import { electronBinary, launchDesktopApp } from './electron-app';

const binary = electronBinary();
if ('skipReason' in binary) console.warn(`desktop specs skipped: ${binary.skipReason}`);
test.skip('skipReason' in binary, 'skipReason' in binary ? binary.skipReason : '');

test.describe('the desktop app is locked down', () => {
  test('the renderer has no Node and exactly one bridge object', async () => {
    if (!('path' in binary)) return;
    const app = await launchDesktopApp(binary.path);
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/park-ledger\//);
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        desktopKeys: Object.keys(window.desktop ?? {}).sort(),
      }));
      expect(globals).toEqual({
        require: 'undefined',
        process: 'undefined',
        desktopKeys: ['appInfo', 'openFile', 'saveFile'],
      });
      const info = await page.evaluate(() => window.desktop?.appInfo());
      expect(info?.shell).toBe('desktop');
    } finally {
      await app.close();
    }
  });

  test('navigation away and new windows are blocked', async () => {
    if (!('path' in binary)) return;
    const app = await launchDesktopApp(binary.path);
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/park-ledger\//);
      await page.evaluate(() => window.open('https://example.org/', '_blank'));
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('the renderer is served from app:// with the strict CSP header', async () => {
    if (!('path' in binary)) return;
    const app = await launchDesktopApp(binary.path);
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const csp = await page.evaluate(async () => {
        const response = await fetch('/index.html');
        return response.headers.get('content-security-policy');
      });
      expect(csp).toBe(contentSecurityPolicyHeader);
    } finally {
      await app.close();
    }
  });
});
