import * as z from 'zod/mini';
import { CodeLink, Profile, Provenance, Topic } from '../model';
import { AnalyzeRequestFields, ProfileAnalysisResult } from '../analysis/collaboration/schema';

/** The fields of a paper that the tagger reads. */
export const TagInput = z.object({
  title: z.string(),
  venue: z.optional(z.nullable(z.string())),
  abstract: z.optional(z.string()),
});

/**
 * Messages from content scripts and extension pages to the background. Each end validates what
 * it receives: the background every request, the sender every response.
 */
export const Request = z.discriminatedUnion('type', [
  /**
   * Stores a page's records. The rows were read in one sighting, which is sent once and which the
   * background adds to every record as its provenance. The background validates each record on its
   * own against the page record schema, so one invalid record is rejected and counted while the
   * others are stored.
   */
  z.object({ type: z.literal('papers/upsert'), profile: z.nullable(Profile), sighting: Provenance, papers: z.array(z.unknown()) }),
  z.object({ type: z.literal('paper/set-saved'), id: z.string(), saved: z.boolean() }),
  z.object({ type: z.literal('library/stats') }),
  /**
   * Tags stored papers after `papers/upsert`, so that storing does not wait for the tagger. `profile`
   * (`site:id`) names the profile whose stored papers are the prior.
   */
  z.object({
    type: z.literal('papers/tag-stored'),
    ids: z.array(z.string()),
    profile: z.nullable(z.string().check(z.regex(/^[a-z-]+:\S+$/))),
  }),
  /** Topic tags without storing, for pages where storage failed. */
  z.object({ type: z.literal('papers/tag'), papers: z.array(TagInput) }),
  /** Stores the user's topic correction of a paper (one to three tags), or clears it with null. */
  z.object({
    type: z.literal('paper/set-topics'),
    id: z.string(),
    topics: z.nullable(z.array(Topic).check(z.minLength(1), z.maxLength(3))),
  }),
  /** Opens the library page in a new tab, filtered to a profile (`site:id`) and optionally exporting its papers. */
  z.object({
    type: z.literal('library/open'),
    profile: z.optional(z.string().check(z.regex(/^[a-z-]+:\S+$/))),
    export: z.optional(z.enum(['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'])),
  }),
  /** Collaborator groups and the merged-profile verdict for papers the page shows; nothing is stored. */
  z.object({ type: z.literal('profile/analyze'), ...AnalyzeRequestFields }),
  /** Opens the co-author graph page for a profile (`site:id`) in a new tab. */
  z.object({ type: z.literal('graph/open'), profile: z.string().check(z.regex(/^[a-z-]+:\S+$/)) }),
  /** The fields and classes a user can pick to correct a topic tag. */
  z.object({ type: z.literal('topics/choices') }),
  /**
   * Starts the tagger's lexicon index in the background while the page parses its rows, so that
   * storing them does not wait for it. Sent once per page that an adapter reads.
   */
  z.object({ type: z.literal('tagger/prepare') }),
]);
export type Request = z.infer<typeof Request>;

/** The stored state of one paper that the page itself does not show. */
export const PaperState = z.object({
  id: z.string(),
  saved: z.boolean(),
  codeLinks: z.array(CodeLink),
  /** Topic tags computed in the background, where the lexicon lives. */
  topics: z.array(Topic),
  /** The user's own topic corrections, which win over the tagger. */
  userTopics: z.optional(z.array(Topic)),
});
export type PaperState = z.infer<typeof PaperState>;

/** The part of a stored state that a row's save toggle needs, checked ahead of the rest. */
export const SavedFlag = z.object({ id: z.string(), saved: z.boolean() });
export type SavedFlag = z.infer<typeof SavedFlag>;

export const ErrorCode = z.enum(['invalid-message', 'storage-full', 'storage-unavailable', 'not-found', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

const Failure = z.object({ ok: z.literal(false), code: ErrorCode, error: z.string() });

/** A record of `papers/upsert` that failed validation and was not stored. */
export const RejectedRecord = z.object({ index: z.number(), error: z.string() });
export type RejectedRecord = z.infer<typeof RejectedRecord>;

/** `states[i]` belongs to `papers[i]` of the request, and is null for a rejected record. */
export const UpsertResponse = z.union([
  z.object({ ok: z.literal(true), states: z.array(z.nullable(PaperState)), rejected: z.array(RejectedRecord) }),
  Failure,
]);
/**
 * `papers/upsert` as the page checks it on arrival: each state is checked with `PaperState` as it is
 * applied, in slices, because checking 1000 states at once took one 12–15 ms task in the page.
 */
export const UpsertEnvelope = z.union([
  z.object({ ok: z.literal(true), states: z.array(z.unknown()), rejected: z.array(RejectedRecord) }),
  Failure,
]);
export const SetSavedResponse = z.union([z.object({ ok: z.literal(true), state: PaperState }), Failure]);
export const AcceptedResponse = z.union([z.object({ ok: z.literal(true) }), Failure]);
export const StatsResponse = z.union([
  z.object({ ok: z.literal(true), stored: z.number(), saved: z.number() }),
  Failure,
]);

export const TagResponse = z.union([z.object({ ok: z.literal(true), topics: z.array(z.array(Topic)) }), Failure]);
/** `topics[i]` belongs to `ids[i]` of the request, and is null where the stored topics did not change. */
export const TagStoredResponse = z.union([z.object({ ok: z.literal(true), topics: z.array(z.nullable(z.array(Topic))) }), Failure]);
export const OpenLibraryResponse = z.union([z.object({ ok: z.literal(true) }), Failure]);
/** One field of the topic taxonomy and its classes, as offered in the correction menu. */
export const TopicChoice = z.object({
  field: z.string(),
  classes: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type TopicChoice = z.infer<typeof TopicChoice>;
export const TopicChoicesResponse = z.union([z.object({ ok: z.literal(true), fields: z.array(TopicChoice) }), Failure]);
export const AnalyzeResponse = z.union([z.extend(ProfileAnalysisResult, { ok: z.literal(true) }), Failure]);

export type UpsertResponse = z.infer<typeof UpsertResponse>;
export type SetSavedResponse = z.infer<typeof SetSavedResponse>;
export type StatsResponse = z.infer<typeof StatsResponse>;
export type Failure = z.infer<typeof Failure>;

/** The response schema for each request type. */
export const RESPONSES = {
  'papers/upsert': UpsertEnvelope,
  'paper/set-saved': SetSavedResponse,
  'library/stats': StatsResponse,
  'papers/tag': TagResponse,
  'papers/tag-stored': TagStoredResponse,
  'paper/set-topics': SetSavedResponse,
  'library/open': OpenLibraryResponse,
  'profile/analyze': AnalyzeResponse,
  'graph/open': OpenLibraryResponse,
  'topics/choices': TopicChoicesResponse,
  'tagger/prepare': AcceptedResponse,
} as const;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof RESPONSES)[T]>;
