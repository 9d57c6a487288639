import { ScholarLensDatabase } from '../../lib/db/database';

const opened: ScholarLensDatabase[] = [];

/** Opens a database under a new random name, so tests never share one. */
export function freshDatabase(prefix = 'test'): ScholarLensDatabase {
  const db = new ScholarLensDatabase(`${prefix}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Deletes every database that `freshDatabase` opened since the last call; call it after each test. */
export async function deleteTestDatabases(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}
