/**
 * `npm run cli -- <command> …`: the district office's command line over the same exchange code
 * the app runs. This file only reads the arguments, dispatches and sets the exit status.
 * Exit 0: all clean; 1: problems found in readable files; 2: a file could not be read or the
 * command line was wrong.
 */
import { parseCommandLine } from './command-line';
import { validateCommand } from './validate-command';

const usage = `用法 Usage: npm run cli -- <命令 command> …
  validate <文件…> [--json]   检查工作簿能否导入，逐表逐行列出问题
                              check that workbooks can be imported, listing every problem`;

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function run(args: readonly string[]): Promise<number> {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problem}\n${usage}\n`);
    return 2;
  }
  const { command, files, json } = parsed.line;
  if (command === 'help' || command === '--help') {
    print(usage);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`缺少文件 (no files given)\n${usage}\n`);
    return 2;
  }
  switch (command) {
    case 'validate':
      return validateCommand(files, json, print);
    default:
      process.stderr.write(`不认识的命令 ${command} (unknown command)\n${usage}\n`);
      return 2;
  }
}

// Bundled as CommonJS, which has no top-level await.
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
