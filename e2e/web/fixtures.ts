import { test as base, expect, type Page } from '@playwright/test';

/** Each page collects its console errors and uncaught exceptions; a test ends by asserting none. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

export const screenshotDir = 'test-results/screenshots';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** Switches the app's language by its switch, named in the language the screen is in now. */
export async function switchLanguage(page: Page, to: 'English' | '中文'): Promise<void> {
  await page
    .getByRole('group', { name: to === 'English' ? '语言' : 'Language' })
    .first()
    .getByRole('button', { name: to })
    .click();
}
