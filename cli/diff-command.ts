/** `diff <exported.xlsx> <returned.xlsx> [--json]`: what changed between the two, per record. */
import { diffExitCode, diffWorkbookFiles } from '../shared/exchange/report/diff-report';
import { diffReportText } from '../shared/exchange/report/diff-text';
import { readInputFile } from './input-files';

export async function diffCommand(
  exportedPath: string,
  returnedPath: string,
  json: boolean,
  print: (text: string) => void,
): Promise<number> {
  const report = diffWorkbookFiles(
    await readInputFile(exportedPath),
    await readInputFile(returnedPath),
  );
  print(json ? JSON.stringify(report, null, 2) : diffReportText(report));
  return diffExitCode(report);
}
