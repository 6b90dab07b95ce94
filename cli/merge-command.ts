/** `merge <files…> --out <file.xlsx> [--json]`: many parks' workbooks consolidated into one. */
import { writeFile } from 'node:fs/promises';
import { mergeExitCode, mergeWorkbookFiles } from '../shared/exchange/report/merge-report';
import { mergeReportText } from '../shared/exchange/report/merge-text';
import { writeWorkbook } from '../shared/exchange/workbook-writer/write-workbook';
import type { WorkbookFile } from '../shared/exchange/report/validation-report';
import { readInputFile, userPath } from './input-files';

export async function mergeCommand(
  files: readonly string[],
  out: string,
  json: boolean,
  print: (text: string) => void,
): Promise<number> {
  const inputs: WorkbookFile[] = [];
  for (const file of files) inputs.push(await readInputFile(file));
  const { report, workbook } = mergeWorkbookFiles(inputs, out, new Date().getFullYear());
  if (workbook !== null) await writeFile(userPath(out), await writeWorkbook(workbook));
  print(json ? JSON.stringify(report, null, 2) : mergeReportText(report));
  return mergeExitCode(report);
}
