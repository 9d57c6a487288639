import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { tagPaper, type TagInput } from '../analysis/topics/tagger';
import { tagProfilePapers } from '../analysis/topics/tag-papers';
import type { Topic } from '../model';
import { MISSING } from '../model/issue-messages';
import { AuthorEntry, authorName } from './author-names';
import { describeReadError, ISSUE_MESSAGES } from './errors';

/** One input line of `scholar-lens tag`. A paper that `parse --format json` printed is a valid line. */
const TagLine = z.object({
  title: z.string().check(z.minLength(1)),
  abstract: z.optional(z.nullable(z.string())),
  venue: z.optional(z.nullable(z.string())),
  /** Author names, whose family names in the title are then no evidence of a topic. */
  authors: z.optional(z.array(AuthorEntry)),
});

/** One output tag; the field names are a stable contract for scripts. */
export interface OutputTag {
  field: string;
  /** arXiv category id, or null for a field-only tag. */
  class: string | null;
  score: number;
  tier: Topic['tier'];
}

export interface TagLineResult {
  tags: OutputTag[];
  /** Reason the input line was not tagged. */
  error?: string;
}

/**
 * Tags JSON lines `{"title", "abstract"?, "venue"?, "authors"?}` and returns one result per non-blank line, in
 * order. An invalid line gives an empty tag list with an error, so outputs stay aligned with inputs.
 * With `usePrior`, the lines are treated as one profile and its topic mix breaks close calls.
 */
export function tagLines(text: string, usePrior = false): TagLineResult[] {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => line.trim());
  const inputs: (TagInput | string)[] = lines.map(({ line, number }) => readLine(line, number));
  const valid = inputs.filter((input): input is TagInput => typeof input !== 'string');
  const tagged = usePrior ? tagProfilePapers(valid) : valid.map((input) => tagPaper(input));
  let next = 0;
  return inputs.map((input) => {
    if (typeof input === 'string') return { tags: [], error: input };
    return { tags: (tagged[next++] ?? []).map(toOutputTag) };
  });
}

function readLine(line: string, number: number): TagInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `line ${number}: invalid JSON (${(error as Error).message}); each line is one object such as {"title": "…"}`;
  }
  const parsed = z.safeParse(TagLine, value, { error: ISSUE_MESSAGES });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'record';
    const problem = issue?.message === MISSING ? `missing ${field}` : `invalid ${field}: ${issue?.message ?? 'unknown'}`;
    return `line ${number}: ${problem}; expected {"title": non-empty string, "abstract"?: string, "venue"?: string, "authors"?: [string]}`;
  }
  const { title, abstract, venue, authors } = parsed.data;
  return { title, abstract: abstract ?? undefined, venue: venue ?? null, authors: authors?.map((author) => ({ name: authorName(author) })) };
}

function toOutputTag(topic: Topic): OutputTag {
  return { field: topic.field, class: topic.class ?? null, score: topic.score, tier: topic.tier };
}

/** Reads FILE (or standard input for "-") and writes one JSON line per input line. Returns the exit code. */
export async function runTag(file: string, usePrior: boolean): Promise<number> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`scholar-lens: ${describeReadError(file, error)}\n`);
    return 1;
  }
  let failed = 0;
  const output: string[] = [];
  for (const result of tagLines(text, usePrior)) {
    if (result.error) {
      failed++;
      process.stderr.write(`scholar-lens: ${file}: ${result.error}\n`);
    }
    output.push(JSON.stringify(result));
  }
  process.stdout.write(output.length > 0 ? `${output.join('\n')}\n` : '');
  return failed > 0 ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
