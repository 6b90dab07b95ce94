/** Reading the files named on the command line, relative to where the user typed it. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export type InputFile =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string };

/** Node's short code for a failed read (ENOENT, EACCES, EISDIR), or its message. */
function systemReason(thrown: unknown): string {
  if (thrown instanceof Error) {
    const { code } = thrown as NodeJS.ErrnoException;
    return code ?? thrown.message;
  }
  return String(thrown);
}

/** The user's own folder: `npm run cli` runs in the project folder and names the other INIT_CWD. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? '.', path);
}

export async function readInputFile(path: string): Promise<InputFile> {
  try {
    return { ok: true, bytes: await readFile(userPath(path)) };
  } catch (thrown) {
    return { ok: false, reason: systemReason(thrown) };
  }
}
