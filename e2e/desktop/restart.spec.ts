import { expect, test } from '@playwright/test';
import { freshConfigHome, launchDesktopApp, menuLabels, skipWithoutElectron } from './electron-app';

skipWithoutElectron();

const probe = { id: 'park-1', name: '郎园Vintage' };

test('the data and the language survive a restart of the same installation', async () => {
  const configHome = freshConfigHome();
  let app = await launchDesktopApp(configHome);
  try {
    const page = await app.firstWindow();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    // The registry's screens are being built: the test stores a record in the app's own
    // IndexedDB origin (app://park-ledger), where the registry keeps its tables.
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('e2e-restart-probe', 1);
          request.onupgradeneeded = () =>
            request.result.createObjectStore('parks', { keyPath: 'id' });
          request.onerror = () => reject(request.error ?? new Error('open failed'));
          request.onsuccess = () => {
            const transaction = request.result.transaction('parks', 'readwrite');
            transaction.objectStore('parks').put(record);
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
          };
        }),
      probe,
    );
    await page
      .getByRole('navigation', { name: '功能导航' })
      .getByRole('link', { name: '设置' })
      .click();
    await page
      .getByRole('group', { name: '语言' })
      .first()
      .getByRole('button', { name: 'English' })
      .click();
    await expect.poll(() => menuLabels(app)).toEqual(['File', 'Edit', 'View', 'Help']);
  } finally {
    await app.close();
  }

  app = await launchDesktopApp(configHome);
  try {
    const page = await app.firstWindow();
    // A restart opens on the overview, in the language chosen before.
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    expect(await menuLabels(app)).toEqual(['File', 'Edit', 'View', 'Help']);
    const stored = await page.evaluate(
      (id) =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('e2e-restart-probe', 1);
          request.onerror = () => reject(request.error ?? new Error('open failed'));
          request.onsuccess = () => {
            const read = request.result.transaction('parks').objectStore('parks').get(id);
            read.onsuccess = () => {
              request.result.close();
              resolve(read.result);
            };
          };
        }),
      probe.id,
    );
    expect(stored).toEqual(probe);
  } finally {
    await app.close();
  }
});
