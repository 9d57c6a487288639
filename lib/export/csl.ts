import type { Paper } from '../model/paper';
import { arxivId, codeUrls, keywords, landingUrl, publicationKind, thesisDegree, thesisSchool, venueOf, type AnnotatedPaper, type PublicationKind } from './fields';
import { citationKeys } from './keys';
import { splitCitationName, splitName } from './person';

/** A CSL-JSON name: split parts, or `literal` when the name could not be split safely. */
export type CslName = { given?: string; family: string; suffix?: string } | { literal: string };

/** The CSL-JSON item fields this exporter writes (CSL 1.0.2 variable names). */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'paper-conference' | 'article' | 'chapter' | 'book' | 'thesis';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': [[number]] };
  DOI?: string;
  URL?: string;
  number?: string;
  publisher?: string;
  /** The kind of a thesis ("PhD thesis"). */
  genre?: string;
  abstract?: string;
  keyword?: string;
  /** Code repository links, as "Code: URL, URL", the form the other exports write. */
  note?: string;
  /** The user's note on the paper. */
  annote?: string;
  /**
   * Facts CSL has no variable for. `authorsTruncated` marks an author list the site cut short.
   * `nativeNames` is aligned with `author` and gives each name's native-script form, such as
   * "林浩然" for "Haoran Lin (林浩然)", or null where the name has none.
   */
  custom?: { authorsTruncated?: true; nativeNames?: (string | null)[]; dblpKey?: string };
}

const CSL_TYPES: Record<PublicationKind, CslItem['type']> = {
  journal: 'article-journal',
  conference: 'paper-conference',
  preprint: 'article',
  chapter: 'chapter',
  book: 'book',
  thesis: 'thesis',
  other: 'article',
};

/**
 * Converts papers to CSL-JSON items whose ids are the citation keys. A truncated author list keeps
 * only the names the site showed and sets `custom.authorsTruncated`, so no placeholder person is added.
 * `keys` maps paper ids to citation keys, as `citationKeys` builds them for the whole export.
 */
export function toCslJson(papers: AnnotatedPaper[], keys = citationKeys(papers)): CslItem[] {
  return papers.map((paper) => toCslItem(paper, keys.get(paper.id) ?? paper.id));
}

function toCslItem(paper: AnnotatedPaper, key: string): CslItem {
  const kind = publicationKind(paper);
  const item: CslItem = { id: key, type: CSL_TYPES[kind], title: paper.title };

  if (paper.authors.length > 0) item.author = paper.authors.map((author) => toCslName(author.name));
  // The CSL-JSON schema (csl-data.json, CSL 1.0.2) allows no other key in a name, so native forms go into `custom`.
  const nativeNames = paper.authors.map((author) => splitName(author.name).altName ?? null);

  const venue = venueOf(paper);
  // A book names its publisher and a thesis its school (CSL's publisher) where others name a container.
  if (venue && kind === 'book') item.publisher = venue.title;
  else if (kind === 'thesis') {
    item.genre = thesisDegree(paper.venue);
    const school = venue && thesisSchool(venue.title);
    if (school) item.publisher = school;
  }
  else if (venue) item['container-title'] = venue.title;
  if (venue?.volume) item.volume = venue.volume;
  if (venue?.issue) item.issue = venue.issue;
  if (venue?.firstPage) item.page = venue.lastPage ? `${venue.firstPage}-${venue.lastPage}` : venue.firstPage;
  if (paper.year !== null) item.issued = { 'date-parts': [[paper.year]] };
  if (paper.ids.doi) item.DOI = paper.ids.doi;

  const url = landingUrl(paper);
  if (url) item.URL = url;

  // A preprint names the server as publisher and the arXiv id as number.
  const eprint = arxivId(paper);
  if (kind === 'preprint' && eprint) {
    item.publisher = 'arXiv';
    item.number = `arXiv:${eprint}`;
  }

  if (paper.abstract) item.abstract = paper.abstract;
  const keywordList = keywords(paper);
  if (keywordList.length > 0) item.keyword = keywordList.join(', ');
  const code = codeUrls(paper);
  if (code.length > 0) item.note = `Code: ${code.join(', ')}`;
  if (paper.note) item.annote = paper.note;
  if (paper.authorsTruncated) item.custom = { authorsTruncated: true };
  if (nativeNames.some((name) => name !== null)) item.custom = { ...item.custom, nativeNames };
  if (paper.ids.dblpKey) item.custom = { ...item.custom, dblpKey: paper.ids.dblpKey };
  return item;
}

function toCslName(displayName: string): CslName {
  const name = splitCitationName(displayName);
  if (!name.given) return { literal: name.family };
  if (name.suffix) return { given: name.given, family: name.family, suffix: name.suffix };
  return { given: name.given, family: name.family };
}
