/**
 * Checks for every IPC call: the sender must be our own top frame, and the
 * arguments must have the shape the DesktopApi declares. Anything else is refused.
 */
import { z } from 'zod';
import { maxFileBytes } from '../shared/desktop/desktop-api';
import type { OpenFileRequest, SaveFileRequest } from '../shared/desktop/desktop-api';
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

const saveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => !/[\\/\0]/.test(name), 'suggestedName must be a bare file name'),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= maxFileBytes, 'file too large'),
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(10).optional(),
  })
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
