/**
 * Checks for every IPC call: the sender must be our own top frame, and the
 * arguments must have the shape the DesktopApi declares. Anything else is refused.
 */
import path from 'node:path';
import { z } from 'zod';
import { backupKinds } from '../shared/backup/rotation';
import { desktopLanguages, maxFileBytes } from '../shared/desktop/desktop-api';
import type {
  DesktopLanguage,
  OpenFileRequest,
  ReadBackupRequest,
  SaveFileRequest,
  SavePdfRequest,
  WindowTitleRequest,
  WriteBackupRequest,
} from '../shared/desktop/desktop-api';
import { isAppUrl } from './security';

/** The part of Electron's IpcMainInvokeEvent we rely on, so tests need no Electron. */
export interface IpcSender {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export function isTrustedSender(event: IpcSender): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension: letters and digits only'))
      .min(1)
      .max(20),
  })
  .strict();

const openFileRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(10).optional(),
  })
  .strict();

const bareFileName = (field: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .refine(
      (name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..',
      `${field} must be a bare file name`,
    );

const fileBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= maxFileBytes, 'file too large');

const saveFileRequestSchema = z
  .object({
    suggestedName: bareFileName('suggestedName'),
    bytes: fileBytes,
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(10).optional(),
  })
  .strict();

const languageSchema = z.enum(desktopLanguages);

const windowTitleRequestSchema = z
  .object({
    // Control characters would let a page forge a second line in the taskbar's title.
    scope: z
      .string()
      .max(200)
      .refine((scope) => !/\p{Cc}/u.test(scope), 'scope must be one line of text'),
    dirty: z.boolean(),
  })
  .strict();

const writeBackupRequestSchema = z.object({ kind: z.enum(backupKinds), bytes: fileBytes }).strict();

const readBackupRequestSchema = z.object({ fileName: bareFileName('fileName') }).strict();

const savePdfRequestSchema = z
  .object({ suggestedName: bareFileName('suggestedName'), title: z.string().min(1).max(200) })
  .strict();

export class IpcArgumentError extends Error {
  override readonly name = 'IpcArgumentError';
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, channel: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new IpcArgumentError(`${channel}: invalid arguments: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function parseOpenFileRequest(value: unknown): OpenFileRequest {
  return parseWith(openFileRequestSchema, value, 'openFile');
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  return parseWith(saveFileRequestSchema, value, 'saveFile');
}

/** Methods without arguments get none: anything passed is a caller we do not know. */
export function parseNoArguments(value: unknown, channel: string): void {
  parseWith(z.undefined(), value, channel);
}

export function parseLanguage(value: unknown): DesktopLanguage {
  return parseWith(languageSchema, value, 'setLanguage');
}

export function parseWindowTitleRequest(value: unknown): WindowTitleRequest {
  return parseWith(windowTitleRequestSchema, value, 'setWindowTitle');
}

export function parseWriteBackupRequest(value: unknown): WriteBackupRequest {
  return parseWith(writeBackupRequestSchema, value, 'writeBackup');
}

export function parseReadBackupRequest(value: unknown): ReadBackupRequest {
  return parseWith(readBackupRequestSchema, value, 'readBackup');
}

export function parseSavePdfRequest(value: unknown): SavePdfRequest {
  return parseWith(savePdfRequestSchema, value, 'savePdf');
}

const droppedPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((filePath) => !filePath.includes('\0'), 'path must not contain NUL')
  .refine((filePath) => path.isAbsolute(filePath), 'path must be absolute');

/** The path the preload found for a dropped file (webUtils.getPathForFile). */
export function parseDroppedPath(value: unknown): string {
  return parseWith(droppedPathSchema, value, 'openDroppedWorkbook');
}
