import type { PaperIds, SiteName } from './paper';

/** Extracts a lower-cased DOI from text or a resolver URL, or returns null. */
export function normalizeDoi(text: string): string | null {
  const match = /\b(10\.\d{4,9}\/[^\s"<>]+)/i.exec(decodeSafely(text));
  if (!match?.[1]) return null;
  return match[1].replace(/[.,;)\]]+$/, '').toLowerCase();
}

/**
 * Reads an ACL Anthology id from the URL of its page or PDF: `aclanthology.org/W18-6560/`,
 * `aclanthology.org/2023.acl-long.1.pdf` or the older `aclweb.org/anthology/P19-1001`.
 */
export function extractAclAnthologyId(url: string): string | null {
  const match = /^https?:\/\/(?:www\.)?(?:aclanthology\.org|aclweb\.org\/anthology)\/([A-Z]\d{2}-\d{4}|\d{4}\.[a-z0-9-]+\.\d+)(?:\.pdf)?\/?(?:[?#]|$)/i.exec(url);
  return match?.[1] ?? null;
}

// New-style ids: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on). Old-style: archive[.SUB]/YYMMNNN.
const NEW_ARXIV = /(?<![\d.])(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?(?![\d])/;
const OLD_ARXIV = /\b([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3})(?:v\d+)?\b/;

/**
 * Extracts an arXiv id without its version from an "arXiv:…" mention, an arxiv.org URL, dblp's
 * "CoRR abs/…" venue or a bare id.
 * Bare new-style numbers are accepted only when `bare` is set, because "1234.5678" is often a page range.
 */
export function extractArxivId(text: string, options: { bare?: boolean } = {}): string | null {
  const source = decodeSafely(text);
  const anchored =
    /(?:arxiv(?:\.org\/(?:abs|pdf|html)\/|\s*:\s*|\s+(?:preprint\s+)?)|corr\s+abs\/)([a-z][a-z.-]*\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?/i.exec(source);
  if (anchored?.[1]) return validArxivId(normalizeArxivId(anchored[1]));
  if (!options.bare) return null;
  const modern = NEW_ARXIV.exec(source);
  if (modern?.[1]) return validArxivId(modern[1]);
  const old = OLD_ARXIV.exec(source);
  return old?.[1] ? normalizeArxivId(old[1]) : null;
}

/** Reads the version number of an arXiv id or URL (`2207.01234v3` is 3), or returns null when none is given. */
export function extractArxivVersion(text: string): number | null {
  const match = /(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z-]+)?\/\d{7})v(\d+)(?![\d])/i.exec(decodeSafely(text));
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Rejects new-style ids whose number length does not fit their month: four digits from
 * 0704 to 1412, five digits from 1501 on (arXiv's identifier scheme, 2007 and 2015).
 */
function validArxivId(id: string): string | null {
  const match = /^(\d{2})(\d{2})\.(\d{4,5})$/.exec(id);
  if (!match) return id;
  const yearMonth = Number(match[1]) * 100 + Number(match[2]);
  const digits = match[3]?.length ?? 0;
  if (digits === 4 && (yearMonth < 704 || yearMonth > 1412)) return null;
  if (digits === 5 && yearMonth < 1501) return null;
  return id;
}

/**
 * Strips a version suffix, lower-cases the archive part of an old-style id and drops its
 * subject class (`math.GT/0309136` is `math/0309136`; the class is not part of the id).
 */
export function normalizeArxivId(id: string): string {
  const bare = id.trim().replace(/v\d+$/i, '');
  const slash = bare.indexOf('/');
  if (slash < 0) return bare;
  const archive = bare.slice(0, slash).toLowerCase().replace(/\.[a-z-]+$/, '');
  return archive + bare.slice(slash);
}

/** Folds a title to compare across sites: case, accents, punctuation and spacing removed. */
export function normalizeTitle(title: string): string {
  // ASCII text has no marks to decompose, and its letters and digits are [a-z0-9] once lower-cased.
  if (/^[\x00-\x7f]*$/.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  // The modifier-letter primes and apostrophes (U+02B9 to U+02BC) count as apostrophes, which
  // BibTeX exports write in their place.
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u02b9-\u02bc]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Identity keys of a record, strongest first. Two records sharing any key are the same work;
 * the background uses these to keep a paper's id stable across visits and sites.
 */
export function identityKeys(ids: PaperIds, title: string, year: number | null): string[] {
  const keys = identifierKeys(ids);
  const folded = normalizeTitle(title);
  if (folded) keys.push(`title:${folded}|${year ?? ''}`);
  return keys;
}

/** The keys from site and global identifiers, strongest first; `identityKeys` adds the title key. */
function identifierKeys(ids: PaperIds): string[] {
  const keys: string[] = [];
  if (ids.doi) keys.push(`doi:${ids.doi}`);
  if (ids.arxiv) keys.push(`arxiv:${ids.arxiv}`);
  if (ids.dblpKey) keys.push(`dblp:${ids.dblpKey}`);
  for (const cluster of ids.scholarClusters ?? []) keys.push(`gs-cluster:${cluster}`);
  if (ids.scholarArticle) keys.push(`gs-article:${ids.scholarArticle}`);
  if (ids.aclAnthology) keys.push(`acl:${ids.aclAnthology}`);
  return keys;
}

/** The first key `identifierKeys` would return, without building the others. */
function strongestIdentifierKey(ids: PaperIds): string | null {
  if (ids.doi) return `doi:${ids.doi}`;
  if (ids.arxiv) return `arxiv:${ids.arxiv}`;
  if (ids.dblpKey) return `dblp:${ids.dblpKey}`;
  const clusters = ids.scholarClusters;
  if (clusters && clusters.length > 0) return `gs-cluster:${clusters[0]}`;
  if (ids.scholarArticle) return `gs-article:${ids.scholarArticle}`;
  return ids.aclAnthology ? `acl:${ids.aclAnthology}` : null;
}

/**
 * Derives a paper id from its strongest identity key, hashed to a short stable string. The title
 * is folded only when the record has no identifier, because folding is the costly step.
 */
export function derivePaperId(ids: PaperIds, title: string, year: number | null): string {
  const strongest = strongestIdentifierKey(ids);
  if (strongest) return `p-${hash64(strongest)}`;
  const folded = normalizeTitle(title);
  return `p-${hash64(folded ? `title:${folded}|${year ?? ''}` : title)}`;
}

/** FNV-1a over UTF-16 code units in two 32-bit lanes, as 16 hex digits. Not cryptographic. */
export function hash64(text: string): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 7), 0x01000193) >>> 0;
  }
  return hex32(high) + hex32(low);
}

/** Two hex digits per byte value; a table lookup costs about a fifth of `toString(16)` and `padStart`. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Formats an unsigned 32-bit integer as 8 hex digits. */
function hex32(value: number): string {
  return HEX_BYTES[value >>> 24]! + HEX_BYTES[(value >>> 16) & 255]! + HEX_BYTES[(value >>> 8) & 255]! + HEX_BYTES[value & 255]!;
}

function decodeSafely(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `site:id`, the key a paper's provenance uses for its profile. */
export function profileKey(profile: { site: SiteName; id: string }): string {
  return `${profile.site}:${profile.id}`;
}
