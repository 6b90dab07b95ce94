/**
 * What the desktop remembers between runs: the window's size and position (never
 * restored off every screen, as after a laptop leaves its second monitor) and the
 * folder each kind of dialog last used.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
  }),
  maximized: z.boolean(),
});

export const defaultWindowSize = { width: 1360, height: 860 } as const;

/** Parses a saved state; anything unreadable gives `null` and the default window. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const result = windowStateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= 100 && height >= 50;
}

const folderMemorySchema = z.record(z.string().max(100), z.string().max(4096));

/** Parses the remembered dialog folder per kind of file; anything unreadable forgets them. */
export function parseFolderMemory(text: string | null): Record<string, string> {
  if (text === null) return {};
  try {
    const result = folderMemorySchema.safeParse(JSON.parse(text));
    return result.success ? result.data : {};
  } catch {
    return {};
  }
}

/** The bounds to open with: the saved ones if they still show on a display. */
export function restoreBounds(
  saved: WindowState | null,
  displays: readonly Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (saved && displays.some((display) => overlaps(saved.bounds, display))) return saved.bounds;
  return { ...defaultWindowSize };
}
