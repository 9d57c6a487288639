import { hash64 } from '../model';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { createIndex, findMatch, lookupKeys, type KeyIndex } from './match';

/**
 * Returns every stored record that a sighting in the batch may match, starting from `known`
 * records already read.
 *
 * With `byId`, records are then read by primary key, at the id derived from each sighting's
 * strongest key. Where that id belongs to a record the sighting does not match (two rows of one
 * profile sharing a cluster id), the id derived from all its keys is read too.
 *
 * A sighting is settled when the records read contain all its identity keys and one of them
 * matches it by such a key. Other records sharing those keys were matched against that record
 * when they were stored, so they are not read. For unsettled sightings, every record that shares
 * an identity key or a title key of a close year is read through the `keys` index, which costs
 * one cursor step per key.
 */
export async function findStored(
  db: ScholarLensDatabase,
  sightings: StoredPaper[],
  known: StoredPaper[],
  byId: boolean,
): Promise<StoredPaper[]> {
  const found = new Map(known.map((record) => [record.id, record]));
  let open = unsettled(found, sightings);
  if (byId && open.length > 0) {
    await readByIds(db, found, open.map((sighting) => sighting.id));
    open = unsettled(found, open);
    const idInUse = open.filter((sighting) => found.has(sighting.id));
    if (idInUse.length > 0) {
      await readByIds(db, found, idInUse.map((sighting) => alternateId(sighting.keys)));
      open = unsettled(found, open);
    }
  }

  // An empty store, as on first use, has nothing to match. Reading at most one key checks that in
  // one request, where a count may visit every stored record.
  if (open.length === 0 || (found.size === 0 && (await db.papers.limit(1).primaryKeys()).length === 0)) {
    return Array.from(found.values());
  }
  const keys = new Set(open.flatMap((sighting) => lookupKeys(sighting)));
  if (keys.size > 0) {
    const shared = await db.papers.where('keys').anyOf(Array.from(keys)).distinct().toArray();
    for (const record of shared) found.set(record.id, record);
  }
  return Array.from(found.values());
}

async function readByIds(db: ScholarLensDatabase, found: Map<string, StoredPaper>, ids: string[]): Promise<void> {
  const missing = Array.from(new Set(ids)).filter((id) => !found.has(id));
  if (missing.length === 0) return;
  const records = await db.papers.bulkGet(missing);
  for (const record of records) if (record) found.set(record.id, record);
}

/** Returns the id a new record takes when the id derived from its strongest key is in use. */
export function alternateId(keys: string[]): string {
  return `p-${hash64(keys.join(' '))}`;
}

/**
 * Returns the id derived from all of `keys`, or, when that is taken too, the same id with the
 * first free counter ("-2", "-3"). Entries with no identifier and one title (two "Introduction"
 * papers of unknown year by other authors) have the same keys.
 */
export function unusedId(usedIds: ReadonlySet<string>, keys: string[]): string {
  const base = alternateId(keys);
  let id = base;
  for (let count = 2; usedIds.has(id); count++) id = `${base}-${count}`;
  return id;
}

function unsettled(found: Map<string, StoredPaper>, sightings: StoredPaper[]): StoredPaper[] {
  const index = createIndex(Array.from(found.values()));
  return sightings.filter((sighting) => !settled(index, sighting));
}

function settled(index: KeyIndex, sighting: StoredPaper): boolean {
  const idKeys = sighting.keys.filter((key) => !key.startsWith('title:'));
  if (idKeys.length === 0 || !idKeys.every((key) => index.byKey.has(key))) return false;
  // An empty title leaves out title matching, so only an identity key can match.
  return findMatch(index, { ...sighting, title: '' })?.kind === 'same';
}
