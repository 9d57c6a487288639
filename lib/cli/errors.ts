import { issueMessages } from '../model/issue-messages';

/** English issue messages for the CLI's checks, in which a field left out is "missing". */
export const ISSUE_MESSAGES = issueMessages;

/** Describes a file that could not be read, by its error code, with what the user can check. `expected` names the files the command reads. */
export function describeReadError(file: string, error: unknown, expected = 'a saved page or a JSON-lines file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `cannot read ${file}: no such file. Check the path.`;
  if (code === 'EISDIR') return `cannot read ${file}: it is a directory. Give the path of ${expected}.`;
  if (code === 'EACCES') return `cannot read ${file}: permission denied. Check the file's permissions.`;
  return `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Describes a command-line parsing error from `node:util` `parseArgs` in plain words, naming the
 * options the command accepts, because Node's own text suggests positional arguments instead.
 */
export function describeArgsError(error: unknown, command: string, options: readonly string[]): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-{1,2}[^',\s]+)/.exec(message)?.[1];
  const accepted = `${command} accepts ${options.map((name) => `--${name}`).join(', ')}`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${option ?? message}"; ${accepted}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option "${option ?? ''}" needs a value; ${accepted}`;
  return message;
}
