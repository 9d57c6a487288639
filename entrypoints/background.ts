import { ScholarLensDatabase } from '@/lib/db/database';
import { handleRequest } from '@/lib/background/handler';
import { watchSiteAccess } from '@/lib/background/site-access';

let database: ScholarLensDatabase | null = null;

/** Opens the database on first use; a restarted service worker opens it again. */
function openDatabase(): ScholarLensDatabase {
  database ??= new ScholarLensDatabase();
  return database;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleRequest(message, openDatabase).then(sendResponse);
    return true;
  });
  watchSiteAccess();
});
