import Dexie, { type EntityTable } from 'dexie';
import type { Paper, Profile, Topic } from '../model';
import type { FieldSources } from './field-sources';

/** A paper as stored: the record plus the user's own state. */
export interface StoredPaper extends Paper {
  /** Identity keys (`doi:…`, `arxiv:…`, `gs-cluster:…`, `title:…|year`), a multi-entry index. */
  keys: string[];
  /** Profiles the paper was listed under (`site:id`), a multi-entry index. */
  profileKeys: string[];
  /** 1 when saved; a number because IndexedDB cannot index booleans. */
  saved: 0 | 1;
  savedAt: string | null;
  addedAt: string;
  updatedAt: string;
  note?: string;
  /**
   * Hash of the title, venue and abstract the tagger last read for this record, not indexed. A
   * sighting with the same text keeps the stored tags instead of being tagged again.
   */
  taggedFrom?: string;
  /** The user's topic corrections; they replace the tagger's topics wherever the paper shows. */
  userTopics?: Topic[];
  /**
   * Ids of other stored records that are versions of the same work (a preprint and its
   * published version). They stay separate records; not indexed.
   */
  versions?: string[];
  /** Source (site, page, time) of each merged field's current value, not indexed. */
  fieldSources?: FieldSources;
  /** The user's own tags, free text, not indexed (the library filters them in memory). */
  userTags?: string[];
}

export interface StoredProfile extends Profile {
  /** `site:id`. */
  key: string;
  updatedAt: string;
}

export const DATABASE_NAME = 'scholar-lens';

export class ScholarLensDatabase extends Dexie {
  papers!: EntityTable<StoredPaper, 'id'>;
  profiles!: EntityTable<StoredProfile, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Schema changes add a version with an upgrade; an existing version is never edited.
    this.version(1).stores({
      papers: 'id, *keys, *profileKeys, saved, year, citations, addedAt',
      profiles: 'key, site, updatedAt',
    });
  }
}
