import MiniSearch from 'minisearch';
import type { StoredPaper } from '../db/database';
import { cjkRuns, hasCjk, tokenizeField, tokenizeQuery } from './cjk';
import { topicLabels } from './filter';
import { foldTerm } from './fold';
import { extractAclAnthologyId, extractArxivId, normalizeDoi } from '../model/ids';

/**
 * Fields the library search reads. Topic labels include the user's topic corrections. `ids` contains
 * the DOI, arXiv id, ACL Anthology id and dblp key, so that a pasted identifier finds its paper.
 */
const FIELDS = ['title', 'authors', 'venue', 'topics', 'tags', 'note', 'ids', 'year'] as const;

/** Title matches rank above author, venue and topic matches. */
const BOOST = { title: 2 };

interface SearchDocument {
  id: string;
  title: string;
  authors: string;
  venue: string;
  topics: string;
  tags: string;
  note: string;
  ids: string;
  year: string;
}

/**
 * A full-text index over stored papers, built with MiniSearch 7.2. Outside Chinese, Japanese and
 * Korean (CJK) text, a term matches whole words, and a term of two or more characters also matches
 * word prefixes. A one-character term matches only whole words, because as a prefix it would match
 * most of a large library. Case and the accents of Latin, Greek and Cyrillic letters are ignored
 * in both the query and the papers, so "Camoes" finds "Camões" and "inovação" finds "inovacao".
 *
 * A run of CJK characters in the query matches that run anywhere inside one field, also in the
 * middle of a longer run. The index contains the character bigrams of each run. A query run must
 * match all of its bigrams, and a substring check on the candidates drops papers where they are
 * not contiguous. All terms are combined with AND, so "BERT 中文" needs both a word starting with
 * "bert" and the run "中文".
 * NOTE: a word that switches script, such as "BERT中文", is split at the switch, and its parts
 * match independently of their order. Simplified and Traditional Chinese forms ("学习", "學習")
 * and hiragana and katakana spellings of a word are not folded, so each finds only itself.
 */
export class PaperSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize: tokenizeField,
    processTerm: foldTerm,
    searchOptions: { boost: BOOST, prefix: matchesPrefixes, combineWith: 'AND', tokenize: tokenizeQuery },
  });

  /** `updatedAt` of each indexed paper, to tell which papers changed since the last `sync`. */
  private readonly versions = new Map<string, string>();

  /** The indexed fields of each paper, for the substring check of CJK query runs. */
  private readonly documents = new Map<string, SearchDocument>();

  /** Builds an index over `papers`. */
  constructor(papers: StoredPaper[] = []) {
    this.sync(papers);
  }

  /**
   * Brings the index in line with `papers`: adds new papers, re-indexes papers whose `updatedAt`
   * changed and removes papers that are gone. Unchanged papers cost only a lookup.
   */
  sync(papers: StoredPaper[]): void {
    const present = new Set<string>();
    const added: SearchDocument[] = [];
    for (const paper of papers) {
      present.add(paper.id);
      const version = this.versions.get(paper.id);
      if (version === paper.updatedAt) continue;
      if (version !== undefined) this.index.discard(paper.id);
      this.versions.set(paper.id, paper.updatedAt);
      const document = toDocument(paper);
      this.documents.set(paper.id, document);
      added.push(document);
    }
    for (const id of Array.from(this.versions.keys())) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.versions.delete(id);
      this.documents.delete(id);
    }
    this.index.addAll(added);
  }

  /**
   * Returns the ids of papers that match every term of `query`, best match first, or null for an
   * empty query (meaning that no search applies).
   */
  search(query: string): string[] | null {
    if (query.trim() === '') return null;
    const ids = this.index.search(identifierOf(query) ?? query).map((result) => String(result.id));

    // Runs of one or two characters are a single term, so only longer runs can match apart.
    const longRuns = cjkRuns(query).filter((run) => Array.from(run).length > 2);
    if (longRuns.length === 0) return ids;
    return ids.filter((id) => {
      const document = this.documents.get(id);
      return document !== undefined && containsRuns(document, longRuns);
    });
  }
}

/** A dblp record as a link or a BibTeX key: "https://dblp.org/rec/conf/cvpr/HeZRS16.html", "DBLP:conf/cvpr/HeZRS16". */
const DBLP_RECORD = /^(?:(?:https?:\/\/)?dblp\.(?:org|uni-trier\.de)\/rec\/|dblp:)((?:conf|journals|books|phd|series|reference|persons|tr|ms|www)\/[\w/-]+?)(?:\.(?:html|bib|xml))?$/i;
/** An arXiv id with its prefix or version, as reference lists print it: "arXiv:2401.01234v2", "hep-th/9901001v1". */
const ARXIV_ID = /^(?:arxiv:\s*)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;
/** A link to a DOI resolver, arXiv or the ACL Anthology, with or without its scheme. */
const ID_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:dx\.)?(?:doi\.org|arxiv\.org|aclanthology\.org)\//i;

/**
 * Returns the identifier in a query pasted as a DOI with "doi:" or in a resolver link, an arXiv id
 * with "arXiv:" or a version, a link to arXiv, the ACL Anthology or dblp, or a dblp BibTeX key.
 * Returns null for other queries, which are searched as words.
 */
function identifierOf(query: string): string | null {
  const text = query.trim();
  if (/\s/.test(text.replace(/^(?:doi|arxiv):\s+/i, ''))) return null;
  const dblp = DBLP_RECORD.exec(text)?.[1];
  if (dblp) return dblp;
  if (ARXIV_ID.test(text)) return extractArxivId(text.replace(/^arxiv:\s*/i, ''), { bare: true });
  if (ID_LINK.test(text)) {
    const link = /^https?:/i.test(text) ? text : `https://${text}`;
    return normalizeDoi(link) ?? extractArxivId(link) ?? extractAclAnthologyId(link);
  }
  return /^doi:/i.test(text) ? normalizeDoi(text) : null;
}

/** Returns whether each of `runs` occurs inside one field of `document`, compared after NFKC. */
function containsRuns(document: SearchDocument, runs: string[]): boolean {
  const text = FIELDS.map((field) => document[field]).join('\n').normalize('NFKC');
  return runs.every((run) => text.includes(run));
}

/**
 * Decides which query terms also match prefixes. A CJK term of two characters is a bigram, and a
 * one-character CJK term matches the bigrams that start with it and the index's last-character term.
 */
function matchesPrefixes(term: string): boolean {
  const length = Array.from(term).length;
  return hasCjk(term) ? length === 1 : length > 1;
}

/** Indexes a paper's topics by the labels it is shown or exported under, as the topic filter offers them. */
function toDocument(paper: StoredPaper): SearchDocument {
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors.map((author) => author.name).join(' '),
    venue: paper.venue ?? '',
    topics: topicLabels(paper).join(' '),
    tags: (paper.userTags ?? []).join(' '),
    note: paper.note ?? '',
    ids: [paper.ids.doi, paper.ids.arxiv, paper.ids.aclAnthology, paper.ids.dblpKey].filter(Boolean).join(' '),
    year: paper.year === null ? '' : String(paper.year),
  };
}
