import { ALL_ADAPTERS as ADAPTERS } from '../sites/all';
import { tagProfilePapers } from '../analysis/topics/tag-papers';
import { settlePageIds } from '../db/page-ids';
import { withSighting, type Paper, type Profile } from '../model';
import { sightingOf } from '../sites/record';
import { recognisePage } from './recognise';
import { describeUnrecognised } from './unrecognised';

export interface ParseOutput {
  site: string;
  profile: Profile | null;
  papers: Paper[];
  skipped: { row: number; reason: string }[];
  /** False when the page still offers more rows (Scholar's "Show more" is enabled). */
  complete: boolean;
  /** Rows that were read, with what the adapter could not read in them (a row without an article id). */
  warnings: { row: number; title: string; warning: string }[];
}

/** The error raised when no adapter recognises the page; the CLI prints its message and exits with code 2. */
export class UnrecognisedPage extends Error {}

/**
 * Runs the site adapters on a loaded page. The site is picked from `url`, then from the
 * page's canonical link, then from its markup; `site` names one adapter and skips the others.
 */
export function parseDocument(doc: Document, options: { url?: string; site?: string; now?: string }): ParseOutput {
  const now = options.now ?? new Date().toISOString();
  if (options.site && !ADAPTERS.some((adapter) => adapter.site === options.site)) {
    throw new UnrecognisedPage(`unknown site "${options.site}"; known sites: ${ADAPTERS.map((adapter) => adapter.site).join(', ')}`);
  }
  const found = recognisePage(doc, options);
  if (!found) throw new UnrecognisedPage(describeUnrecognised(doc, options));
  const { adapter, page } = found;
  const result = adapter.parse(doc, page);
  const sighting = sightingOf(page, now);
  const papers: Paper[] = [];
  const skipped: ParseOutput['skipped'] = [];
  const warnings: ParseOutput['warnings'] = [];
  result.rows.forEach((row, index) => {
    if (!row.paper) skipped.push({ row: index + 1, reason: row.warning ?? 'unreadable row' });
    else papers.push(withSighting(row.paper, sighting));
    if (row.paper && row.warning) warnings.push({ row: index + 1, title: row.paper.title, warning: row.warning });
  });
  // Two rows of one work share an id, and two works never do, as in the extension's store.
  settlePageIds(papers, now);
  // Topics the page gave (arXiv categories) are kept; the rest are tagged with the profile's mix as prior.
  const untagged = papers.filter((paper) => paper.topics.length === 0);
  const topics = tagProfilePapers(untagged);
  untagged.forEach((paper, index) => (paper.topics = topics[index] ?? []));
  const complete = adapter.loadMore ? adapter.loadMore.button(doc) === null : true;
  return { site: adapter.site, profile: result.profile, papers, skipped, complete, warnings };
}

/**
 * Returns the output as `parse --format json` prints it: a field-only topic has `"class": null`,
 * as in the output of `tag`, where the stored record leaves the class out.
 */
export function printableOutput(output: ParseOutput): unknown {
  const papers = output.papers.map((paper) => ({
    ...paper,
    topics: paper.topics.map(({ field, class: classId, ...rest }) => ({ field, class: classId ?? null, ...rest })),
  }));
  return { ...output, papers };
}
