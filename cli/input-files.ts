/** Reading the files named on the command line, relative to where the user typed it. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { WorkbookFile } from '../shared/exchange/report/validation-report';

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

/** The file's bytes, or why it could not be opened; named as the user typed it. */
export async function readInputFile(path: string): Promise<WorkbookFile> {
  try {
    return { name: path, content: { bytes: await readFile(userPath(path)) } };
  } catch (thrown) {
    return { name: path, content: { missing: systemReason(thrown) } };
  }
}
