import type { SiteAdapter } from './types';
import { googleScholar } from './google-scholar';
import { dblp } from './dblp';
import { aclAnthology } from './acl-anthology';
import { arxiv } from './arxiv';

/** Every site adapter, in the order they are asked to claim a page. */
export const ADAPTERS: readonly SiteAdapter[] = [googleScholar, dblp, aclAnthology, arxiv];

/** Match patterns for the content script, from every adapter. */
export const CONTENT_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matchPatterns);

export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

export type { SiteAdapter, ProfilePage, ParsedRow, ParseResult } from './types';
