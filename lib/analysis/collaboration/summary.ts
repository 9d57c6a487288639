import type { Coauthor, Paper } from '../../model';
import { namesCompatible, normalizeName, stripProfileNotes, type Person } from '../names';
import { indexCoauthors, type CoauthorIndex } from './people';

/** One co-author and the papers they share with the profile's owner. */
export interface Collaborator {
  id: string;
  /** The fullest spelling seen on the papers. */
  name: string;
  /** Joint papers. */
  papers: number;
  firstYear: number | null;
  lastYear: number | null;
  /** `papers` divided by the profile's paper count. */
  share: number;
  /**
   * The co-author's profile link, http(s) only: the author link of a person kept apart from a
   * namesake by `siteId`, else the entry with a compatible name in the page's co-author list.
   */
  url?: string;
  /** The site's person id (dblp pid), set only where it keeps this co-author apart from a namesake. */
  siteId?: string;
  /** The name to print: `name`, with a note in brackets where another co-author has the same name (see `displayNames`). */
  displayName: string;
}

/** A collaborator while joint papers are counted, before the display name is added. */
type CollaboratorCount = Omit<Collaborator, 'displayName'>;

export interface CollaborationSummary {
  paperCount: number;
  /** Distinct co-authors over all papers. */
  coauthorCount: number;
  top: Collaborator[];
  /** Owner's position, counted only on papers whose author list is complete and names the owner. */
  positions: { first: number; middle: number; last: number; solo: number; counted: number };
  /** Papers whose complete author list is the owner alone, as `positions.solo` counts them. */
  soloPapers: number;
  /** Co-authors whose first joint paper falls in the profile's last `NEW_WINDOW_YEARS` years. */
  newCollaborators: Collaborator[];
  /** Co-authors with `LONG_STANDING_PAPERS` or more joint papers spread over `LONG_STANDING_YEARS` years or more. */
  longStanding: Collaborator[];
}

export const NEW_WINDOW_YEARS = 2;
export const LONG_STANDING_YEARS = 5;
export const LONG_STANDING_PAPERS = 3;

/**
 * Summarises who the owner writes with. Plain loops only, so the content script can run it.
 * `siteCoauthors` is the page's own co-author list, which gives profile links.
 */
export function summarizeCollaboration(
  papers: readonly Paper[],
  owner: { name: string | null; coauthors?: readonly Coauthor[] },
  options: { limit?: number; index?: CoauthorIndex } = {},
): CollaborationSummary {
  const limit = options.limit ?? 10;
  const index = options.index ?? indexCoauthors(papers, owner.name);
  const byId = new Map<string, CollaboratorCount>();
  const positions = { first: 0, middle: 0, last: 0, solo: 0, counted: 0 };
  let soloPapers = 0;
  let latestYear: number | null = null;

  papers.forEach((paper, paperIndex) => {
    const year = paper.year;
    if (year !== null) latestYear = latestYear === null ? year : Math.max(latestYear, year);
    const position = index.positions[paperIndex];
    if (position) {
      positions[position] += 1;
      positions.counted += 1;
    }
    // A one-author paper by someone else (a misattributed row) is no single-author paper of the owner.
    if (position === 'solo') soloPapers += 1;

    for (const id of index.coauthors[paperIndex] ?? []) {
      const person = index.people.get(id);
      if (!person) continue;
      const found = byId.get(id) ?? newCollaborator(id, person);
      found.papers += 1;
      if (year !== null) {
        found.firstYear = found.firstYear === null ? year : Math.min(found.firstYear, year);
        found.lastYear = found.lastYear === null ? year : Math.max(found.lastYear, year);
      }
      byId.set(id, found);
    }
  });

  const counted = [...byId.values()];
  for (const collaborator of counted) collaborator.share = papers.length > 0 ? collaborator.papers / papers.length : 0;
  counted.sort(byPapersThenRecency);
  attachLinks(counted.slice(0, Math.max(limit, 50)), owner.coauthors ?? []);
  // `displayName` comes last, so that the fields before it keep their order in JSON output.
  const all: Collaborator[] = counted.map((collaborator) => ({
    ...collaborator,
    displayName: index.displayNames.get(collaborator.id) ?? collaborator.name,
  }));

  const newSince = latestYear === null ? null : latestYear - NEW_WINDOW_YEARS + 1;
  return {
    paperCount: papers.length,
    coauthorCount: all.length,
    top: all.slice(0, limit),
    positions,
    soloPapers,
    newCollaborators: all
      .filter((person) => newSince !== null && person.firstYear !== null && person.firstYear >= newSince)
      .slice(0, limit),
    longStanding: all
      .filter((person) => person.papers >= LONG_STANDING_PAPERS && span(person) >= LONG_STANDING_YEARS)
      .slice(0, limit),
  };
}

function newCollaborator(id: string, person: Person): CollaboratorCount {
  const collaborator: CollaboratorCount = { id, name: person.name, papers: 0, firstYear: null, lastYear: null, share: 0 };
  if (person.url) collaborator.url = person.url;
  if (person.siteId) collaborator.siteId = person.siteId;
  return collaborator;
}

/** Most joint papers first, then the most recent, then by name. */
export function byPapersThenRecency(a: CollaboratorCount, b: CollaboratorCount): number {
  return b.papers - a.papers || (b.lastYear ?? 0) - (a.lastYear ?? 0) || a.name.localeCompare(b.name);
}

function span(person: CollaboratorCount): number {
  return person.firstYear === null || person.lastYear === null ? 0 : person.lastYear - person.firstYear + 1;
}

/**
 * Gives each collaborator without a link the profile link of the site's co-author entry with a
 * compatible name. Where entries with different site ids (two Scholar user ids) share that name,
 * the collaborator gets no link, because the name alone cannot tell which one it is.
 */
function attachLinks(collaborators: CollaboratorCount[], siteCoauthors: readonly Coauthor[]): void {
  const linked = siteCoauthors.flatMap((coauthor) => {
    const name = normalizeName(stripProfileNotes(coauthor.name));
    const url = coauthor.url;
    return name && url && /^https?:\/\//i.test(url) ? [{ name, url, person: coauthor.siteId || url }] : [];
  });
  if (linked.length === 0) return;
  for (const collaborator of collaborators) {
    if (collaborator.url) continue;
    const name = normalizeName(collaborator.name);
    if (!name) continue;
    const matches = linked.filter((entry) => namesCompatible(entry.name, name));
    const namesakes = new Set(matches.map((entry) => entry.person));
    if (matches[0] && namesakes.size === 1) collaborator.url = matches[0].url;
  }
}
