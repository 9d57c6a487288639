import * as z from 'zod/mini';
import { issueMessages } from '../model/issue-messages';
import { profileKey } from '../model/ids';
import { Paper, Topic } from '../model/paper';
import { Profile } from '../model/profile';

export const ENVELOPE_FORMAT = 'scholar-lens';
export const ENVELOPE_VERSION = 1;

/** The user's own state of one exported paper, so that a backup restores the library as it was. */
export const LibraryEntry = z.object({
  /** The `id` of a paper in the same file. */
  id: z.string().check(z.minLength(1)),
  saved: z.boolean(),
  savedAt: z.nullable(z.iso.datetime()),
  /** ISO 8601 time the paper was first stored. */
  addedAt: z.iso.datetime(),
  note: z.optional(z.string()),
  userTopics: z.optional(z.array(Topic)),
  userTags: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

/** A stored profile header (name, affiliation, metrics, co-authors), so that a backup restores it. */
export const ProfileEntry = z
  .extend(Profile, {
    /**
     * The owner's name, or null. Earlier versions stored "" for a page that showed no name, so a
     * backup they wrote may contain it, and it is read as null.
     */
    name: z.pipe(
      z.nullable(z.string()),
      z.transform((name) => name || null),
    ),
    /** `site:id`, the profile's key in the database and in each paper's `profileKeys`. */
    key: z.string(),
    /** ISO 8601 time the profile was last read from its page. An import keeps a stored profile read later. */
    updatedAt: z.iso.datetime(),
  })
  .check(
    z.superRefine((entry, context) => {
      const expected = profileKey(entry);
      if (entry.key === expected) return;
      context.addIssue({
        code: 'custom',
        path: ['key'],
        input: entry.key,
        message: `expected "${expected}", the profile's site and id`,
      });
    }),
  );
export type ProfileEntry = z.infer<typeof ProfileEntry>;

/**
 * The JSON file that stores papers in the extension's own record format, for backup and re-import.
 * `library` and `profiles` are optional, so files written without them (by older versions, or by
 * `exportPapers`, which writes papers only) stay valid. Parsing drops keys the schema does not
 * name, as zod objects do by default, so a reader of version 1 also accepts a file with fields
 * added later and ignores those fields.
 */
export const ExportEnvelope = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  /** ISO 8601 time of the export, in UTC. */
  exportedAt: z.iso.datetime(),
  papers: z.array(Paper),
  library: z.optional(z.array(LibraryEntry)),
  profiles: z.optional(z.array(ProfileEntry)),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

export type ParseEnvelopeResult =
  | { ok: true; papers: Paper[]; library: LibraryEntry[]; profiles: ProfileEntry[] }
  | { ok: false; error: string };

/** English issue messages, passed per parse, in which a field left out is "missing". */
const messages = { localeError: issueMessages };

/**
 * Serialises papers in the export envelope, as indented JSON with a final newline, with the user's
 * state of each paper and the stored profiles when given.
 */
export function toEnvelopeJson(
  papers: Paper[],
  exportedAt: Date = new Date(),
  library?: LibraryEntry[],
  profiles?: ProfileEntry[],
): string {
  const envelope: ExportEnvelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    exportedAt: exportedAt.toISOString(),
    papers,
    ...(library && { library }),
    ...(profiles && { profiles }),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Parses and validates an export file. The error names the first invalid field and its index in
 * `papers`, `library` or `profiles`, such as `Invalid paper at index 3, field "year": …`.
 */
export function parseEnvelope(text: string): ParseEnvelopeResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }

  if (!isRecord(data) || data.format !== ENVELOPE_FORMAT) {
    return { ok: false, error: `Not a Scholar Lens export: expected a JSON object with "format": "${ENVELOPE_FORMAT}".` };
  }
  if (data.version !== ENVELOPE_VERSION) {
    const version = JSON.stringify(data.version);
    return {
      ok: false,
      error: `Unsupported export version ${version}: this version of Scholar Lens reads version ${ENVELOPE_VERSION}.`,
    };
  }

  const result = ExportEnvelope.safeParse(data, { error: messages.localeError });
  if (result.success) {
    const { papers, library = [], profiles = [] } = result.data;
    return { ok: true, papers, library, profiles };
  }

  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (${rest.length} more invalid ${rest.length === 1 ? 'field' : 'fields'})` : '';
  return { ok: false, error: (first ? describeIssue(first.path, first.message) : 'Invalid export file') + more };
}

function describeIssue(path: PropertyKey[], message: string): string {
  const [root, index, ...field] = path;
  if (root === 'library' && typeof index === 'number') {
    return `Invalid library entry at index ${index}${field.length > 0 ? `, field "${formatPath(field)}"` : ''}: ${message}`;
  }
  if (root === 'profiles' && typeof index === 'number') {
    return `Invalid profile at index ${index}${field.length > 0 ? `, field "${formatPath(field)}"` : ''}: ${message}`;
  }
  if (root === 'papers' && typeof index === 'number') {
    return field.length > 0
      ? `Invalid paper at index ${index}, field "${formatPath(field)}": ${message}`
      : `Invalid paper at index ${index}: ${message}`;
  }
  return path.length > 0 ? `Invalid field "${formatPath(path)}": ${message}` : message;
}

/** Formats a path as a JavaScript accessor, such as `authors[0].name`. */
function formatPath(path: PropertyKey[]): string {
  return path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : `${position > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
