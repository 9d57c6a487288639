import { extractArxivId } from '../model/ids';
import { confidentBest } from '../analysis/topics/confidence';
import { venueParts, type VenueParts } from './venue';
import type { Paper, PaperLink } from '../model/paper';

/** The kind of publication, which picks the entry type in each citation format. */
export type PublicationKind = 'preprint' | 'journal' | 'conference' | 'chapter' | 'book' | 'thesis' | 'other';

/** Words of a meeting's proceedings in English, Portuguese, Spanish, French and German, and NeurIPS's full name. */
const CONFERENCE_VENUE =
  /\b(?:proceedings|conference|workshop|symposium|proc\.|congress|congresso|congreso|simp[óo]sio|simposio|konferenz|tagung|advances in neural information processing)|(?:^|\s)(?:congr[èe]s|conf[ée]rence|colloque)\b/iu;
/**
 * Acronyms of major conferences ("NeurIPS 2023") and the "IC…" acronyms of international conferences
 * ("ICCSIP"), case-sensitive. A venue that also names a journal ("Transactions of the ACL") is not one.
 */
const CONFERENCE_ACRONYM = new RegExp(
  String.raw`\b(?:${[
    'AAAI', 'IJCAI', 'ICML', 'NeurIPS', 'NIPS', 'ICLR', 'COLT', 'UAI', 'AISTATS', 'KDD', 'SIGKDD', 'WSDM', 'WWW', 'CIKM',
    'SIGIR', 'ECIR', 'RecSys', 'ICDM', 'ECML', 'ACL', 'EMNLP', 'NAACL', 'EACL', 'COLING', 'CoNLL', 'LREC', 'COLM', 'CVPR',
    'ICCV', 'ECCV', 'WACV', 'BMVC', 'MICCAI', 'SIGGRAPH', 'CHI', 'UIST', 'CSCW', 'STOC', 'FOCS', 'SODA', 'ICALP', 'ICSE',
    'ESEC', 'ISSTA', 'PLDI', 'POPL', 'OOPSLA', 'ICFP', 'LICS', 'OSDI', 'SOSP', 'NSDI', 'EuroSys', 'SIGCOMM', 'MobiCom',
    'INFOCOM', 'NDSS', 'SIGMOD', 'VLDB', 'ICDE', 'PODS', 'ICRA', 'IROS', 'CoRL', 'ISCA', 'HPCA', 'ASPLOS', 'ICCAD', 'ICASSP',
    'INTERSPEECH', 'Interspeech', 'ISIT', 'GLOBECOM', 'ISLPED', 'PODC', 'EUROCRYPT', 'ASIACRYPT', 'IJCNN', 'ICPR', 'ICIP',
    'DARS', 'ACCV', 'ASONAM', 'AMCIS', 'ECIS', 'PACIS', 'HICSS', 'WEBIST', 'JCDL', 'TPDL', 'ESEM', 'IC[A-Z]{2,6}',
  ].join('|')})\b`,
);
/**
 * A capital acronym with its edition's year, as conferences are named: "DIAL'06", "CIAIQ2014", and
 * "Computer VisionACCV 2007", where Scholar dropped the dash. "PLOS ONE 2007" is not one.
 */
const ACRONYM_WITH_YEAR = /(?:^|[^\p{L}])\p{Lu}{3,8}(?:'\d\d|(?:19|20)\d\d)(?!\d)|\p{Ll}\p{Lu}{3,8}\s(?:19|20)\d\d(?!\d)/u;
/**
 * A publisher's name alone, which Scholar gives as the venue of a book ("Springer", "Routledge",
 * "Dover"), as a university press is.
 */
const PUBLISHER_VENUE = new RegExp(
  String.raw`^(?:${[
    'springer(?:[- ]verlag| nature| science (?:&|and) business media)?', 'routledge', 'taylor (?:&|and) francis', 'elsevier',
    'wiley(?:-blackwell)?', 'john wiley (?:&|and) sons', 'sage(?: publications)?', 'palgrave(?: macmillan)?', 'macmillan',
    'penguin(?: books)?', 'crown(?: publishers)?', 'dover(?: publications)?', 'payot', 'gallimard', 'world scientific',
    '(?:walter )?de gruyter', 'birkh[äa]user', 'pearson(?: education)?', 'mcgraw[- ]hill', "o'reilly(?: media)?",
    'addison[- ]wesley', 'prentice[- ]hall', 'basic books', 'harper(?:collins| (?:&|and) row)?', '(?:w\. ?w\. )?norton',
  ].join('|')})$`,
  'iu',
);
/** Words of periodicals, among them the special interest groups' newsletters ("ACM SIGIR Forum", "SIGMOD Record"). */
const JOURNAL_VENUE = /\b(?:journal|transactions|letters|review|magazine|forum|record|notices|newsletter|explorations)\b/i;
/**
 * Journals named "Proceedings of …": of an academy, a learned society or the VLDB Endowment, of the
 * IEEE alone, or the ACM's journals ("Proceedings of the ACM on Programming Languages"), written out
 * or abbreviated ("Proc. Natl. Acad. Sci.", "Proc. ACM Program. Lang.").
 */
const JOURNAL_PROCEEDINGS = new RegExp(
  [
    String.raw`\bproceedings of the (?:(?:[\p{L}-]+ ){0,5}(?:academy|society|endowment)\b|ieee\b(?!\s+\p{L})|acm on\b)`,
    String.raw`\bproc\.\s*(?:natl\.?\s*acad|r(?:oy)?\.\s*soc|ieee\b(?!\s+\p{L})|vldb\s+endow|acm\s+(?:hum|program|meas|manag|interact|comput|netw|softw)\b)`,
    String.raw`\bpnas\b`,
  ].join('|'),
  'iu',
);
/** Words that name a meeting. A society's proceedings whose name contains one are a conference's ("… Annual Meeting of the Cognitive Science Society"). */
const MEETING_VENUE = /\b(?:conference|meeting|workshop|symposium|congress|colloquium)\b/i;
/**
 * A DOI of a book's part: an ISBN after the prefix ("10.1007/978-0-387-76497-9_5", "10.1016/B978-…")
 * or a chapter number at the end ("10.1002/9783527628360.ch6").
 */
const CHAPTER_DOI = /^10\.\d{4,9}\/(?:[a-z]?97[89]-?\d|.*\.ch\d+$)/i;
/** A reference work's name: "Handbook of …", "The Oxford Handbook of …", "Encyclopedia of …". */
const REFERENCE_WORK_VENUE = /\b(?:handbook|encyclopedia|encyclopaedia)\s+of\b/i;
const ARXIV_VENUE = /^(?:arxiv|corr)\b/i;
/**
 * A venue line that starts by naming a thesis: a degree and "thesis" ("PhD thesis, University of
 * Oslo"), or "Thesis" alone before a comma. A journal such as "Thesis Eleven" is not one.
 */
const THESIS_VENUE =
  /^(?:(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.?\s?sc\.?|diploma)\s+(?:thesis|dissertation)\b|(?:thesis|dissertation)\s*(?:,|$))[\s,.:;-]*/i;
/** A university press or a press that publishes books, as Scholar writes a book's venue ("Princeton University Press"). */
const PRESS_VENUE = /\b(?:university|clarendon|academic|mit|crc|plenum|dover)\s+press\b/i;
/**
 * A venue that is a university's name alone ("University of Michigan", "Southern Illinois University
 * at Carbondale"), as Scholar writes the venue of a dissertation, a report or a collection. Names of
 * journals are left out.
 */
const SCHOOL_VENUE =
  /^(?:[\p{L}.'-]+\s+){0,3}(?:university|universit[äéàa]t?|universidade|universidad)(?:\s+(?:of|at|de|do|da|di|zu|in)\s+[\p{L}.' -]+)?$/iu;
const JOURNAL_WORDS = /\b(?:review|journal|bulletin|proceedings|studies|letters|quarterly|annals|magazine|transactions|report|papers?)\b/i;
/** Venues that are neither journals nor conferences: theses, patents, reports, preprint servers. */
const OTHER_VENUE = /\b(?:thesis|dissertation|patent|report|preprint|[a-z]*rxiv|ssrn)\b/i;

/** A paper as the citation formats read it: the record, and the user's note and tags where the library has them. */
export interface AnnotatedPaper extends Paper {
  /** The user's note, exported as an annotation. */
  note?: string | undefined;
  /** The user's own tags, exported as keywords after the topics. */
  userTags?: string[] | undefined;
}

/** Kinds of the publication types that sites and imports give, where one settles the kind. */
const KIND_OF_TYPE: Partial<Record<NonNullable<Paper['type']>, PublicationKind>> = {
  journal: 'journal',
  conference: 'conference',
  chapter: 'chapter',
  book: 'book',
  editorship: 'other',
  thesis: 'thesis',
  reference: 'other',
};

/**
 * Classifies a paper by the publication type its site or file gives (dblp marks journal articles,
 * conference papers, chapters and books), and otherwise from its venue and ids, checked in this order:
 * - "conference" for a dblp `conf/` key;
 * - "journal" for a journal named "Proceedings of …" (PNAS, Proceedings of the IEEE);
 * - "conference" for a conference-like venue, a major conference's acronym or an acronym with a year;
 * - "chapter" for a venue that names a reference work, or a venue without numbers and a book's DOI;
 * - "preprint" for an arXiv id with no venue other than arXiv or CoRR;
 * - "other" for no venue, an arXiv or CoRR venue without a readable id, or a venue that names a
 *   thesis, patent, report or preprint server;
 * - "journal" for any other venue.
 */
export function publicationKind(paper: Paper): PublicationKind {
  const typed = paper.type ? KIND_OF_TYPE[paper.type] : undefined;
  if (typed) return typed;
  const venue = paper.venue ?? '';
  const dblpKey = paper.ids.dblpKey ?? '';

  if (dblpKey.startsWith('conf/')) return 'conference';
  if (JOURNAL_PROCEEDINGS.test(venue) && !MEETING_VENUE.test(venue)) return 'journal';
  if (CONFERENCE_VENUE.test(venue)) return 'conference';
  if ((CONFERENCE_ACRONYM.test(venue) || ACRONYM_WITH_YEAR.test(venue)) && !JOURNAL_VENUE.test(venue)) return 'conference';
  if (REFERENCE_WORK_VENUE.test(venue) || (venue && !/\d/.test(venue) && CHAPTER_DOI.test(paper.ids.doi ?? ''))) return 'chapter';
  if (arxivId(paper) && (!venue || ARXIV_VENUE.test(venue))) return 'preprint';
  if (THESIS_VENUE.test(venue)) return 'thesis';
  if (!/\d/.test(venue) && (PRESS_VENUE.test(venue) || PUBLISHER_VENUE.test(venue.trim()))) return 'book';
  // A university's name alone does not say which of a thesis, a report or a collection it is.
  if (SCHOOL_VENUE.test(venue) && !JOURNAL_WORDS.test(venue)) return 'other';
  if (!venue || ARXIV_VENUE.test(venue) || OTHER_VENUE.test(venue)) return 'other';
  return 'journal';
}

/**
 * Returns the venue split into its name, volume, issue and pages, or null for preprints and
 * missing venues. A venue the site cut short ("…") stays whole, because its end may be missing.
 */
export function venueOf(paper: Paper): VenueParts | null {
  if (!paper.venue || publicationKind(paper) === 'preprint') return null;
  return paper.venueTruncated ? { title: paper.venue } : venueParts(paper.venue);
}


/**
 * Returns the school of a thesis from its venue line: the part after the words that name the
 * thesis ("University of Oslo" from "PhD thesis, University of Oslo"), or null when none is left.
 */
export function thesisSchool(venue: string): string | null {
  return venue.replace(THESIS_VENUE, '').trim() || null;
}

/** Names the degree of a thesis as CSL's genre and a venue line do: "Master's thesis" or "PhD thesis". */
export function thesisDegree(venue: string | null): string {
  return isMastersThesis(venue) ? "Master's thesis" : 'PhD thesis';
}

/** Tells whether a thesis venue names a master's or similar degree, for BibTeX's @mastersthesis. */
export function isMastersThesis(venue: string | null): boolean {
  return /^(?:master'?s?|m\.?\s?sc\.?|diploma)\s/i.test(venue ?? '');
}

/** Returns the arXiv id from the ids, or from an arXiv or CoRR venue such as "arXiv preprint arXiv:2405.13401". */
export function arxivId(paper: Paper): string | null {
  if (paper.ids.arxiv) return paper.ids.arxiv;
  if (!paper.venue || !ARXIV_VENUE.test(paper.venue)) return null;
  return extractArxivId(paper.venue) ?? extractArxivId(paper.venue.replace(/^corr\s+abs\//i, ''), { bare: true });
}

/**
 * Returns the http(s) link a citation points to: the DOI or publisher link, else the arXiv page,
 * else the site's record page (a Scholar or dblp detail page), so that a reader reaches the paper itself.
 * A DOI or arXiv id without a link, as an imported file may give them, comes before the record page.
 */
export function landingUrl(paper: Pick<Paper, 'links' | 'ids'>): string | null {
  const linkOf = (kind: PaperLink['kind']) => paper.links.find((candidate) => candidate.kind === kind && /^https?:\/\//i.test(candidate.url))?.url;
  return (
    linkOf('doi') ??
    linkOf('publisher') ??
    linkOf('arxiv') ??
    (paper.ids.doi ? `https://doi.org/${paper.ids.doi}` : undefined) ??
    (paper.ids.arxiv ? `https://arxiv.org/abs/${paper.ids.arxiv}` : undefined) ??
    linkOf('detail') ??
    null
  );
}

/** Returns the code repository URLs without repeats. */
export function codeUrls(paper: Paper): string[] {
  return [...new Set(paper.codeLinks.map((link) => link.url))];
}

/**
 * Minimum score of a tagger's second or third topic to be exported as a keyword. A weak runner-up
 * shows on the page with its score, but a keyword in a reference manager carries no score.
 */
export const KEYWORD_MIN_SCORE = 0.2;

/** Returns the keywords of an export: the topic labels (see `topicKeywords`), then the user's own tags, without repeats. */
export function keywords(paper: AnnotatedPaper): string[] {
  return [...new Set([...topicKeywords(paper), ...(paper.userTags ?? [])])];
}

/**
 * Returns the topic labels without repeats, to export as keywords: the best topic unless it is too
 * weak to show (see `confidentBest`), and the others that the user chose, that arXiv categories
 * gave, or that score at least `KEYWORD_MIN_SCORE`.
 */
export function topicKeywords(paper: Paper): string[] {
  const best = confidentBest(paper.topics);
  const confident = paper.topics.filter(
    (topic, index) =>
      (index === 0 && best !== null) || topic.tier === 'user' || topic.tier === 'arxiv-category' || topic.score >= KEYWORD_MIN_SCORE,
  );
  return [...new Set(confident.map((topic) => topic.label))];
}

/** Returns the arXiv category of a paper ("cs.CL"), when a topic came from one. */
export function arxivCategory(paper: Paper): string | null {
  return paper.topics.find((topic) => topic.tier === 'arxiv-category' && topic.class)?.class ?? null;
}
