/**
 * What the desktop remembers in userData/desktop-settings.json besides the window: the UI
 * language (so the menu is right before the renderer has loaded), the backup folder when the
 * user moved it, and the recently opened workbooks.
 */
import { z } from 'zod';
import { desktopLanguages } from '../shared/desktop/desktop-api';

export const maxRecentFiles = 10;

const desktopSettingsSchema = z.object({
  language: z.enum(desktopLanguages).catch('zh-CN'),
  /** Absolute path of a user-chosen backup folder; null for the default one in userData. */
  backupFolder: z.string().min(1).max(4096).nullable().catch(null),
  recentFiles: z.array(z.string().min(1).max(4096)).max(maxRecentFiles).catch([]),
});

export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const defaultDesktopSettings: DesktopSettings = {
  language: 'zh-CN',
  backupFolder: null,
  recentFiles: [],
};

/** Reads saved settings; a damaged field falls back to its default without losing the others. */
export function parseDesktopSettings(text: string | null): DesktopSettings {
  if (text === null) return defaultDesktopSettings;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaultDesktopSettings;
  }
  const result = desktopSettingsSchema.safeParse(json);
  return result.success ? result.data : defaultDesktopSettings;
}

/** The recent list with `filePath` moved to the top, as file managers and office suites do. */
export function withRecentFile(recentFiles: readonly string[], filePath: string): string[] {
  return [filePath, ...recentFiles.filter((recent) => recent !== filePath)].slice(
    0,
    maxRecentFiles,
  );
}
