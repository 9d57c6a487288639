/** The parts of a venue line that ends in its volume, issue and pages. */
export interface VenueParts {
  /** The journal or proceedings name. */
  title: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
}

/** "Name 49 (2), 137-144": a name ending in a non-digit, a volume, an optional issue, and pages or an article number. */
const JOURNAL_LINE = /^(.*[^\d\s,])\s+(\d{1,5})\s*(?:\(([^()]{1,15})\))?\s*,\s*([A-Za-z]?\d{1,7})(?:\s*[-–]\s*([A-Za-z]?\d{1,7}))?$/;
/** "Empir. Softw. Eng. 27(3)", as dblp writes a journal: a name, a volume and an issue, without pages. */
const VOLUME_ISSUE_LINE = /^(.*[^\d\s,])\s+(\d{1,5})\s*\(([^()]{1,15})\)$/;
/** "Proceedings of …, 11-20": a name, then a page range. */
const PROCEEDINGS_LINE = /^(.*[^\d\s,]),\s*(\d{1,6})\s*[-–]\s*(\d{1,6})$/;

/**
 * Splits a venue line as Scholar writes it ("Meat Science 49 (2), 137-144", "Nature 521, 436",
 * "2010 Brazilian symposium on software engineering, 11-20") or dblp does ("Empir. Softw. Eng. 27(3)")
 * into the name, volume, issue and pages. Lines of any other shape come back whole as the title.
 */
export function venueParts(venue: string): VenueParts {
  const line = venue.trim();
  const journal = JOURNAL_LINE.exec(line);
  if (journal) {
    const [, title, volume, issue, firstPage, lastPage] = journal;
    return { title: title!.trim(), volume, ...(issue && { issue: issue.trim() }), firstPage, ...(lastPage && { lastPage }) };
  }
  const volumeIssue = VOLUME_ISSUE_LINE.exec(line);
  if (volumeIssue) {
    const [, title, volume, issue] = volumeIssue;
    return { title: title!.trim(), volume, issue: issue!.trim() };
  }
  const proceedings = PROCEEDINGS_LINE.exec(line);
  if (proceedings) {
    const [, title, firstPage, lastPage] = proceedings;
    return { title: title!.trim(), firstPage, lastPage };
  }
  return { title: line };
}
