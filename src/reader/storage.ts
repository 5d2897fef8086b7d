/**
 * Storage that may be missing (private windows, server render), throw (quota, security policy)
 * or hold anything at all. Every read is validated by the caller's guard; every failure is silent,
 * because a lost preference must never stop anyone reading.
 */
export interface SafeStorage {
  read: <T>(key: string, guard: (value: unknown) => value is T) => T | undefined;
  write: (key: string, value: unknown) => void;
}

const PREFIX = 'kabar:';

export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  function storage(): Storage | undefined {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  }
  return {
    read(key, guard) {
      try {
        const raw = storage()?.getItem(PREFIX + key);
        if (raw === null || raw === undefined) return undefined;
        const value: unknown = JSON.parse(raw);
        return guard(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // Full or forbidden: the preference lasts for this visit only.
      }
    },
  };
}

/** Storage for a server render or a test: remembers nothing. */
export const noStorage: SafeStorage = createSafeStorage(() => undefined);

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export const storageKeys = {
  mode: 'mode',
  theme: 'theme',
  textSize: 'textSize',
  language: 'language',
  folded: (articleId: string) => `folded:${articleId}`,
} as const;
