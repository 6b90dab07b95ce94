/**
 * The command line as words: the command, its files, the flags it knows. Anything else is a
 * usage error, reported with the usage text rather than guessed at.
 */
export interface CommandLine {
  readonly command: string;
  readonly files: readonly string[];
  readonly json: boolean;
  /** The value of `--out <file>`, when given. */
  readonly out: string | null;
}

export type ParsedCommandLine =
  | { readonly ok: true; readonly line: CommandLine }
  | { readonly ok: false; readonly problem: string };

export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  const [command, ...rest] = args;
  if (command === undefined) return { ok: false, problem: '缺少命令 (no command given)' };
  const files: string[] = [];
  let json = false;
  let out: string | null = null;
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index] ?? '';
    if (word === '--json') {
      json = true;
    } else if (word === '--out') {
      const value = rest[index + 1];
      if (value === undefined)
        return { ok: false, problem: '--out 后缺少文件名 (--out needs a file)' };
      out = value;
      index += 1;
    } else if (word.startsWith('--')) {
      return { ok: false, problem: `不认识的选项 ${word} (unknown option)` };
    } else {
      files.push(word);
    }
  }
  return { ok: true, line: { command, files, json, out } };
}
