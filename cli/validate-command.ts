/** `validate <files…> [--json]`: each workbook through the import pipeline, nothing written. */
import {
  missingFileReport,
  validateWorkbookBytes,
  validationExitCode,
  type FileReport,
} from '../shared/exchange/report/validation-report';
import { fileReportText } from '../shared/exchange/report/validation-text';
import { readInputFile } from './input-files';

async function validateFile(path: string): Promise<FileReport> {
  const { content } = await readInputFile(path);
  return 'bytes' in content
    ? validateWorkbookBytes(content.bytes, path)
    : missingFileReport(path, content.missing);
}

export async function validateCommand(
  files: readonly string[],
  json: boolean,
  print: (text: string) => void,
): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file));
  print(json ? JSON.stringify(reports, null, 2) : reports.map(fileReportText).join('\n\n'));
  return validationExitCode(reports);
}
