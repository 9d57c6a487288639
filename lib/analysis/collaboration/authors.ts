import type { Author, Paper } from '../../model';
import { resolvePeople, type Person } from '../names';

/**
 * One author on one paper: the group of compatible spellings from `resolvePeople` that contains
 * the name, and the author's site id scoped by the host that issued it.
 */
interface Mention {
  group: Person;
  spelling: string;
  /** `host:siteId`, or null when the page gave no id. */
  scopedId: string | null;
  url?: string;
}

/**
 * A set of mentions taken as one person: one name group's mentions with one scoped id, or its
 * mentions without an id. Sets are joined by union-find.
 */
interface MentionSet {
  group: Person;
  scopedId: string | null;
  siteId?: string;
  url?: string;
  spellings: string[];
  /** The set this one was joined to, absent on a root. */
  parent?: MentionSet;
  /** On a root: the site id per host over every set joined to it. */
  idsByHost: Map<string, string>;
}

/** Every mention set, per name group keyed by scoped id ("" for none), and per scoped id. */
interface MentionSets {
  byGroup: Map<Person, Map<string, MentionSet>>;
  byId: Map<string, MentionSet[]>;
}

/**
 * Resolves every author of every paper to a person; the result mirrors `papers[i].authors[j]`,
 * with null for a name with no letters. Names are grouped by `resolvePeople`. Within a name group,
 * the site's person ids (dblp pids) then decide:
 * - a group with at most one id per host stays one person, with its id-less mentions;
 * - a group with two ids from one host splits into one person per id, and its id-less mentions
 *   form another person, because no id shows which namesake they belong to.
 * Mentions with the same id are one person even under different name groups. Ids from different
 * hosts are never compared, so a person with a dblp pid and an ACL Anthology id stays whole.
 */
export function resolveAuthors(papers: readonly Paper[]): (Person | null)[][] {
  const byName = resolvePeople(papers.flatMap((paper) => paper.authors.map((author) => author.name)));
  if (!papers.some((paper) => paper.authors.some((author) => author.siteId))) {
    return papers.map((paper) => paper.authors.map((author) => byName.get(author.name.trim()) ?? null));
  }

  const sets: MentionSets = { byGroup: new Map(), byId: new Map() };
  const mentionSets = papers.map((paper) =>
    paper.authors.map((author) => {
      const mention = mentionOf(author, paper, byName);
      return mention ? addMention(mention, sets) : null;
    }),
  );

  for (const sameId of sets.byId.values()) for (const set of sameId.slice(1)) join(sameId[0]!, set);
  const splitGroups = new Set<Person>();
  for (const [group, groupSets] of sets.byGroup) {
    const list = [...groupSets.values()];
    if (hasRivalIds(list)) splitGroups.add(group);
    else for (const set of list.slice(1)) join(list[0]!, set);
  }

  const members = new Map<MentionSet, MentionSet[]>();
  for (const groupSets of sets.byGroup.values()) {
    for (const set of groupSets.values()) {
      const root = rootOf(set);
      const list = members.get(root);
      if (list) list.push(set);
      else members.set(root, [set]);
    }
  }
  const people = new Map<MentionSet, Person>();
  const usedIds = new Set<string>();
  for (const [root, rootMembers] of members) {
    const person = personOf(rootMembers, splitGroups, sets);
    // Sets from different name groups can join, so one id could come up twice. A suffix keeps ids unique.
    let id = person.id;
    for (let n = 2; usedIds.has(id); n++) id = `${person.id}#${n}`;
    usedIds.add(id);
    person.id = id;
    people.set(root, person);
  }
  return mentionSets.map((row) => row.map((set) => (set ? people.get(rootOf(set))! : null)));
}

function mentionOf(author: Author, paper: Paper, byName: Map<string, Person>): Mention | null {
  const spelling = author.name.trim();
  const group = byName.get(spelling);
  if (!group) return null;
  // The dblp page owner has an id but no link, so the id takes the host of the page it was read on.
  const host = author.siteId ? (hostOf(author.url) ?? hostOf(paper.provenance[0]?.pageUrl)) : null;
  if (!host) return { group, spelling, scopedId: null };
  const mention: Mention = { group, spelling, scopedId: `${host}:${author.siteId}` };
  if (author.url) mention.url = author.url;
  return mention;
}

function addMention(mention: Mention, sets: MentionSets): MentionSet {
  let groupSets = sets.byGroup.get(mention.group);
  if (!groupSets) {
    groupSets = new Map();
    sets.byGroup.set(mention.group, groupSets);
  }
  let set = groupSets.get(mention.scopedId ?? '');
  if (!set) {
    set = newSet(mention);
    groupSets.set(mention.scopedId ?? '', set);
    if (mention.scopedId) {
      const sameId = sets.byId.get(mention.scopedId);
      if (sameId) sameId.push(set);
      else sets.byId.set(mention.scopedId, [set]);
    }
  }
  if (!set.spellings.includes(mention.spelling)) set.spellings.push(mention.spelling);
  set.url ??= mention.url;
  return set;
}

function newSet(mention: Mention): MentionSet {
  const set: MentionSet = { group: mention.group, scopedId: mention.scopedId, spellings: [], idsByHost: new Map() };
  if (mention.scopedId) {
    const colon = mention.scopedId.indexOf(':');
    set.siteId = mention.scopedId.slice(colon + 1);
    set.idsByHost.set(mention.scopedId.slice(0, colon), set.siteId);
  }
  return set;
}

/** True when two of the sets carry different ids from one host. */
function hasRivalIds(groupSets: readonly MentionSet[]): boolean {
  const idsByHost = new Map<string, string>();
  for (const set of groupSets) {
    for (const [host, id] of rootOf(set).idsByHost) {
      if ((idsByHost.get(host) ?? id) !== id) return true;
      idsByHost.set(host, id);
    }
  }
  return false;
}

function rootOf(set: MentionSet): MentionSet {
  let root = set;
  while (root.parent) root = root.parent;
  if (set !== root) set.parent = root;
  return root;
}

/** Joins two sets unless that would give one person two ids from one host. */
function join(a: MentionSet, b: MentionSet): void {
  const rootA = rootOf(a);
  const rootB = rootOf(b);
  if (rootA === rootB) return;
  for (const [host, id] of rootB.idsByHost) {
    if ((rootA.idsByHost.get(host) ?? id) !== id) return;
  }
  for (const [host, id] of rootB.idsByHost) rootA.idsByHost.set(host, id);
  rootB.parent = rootA;
}

/**
 * Returns the person for one joined set of mentions. A whole name group that no id split or
 * joined keeps its `resolvePeople` person, so records without ids resolve as before.
 */
function personOf(members: MentionSet[], splitGroups: Set<Person>, sets: MentionSets): Person {
  const first = members[0]!;
  const groups = new Set(members.map((set) => set.group));
  if (groups.size === 1 && !splitGroups.has(first.group) && members.length === sets.byGroup.get(first.group)?.size) {
    return first.group;
  }
  const split = members.find((set) => set.siteId && splitGroups.has(set.group));
  const spellings = [...new Set(members.flatMap((set) => set.spellings))];
  const name = spellings.reduce((longest, spelling) => (spelling.length > longest.length ? spelling : longest));
  const person: Person = { id: split ? `${split.group.id}|${split.scopedId}` : first.group.id, name, spellings };
  if (split?.siteId) person.siteId = split.siteId;
  if (split?.url) person.url = split.url;
  return person;
}

/** Returns the host of an http(s) URL without "www.", or null. */
function hostOf(url: string | undefined): string | null {
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] : undefined;
  return host ? host.toLowerCase() : null;
}
