import { ScholarLensDatabase } from './database';

let database: ScholarLensDatabase | null = null;

/**
 * Returns the database shared by the extension pages, creating it on first call. Creating a
 * Dexie instance does not open it, so importing this module touches no storage.
 */
export function getDatabase(): ScholarLensDatabase {
  database ??= new ScholarLensDatabase();
  return database;
}
