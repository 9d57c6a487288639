import type { SiteAdapter } from './types';
import { googleScholar } from './google-scholar';
import { dblp } from './dblp';
import { aclAnthology } from './acl-anthology';
import { arxiv } from './arxiv';

/**
 * Every site adapter, in the order they are asked to claim a page. The generic adapter is not
 * here: it claims no URL, runs from its own content script on sites the user allows, and is
 * added after these for saved pages in `all.ts`, so the manifest content script stays small.
 */
export const ADAPTERS: readonly SiteAdapter[] = [googleScholar, dblp, aclAnthology, arxiv];

/** Match patterns for the content script, from every adapter. */
export const CONTENT_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matchPatterns);

export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

export type { SiteAdapter, ProfilePage, ParsedRow, ParseResult } from './types';
