import * as z from 'zod/mini';

/** Site adapters that produce records. */
export const SiteName = z.enum(['google-scholar', 'dblp', 'arxiv', 'acl-anthology', 'semantic-scholar', 'openreview', 'generic', 'import']);
export type SiteName = z.infer<typeof SiteName>;

const nonEmpty = z.string().check(z.minLength(1));
const yearNumber = z.number().check(z.int(), z.gte(1000), z.lte(2200));
const count = z.number().check(z.int(), z.gte(0));

/** An absolute http(s) URL; overlays render nothing else as a link. */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i));

/** One author as the page wrote the name, in page order. */
export const Author = z.object({
  name: nonEmpty,
  /** Link to the author's profile on the same site, when the page gives one. */
  url: z.optional(HttpUrl),
  /** The site's own person id (Scholar user id, dblp pid). */
  siteId: z.optional(nonEmpty),
});
export type Author = z.infer<typeof Author>;

/** Identifiers that name the same work on other sites. */
export const PaperIds = z.object({
  /** Scholar article id `USER:PUBID`; specific to one profile. */
  scholarArticle: z.optional(nonEmpty),
  /** Scholar cluster ids from the cited-by link; shared across profiles. */
  scholarClusters: z.optional(z.array(nonEmpty)),
  /** Lower-cased DOI without a resolver prefix. */
  doi: z.optional(nonEmpty),
  /** arXiv id without its version, new (`2405.13401`) or old style (`astro-ph/0601001`). */
  arxiv: z.optional(nonEmpty),
  dblpKey: z.optional(nonEmpty),
  aclAnthology: z.optional(nonEmpty),
});
export type PaperIds = z.infer<typeof PaperIds>;

export const LinkKind = z.enum(['detail', 'cited-by', 'pdf', 'doi', 'arxiv', 'publisher', 'other']);
export const PaperLink = z.object({ kind: LinkKind, url: HttpUrl });
export type PaperLink = z.infer<typeof PaperLink>;

/** The part of a page where a code link was found. */
export const CodeLinkSource = z.enum(['page-link', 'abstract', 'comments', 'venue', 'other-site', 'user']);
export const CodeLink = z.object({
  url: HttpUrl,
  source: CodeLinkSource,
  /** The site whose page showed the link. */
  site: SiteName,
});
export type CodeLink = z.infer<typeof CodeLink>;

/**
 * The source that decided a tag. `keyword` marks a topic label read from the keywords of an
 * imported BibTeX or CSL-JSON entry. Such a keyword carries no score, and the tagger replaces it
 * when it reads the paper.
 */
export const TopicTier = z.enum(['arxiv-category', 'venue', 'lexicon', 'profile-prior', 'user', 'keyword']);
export const Topic = z.object({
  /** Broad field, such as "Computer Science". */
  field: nonEmpty,
  /** Fine class id (an arXiv category such as `cs.CL`), when one applies. */
  class: z.optional(nonEmpty),
  label: nonEmpty,
  score: z.number().check(z.gte(0), z.lte(1)),
  tier: TopicTier,
  /** Matched phrases or the venue that gave the tag. */
  evidence: z.optional(z.array(z.string())),
});
export type Topic = z.infer<typeof Topic>;

/** The reason an arXiv `/list/…/new` page lists a paper. */
export const ListingKind = z.enum(['new', 'cross-list', 'replacement']);
export type ListingKind = z.infer<typeof ListingKind>;

/** One sighting of a paper on a page. */
export const Provenance = z.object({
  site: SiteName,
  /** The profile the row was listed under, as `site:id`, or null on pages with no owner. */
  profile: z.nullable(nonEmpty),
  pageUrl: HttpUrl,
  firstSeen: nonEmpty,
  lastSeen: nonEmpty,
  /** The reason an arXiv `/list/…/new` page listed the paper at its last sighting there. */
  listingKind: z.optional(ListingKind),
});
export type Provenance = z.infer<typeof Provenance>;

/** Kind of publication, as sites that type their entries (dblp) report it. */
export const PublicationType = z.enum(['journal', 'conference', 'informal', 'chapter', 'book', 'editorship', 'thesis', 'reference', 'other']);
export type PublicationType = z.infer<typeof PublicationType>;

/** The fields of a paper that one page row shows, which `Paper` and `PageRecord` share. */
const paperFields = {
  id: nonEmpty,
  title: nonEmpty,
  /** Publication type, absent where the site gives none. `informal` covers preprints such as CoRR entries. */
  type: z.optional(PublicationType),
  authors: z.array(Author),
  /** True when the site cut the author list short ("..."). */
  authorsTruncated: z.boolean(),
  venue: z.nullable(nonEmpty),
  /** True when the site cut the venue short ("…"). */
  venueTruncated: z.optional(z.boolean()),
  year: z.nullable(yearNumber),
  /** Citation count shown by the site; null when the site shows none. */
  citations: z.nullable(count),
  /**
   * Scholar article id whose count already includes these citations (a struck-through count).
   * Totals skip such rows.
   */
  citationsCountedUnder: z.optional(nonEmpty),
  /** True when the count also covers other versions merged into this entry (Scholar's "*"). */
  citationsMerged: z.optional(z.boolean()),
  /** Number of versions the site groups under this work (Scholar's "All 4 versions" link). */
  siteVersions: z.optional(count),
  ids: PaperIds,
  /** Highest arXiv version number the page showed (3 for `2207.01234v3`); the id itself has none. */
  arxivVersion: z.optional(z.number().check(z.int(), z.gte(1))),
  links: z.array(PaperLink),
  codeLinks: z.array(CodeLink),
  topics: z.array(Topic),
  abstract: z.optional(z.string()),
};

export const Paper = z.object({ ...paperFields, provenance: z.array(Provenance).check(z.minLength(1)) });
export type Paper = z.infer<typeof Paper>;

/**
 * A paper as a site adapter reads it from one row. Every row of one read shares its sighting, so the
 * record leaves it out, and `withSighting` adds it where a whole `Paper` is needed.
 */
export const PageRecord = z.object({
  ...paperFields,
  /** Set on arXiv `/list/…/new` pages, where each row's sighting also gives the reason the page lists it. */
  listingKind: z.optional(ListingKind),
});
export type PageRecord = z.infer<typeof PageRecord>;

/**
 * Builds the paper that a page record describes, seen once: in `sighting`, with the record's listing
 * kind. Each paper gets its own copy of the sighting, so that changing one paper's provenance
 * changes no other.
 */
export function withSighting(record: PageRecord, sighting: Provenance): Paper {
  const { listingKind, ...fields } = record;
  return { ...fields, provenance: [listingKind ? { ...sighting, listingKind } : { ...sighting }] };
}
