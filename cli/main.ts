/**
 * `npm run cli -- <command> …`: the district office's command line over the same exchange code
 * the app runs. This file only reads the arguments, dispatches and sets the exit status.
 * Exit 0: all clean; 1: problems found in readable files; 2: a file could not be read or the
 * command line was wrong.
 */
import { parseCommandLine } from './command-line';
import { diffCommand } from './diff-command';
import { mergeCommand } from './merge-command';
import { validateCommand } from './validate-command';

const usage = `用法 Usage: npm run cli -- <命令 command> …
  validate <文件…> [--json]
      检查工作簿能否导入，逐表逐行列出问题
      check that workbooks can be imported, listing every problem
  diff <导出的.xlsx> <返回的.xlsx> [--json]
      比较发出的交换表和返回的交换表：逐条记录、逐个字段列出改动
      compare an exported exchange workbook with the one returned: every change per record and field
  merge <文件…> --out <合并.xlsx> [--json]
      合并多个园区的工作簿，列出重复和不一致的数据
      consolidate many parks' workbooks, listing duplicates and disagreements
退出码 Exit status: 0 无问题 clean，1 有问题需处理 problems to resolve，2 文件无法读取 a file cannot be read`;

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function usageError(problem: string): 2 {
  process.stderr.write(`${problem}\n${usage}\n`);
  return 2;
}

async function run(args: readonly string[]): Promise<number> {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) return usageError(parsed.problem);
  const { command, files, json, out } = parsed.line;
  if (command === 'help' || command === '--help') {
    print(usage);
    return 0;
  }
  if (files.length === 0) return usageError('缺少文件 (no files given)');
  switch (command) {
    case 'validate':
      return validateCommand(files, json, print);
    case 'diff': {
      const [exported, returned, ...extra] = files;
      if (exported === undefined || returned === undefined || extra.length > 0) {
        return usageError('diff 需要两个文件：导出的和返回的 (diff takes two files)');
      }
      return diffCommand(exported, returned, json, print);
    }
    case 'merge':
      if (out === null) return usageError('merge 需要 --out <合并.xlsx> (merge needs --out)');
      return mergeCommand(files, out, json, print);
    default:
      return usageError(`不认识的命令 ${command} (unknown command)`);
  }
}

// Bundled as CommonJS, which has no top-level await.
// Anything unforeseen (a full disk on --out) is reported, with the status of a file problem.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    process.stderr.write(
      `出错 (failed): ${thrown instanceof Error ? thrown.message : String(thrown)}\n`,
    );
    process.exitCode = 2;
  },
);
