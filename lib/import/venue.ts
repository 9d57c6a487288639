import { venueParts, type VenueParts } from '../export/venue';
import { equal } from '../db/equal';

/** The separator of a page range: a hyphen, BibTeX's "--", or an en or em dash. */
const PAGE_RANGE = /\s*(?:-{1,3}|–|—)\s*/;

/**
 * Builds the venue line the library stores from a container title and its volume, issue and
 * pages: "Meat Science 49 (2), 137-144" for a volume, "Proceedings of X, 11-20" for pages alone.
 * The exporters split that line again with `venueParts` into journal or booktitle, volume,
 * number and pages, so an exported entry reads back as the line it was written from.
 * A volume and issue without pages give "Nature 521 (7553)", so editorials of two issues stay apart.
 * Some combinations would not split back into the same parts: a volume without issue or pages, a volume
 * such as "abs/2408.03465", or article numbers such as "28:1--28:16". Those return the title
 * alone, because the exporters would write such a tail as part of the journal name.
 */
export function venueLine(title: string, volume?: string, issue?: string, pages?: string): string {
  const range = pages?.trim() ? pages.trim().split(PAGE_RANGE) : [];
  const [firstPage, lastPage] = range;
  if (!firstPage && volume?.trim() && issue?.trim()) return volumeAndIssue(title, volume.trim(), issue.trim());
  if (!firstPage || range.length > 2) return title;

  const parts: VenueParts = { title };
  let line = title;
  if (volume?.trim()) {
    parts.volume = volume.trim();
    line += ` ${parts.volume}`;
    if (issue?.trim()) {
      parts.issue = issue.trim();
      line += ` (${parts.issue})`;
    }
  } else if (!lastPage) {
    // "Name, 11" without a volume would not split, so a single page needs a volume.
    return title;
  }
  parts.firstPage = firstPage;
  line += `, ${firstPage}`;
  if (lastPage) {
    parts.lastPage = lastPage;
    line += `-${lastPage}`;
  }
  return equal(venueParts(line), parts) ? line : title;
}

/** Returns "Title V (I)", or the title alone when that line would not split back into the same parts. */
function volumeAndIssue(title: string, volume: string, issue: string): string {
  const line = `${title} ${volume} (${issue})`;
  return equal(venueParts(line), { title, volume, issue }) ? line : title;
}
