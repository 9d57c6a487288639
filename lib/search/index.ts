import MiniSearch from 'minisearch';
import type { StoredPaper } from '../db/database';

/** Fields the library search reads. Topic labels include the user's topic corrections and tags. */
const FIELDS = ['title', 'authors', 'venue', 'topics'] as const;

/** Title matches rank above author, venue and topic matches. */
const BOOST = { title: 2 };

interface SearchDocument {
  id: string;
  title: string;
  authors: string;
  venue: string;
  topics: string;
}

/**
 * A full-text index over stored papers, built with MiniSearch 7.2. A term matches whole words,
 * and a term of two or more characters also matches word prefixes. A one-character term matches
 * only whole words, because as a prefix it would match most of a large library.
 * NOTE: MiniSearch's default tokenizer splits on spaces and punctuation, so CJK text without spaces
 * is one word, and a CJK query finds it only by its first characters.
 */
export class PaperSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    searchOptions: { boost: BOOST, prefix: (term) => Array.from(term).length > 1, combineWith: 'AND' },
  });

  /** `updatedAt` of each indexed paper, to tell which papers changed since the last `sync`. */
  private readonly versions = new Map<string, string>();

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
      added.push(toDocument(paper));
    }
    for (const id of Array.from(this.versions.keys())) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.versions.delete(id);
    }
    this.index.addAll(added);
  }

  /**
   * Returns the ids of papers that match every term of `query`, best match first, or null for an
   * empty query (meaning that no search applies).
   */
  search(query: string): string[] | null {
    if (query.trim() === '') return null;
    return this.index.search(query).map((result) => String(result.id));
  }
}

function toDocument(paper: StoredPaper): SearchDocument {
  const topics = paper.userTopics ?? paper.topics;
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors.map((author) => author.name).join(' '),
    venue: paper.venue ?? '',
    topics: [...topics.map((topic) => topic.label), ...(paper.userTags ?? [])].join(' '),
  };
}
