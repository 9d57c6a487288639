import { safeParse } from 'zod/mini';
import { PageRecord, withSighting, type Paper, type Provenance } from '../model';
import type { RejectedRecord } from '../messaging/messages';
import type { PaperSource } from '../db/upsert';

export interface CheckedRecords {
  /** The records that passed validation, in request order. */
  papers: Paper[];
  /** For each entry of `papers`, its index in the request. */
  indexes: number[];
  rejected: RejectedRecord[];
}

/**
 * Validates the records of a `papers/upsert` request one by one, and gives each valid one the
 * request's sighting as its provenance. Content scripts send records as their adapters built them,
 * so this is where a record that breaks the page record schema is rejected, named by its first
 * invalid field and its title when it has one.
 */
export function checkRecords(records: readonly unknown[], sighting: Provenance): CheckedRecords {
  const { checked, papers } = checkRecordsAsRead(records, sighting);
  for (const paper of papers) checked.papers.push(paper);
  return checked;
}

/**
 * `checkRecords`, validating each record only when `papers` is iterated, so that the store can
 * validate a record while the database writes earlier ones. `checked.indexes` and
 * `checked.rejected` are complete once `papers` has been read to its end, and `checked.papers` stays empty.
 */
export function checkRecordsAsRead(
  records: readonly unknown[],
  sighting: Provenance,
): { checked: CheckedRecords; papers: PaperSource } {
  const checked: CheckedRecords = { papers: [], indexes: [], rejected: [] };
  function* valid(): Generator<Paper> {
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      const result = safeParse(PageRecord, record);
      if (result.success) {
        checked.indexes.push(index);
        yield withSighting(result.data, sighting);
        continue;
      }
      const issue = result.error.issues[0];
      checked.rejected.push({ index, error: `invalid ${issue?.path.join('.') || 'record'} in ${describeRecord(record, index)}` });
    }
  }
  return { checked, papers: { length: records.length, [Symbol.iterator]: valid } };
}

/** Places the stored states of the valid records at their request positions, and null at the rejected ones. */
export function byRequestIndex<T>(checked: CheckedRecords, total: number, values: readonly T[]): (T | null)[] {
  const placed: (T | null)[] = new Array<T | null>(total).fill(null);
  checked.indexes.forEach((requestIndex, position) => {
    placed[requestIndex] = values[position] ?? null;
  });
  return placed;
}

function describeRecord(record: unknown, index: number): string {
  const title = typeof record === 'object' && record !== null ? (record as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title !== '' ? `record ${index} ("${title.slice(0, 80)}")` : `record ${index}`;
}
