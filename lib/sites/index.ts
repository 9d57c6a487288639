import type { SiteAdapter } from './types';
import { googleScholar } from './google-scholar';
import { dblp } from './dblp';
import { aclAnthology } from './acl-anthology';
import { arxiv } from './arxiv';
import { generic } from './generic';

/**
 * Every site adapter, in the order they are asked to claim a page. The generic adapter stays
 * last: it claims no URL and reads a page's markup only when no site adapter recognised it.
 */
export const ADAPTERS: readonly SiteAdapter[] = [googleScholar, dblp, aclAnthology, arxiv, generic];

/** Match patterns for the content script, from every adapter. */
export const CONTENT_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matchPatterns);

export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

export type { SiteAdapter, ProfilePage, ParsedRow, ParseResult } from './types';
