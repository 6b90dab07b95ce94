/**
 * Durability of the browser storage the registry lives in. Without persistence the browser may
 * evict IndexedDB under storage pressure, and the registry is the user's only copy, so the app
 * asks for it; 设置 shows the answer and how much space is used. Every API here may be missing
 * (older browsers, tests, some embedded views): then the answer is 'unsupported', not an error.
 */

/** The parts of StorageManager used here, each possibly absent. */
export interface StorageManagerLike {
  readonly persist?: () => Promise<boolean>;
  readonly persisted?: () => Promise<boolean>;
  readonly estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

export interface StorageStatus {
  readonly persistence: Persistence;
  /** Bytes this origin uses, when the browser says. */
  readonly usageBytes?: number;
  /** Bytes it may use in all, when the browser says. */
  readonly quotaBytes?: number;
}

function browserStorage(): StorageManagerLike | undefined {
  const navigatorLike = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return navigatorLike?.storage;
}

/** Asks the browser to keep the registry's storage; resolves to what it answered. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<Persistence> {
  if (storage?.persist === undefined) return 'unsupported';
  try {
    if ((await storage.persisted?.()) === true) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

async function persistenceOf(storage: StorageManagerLike | undefined): Promise<Persistence> {
  if (storage?.persisted === undefined) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Whether storage is persistent and how much is used, for 设置. */
export async function readStorageStatus(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageStatus> {
  const persistence = await persistenceOf(storage);
  if (storage?.estimate === undefined) return { persistence };
  try {
    const estimate = await storage.estimate();
    return {
      persistence,
      ...(estimate.usage === undefined ? {} : { usageBytes: estimate.usage }),
      ...(estimate.quota === undefined ? {} : { quotaBytes: estimate.quota }),
    };
  } catch {
    return { persistence };
  }
}
