import { expect, test, type ElectronApplication } from '@playwright/test';
import { contentSecurityPolicyHeader } from '../../shared/desktop/content-security-policy';
import { desktopChannels } from '../../shared/desktop/desktop-api';
import { launchDesktopApp, skipWithoutElectron } from './electron-app';

skipWithoutElectron();

let app: ElectronApplication;

test.beforeEach(async () => {
  app = await launchDesktopApp();
});

test.afterEach(async () => {
  await app.close();
});

/** Replaces the confirmation dialog and the system browser with recorders; `answer` is the button. */
async function recordExternalLinks(answer: 0 | 1): Promise<void> {
  await app.evaluate(({ dialog, shell }, button) => {
    const record = globalThis as unknown as { asked: string[]; opened: string[] };
    record.asked = [];
    record.opened = [];
    dialog.showMessageBox = (...args: unknown[]) => {
      const options = args.at(-1) as { detail?: string };
      record.asked.push(options.detail ?? '');
      return Promise.resolve({ response: button, checkboxChecked: false });
    };
    shell.openExternal = (url: string) => {
      record.opened.push(url);
      return Promise.resolve();
    };
  }, answer);
}

function externalLinkRecord() {
  return app.evaluate(() => {
    const record = globalThis as unknown as { asked: string[]; opened: string[] };
    return { asked: record.asked, opened: record.opened };
  });
}

test.describe('the desktop app is locked down', () => {
  test('the renderer has no Node and exactly one bridge object', async () => {
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
      desktopKeys: [...Object.keys(desktopChannels), 'onMenuCommand'].sort(),
    });
    const info = await page.evaluate(() => window.desktop?.appInfo());
    expect(info?.shell).toBe('desktop');
  });

  test('navigation away and new windows are blocked', async () => {
    await recordExternalLinks(1);
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/park-ledger\//);
    await page.evaluate(() => window.open('https://example.org/', '_blank'));
    await page.evaluate(() => window.open('app://park-ledger/index.html', '_blank'));
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect((await externalLinkRecord()).opened).toEqual([]);
  });

  test('an external link opens in the browser only after the user confirms', async () => {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const clickExternalLink = (href: string) =>
      page.evaluate((url) => {
        const link = document.createElement('a');
        link.href = url;
        link.target = '_blank';
        link.textContent = '朝阳区政府网站';
        document.body.append(link);
        link.click();
        link.remove();
      }, href);

    await recordExternalLinks(1);
    await clickExternalLink('https://www.bjchy.gov.cn/');
    await expect
      .poll(async () => (await externalLinkRecord()).asked)
      .toEqual(['https://www.bjchy.gov.cn/']);
    expect((await externalLinkRecord()).opened).toEqual([]);

    await recordExternalLinks(0);
    await clickExternalLink('https://www.bjchy.gov.cn/');
    await expect
      .poll(async () => (await externalLinkRecord()).opened)
      .toEqual(['https://www.bjchy.gov.cn/']);
    expect(app.windows()).toHaveLength(1);
  });

  test('a file: link is neither opened nor offered', async () => {
    await recordExternalLinks(0);
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => window.open('file:///etc/passwd', '_blank'));
    await page.waitForTimeout(500);
    expect(await externalLinkRecord()).toEqual({ asked: [], opened: [] });
  });

  test('permission requests and remote requests are refused', async () => {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const outcome = await page.evaluate(async () => ({
      notifications: await Notification.requestPermission(),
      remoteFetch: await fetch('https://example.org/')
        .then(() => 'loaded')
        .catch(() => 'refused'),
    }));
    expect(outcome).toEqual({ notifications: 'denied', remoteFetch: 'refused' });
  });

  test('the renderer is served from app:// with the strict CSP header', async () => {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const csp = await page.evaluate(async () => {
      const response = await fetch('/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(csp).toBe(contentSecurityPolicyHeader);
  });
});
