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
/** A page, or dblp's article number and page ("87:1"). */
const PAGE = String.raw`[A-Za-z]?\d{1,7}(?::\d{1,5})?`;
/**
 * "Empir. Softw. Eng. 27(3): 87:1-87:41" or "Nature 521: 436", as dblp writes a journal: a name and a
 * volume, then an issue, pages after a colon, or both.
 */
const DBLP_JOURNAL_LINE = new RegExp(
  String.raw`^(.*[^\d\s,:])\s+(\d{1,5})(?:\s*\(([^()]{1,15})\)(?::\s*(${PAGE})(?:\s*[-–]\s*(${PAGE}))?)?|:\s*(${PAGE})(?:\s*[-–]\s*(${PAGE}))?)$`,
);
/** "ICXX: 101-112", as dblp writes a conference paper: a name, a colon and pages. */
const DBLP_PAGES_LINE = new RegExp(String.raw`^(.*\S):\s*(${PAGE})(?:\s*[-–]\s*(${PAGE}))?$`);
/** "Proceedings of …, 11-20": a name, then a page range. */
const PROCEEDINGS_LINE = /^(.*[^\d\s,]),\s*(\d{1,6})\s*[-–]\s*(\d{1,6})$/;
/** "Proceedings of … Retrieval, 289": a meeting's name, then the first page alone, as Scholar writes some papers. */
const PROCEEDINGS_PAGE_LINE = /^(.*\b(?:proceedings|conference|workshop|symposium)\b.*[^\d\s,]),\s*(\d{1,6})$/i;

/**
 * Splits a venue line as Scholar writes it ("Meat Science 49 (2), 137-144", "Nature 521, 436",
 * "2010 Brazilian symposium on software engineering, 11-20", "Proceedings of … Retrieval, 289") or dblp does ("Empir. Softw. Eng.
 * 27(3): 87:1-87:41", "ICXX: 101-112") into the name, volume, issue and pages. Lines of any other
 * shape come back whole as the title.
 */
export function venueParts(venue: string): VenueParts {
  const line = venue.trim();
  const journal = JOURNAL_LINE.exec(line);
  if (journal) {
    const [, title, volume, issue, firstPage, lastPage] = journal;
    return { title: journalName(title!), volume, ...(issue && { issue: issue.trim() }), firstPage, ...(lastPage && { lastPage }) };
  }
  const dblpJournal = DBLP_JOURNAL_LINE.exec(line);
  if (dblpJournal) {
    const [, title, volume, issue, issueFirst, issueLast, first, last] = dblpJournal;
    const firstPage = issueFirst ?? first;
    const lastPage = issueLast ?? last;
    return {
      title: journalName(title!),
      volume,
      ...(issue && { issue: issue.trim() }),
      ...(firstPage && { firstPage }),
      ...(lastPage && { lastPage }),
    };
  }
  const dblpPages = DBLP_PAGES_LINE.exec(line);
  if (dblpPages) {
    const [, title, firstPage, lastPage] = dblpPages;
    return { title: title!.trim(), firstPage, ...(lastPage && { lastPage }) };
  }
  const proceedings = PROCEEDINGS_LINE.exec(line);
  if (proceedings) {
    const [, title, firstPage, lastPage] = proceedings;
    return { title: title!.trim(), firstPage, lastPage };
  }
  const proceedingsPage = PROCEEDINGS_PAGE_LINE.exec(line);
  if (proceedingsPage) {
    const [, title, firstPage] = proceedingsPage;
    return { title: title!.trim(), firstPage };
  }
  return { title: line };
}

/** A "Vol" or "Volume" before the volume number, as some venue lines write it, is not part of the name. */
const VOLUME_WORD = /,?\s+vol(?:ume|\.)?$/i;

/** Returns the name before a volume, without its "Vol" word: "Journal of Advanced Computational Intelligence Vol 11 (7)". */
function journalName(title: string): string {
  const name = title.trim();
  const bare = name.replace(VOLUME_WORD, '');
  return bare || name;
}
