/**
 * This installation's id, written into every exchange workbook so a returned or merged file
 * says which copy of the app exported it. Kept in this browser profile (or the desktop app's),
 * made once on first export.
 */
const storageKey = 'park-ledger.installation-id';

export function installationId(
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): string {
  const known = storage.getItem(storageKey);
  if (known !== null && known !== '') return known;
  const made = crypto.randomUUID();
  storage.setItem(storageKey, made);
  return made;
}
