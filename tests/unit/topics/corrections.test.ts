import { afterEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../../lib/background/handler';
import { ScholarLensDatabase } from '../../../lib/db/database';
import type { Topic } from '../../../lib/model';
import type { PaperState } from '../../../lib/messaging/messages';
import { pageRead, scholarPaper } from '../../helpers/papers';

const databases: ScholarLensDatabase[] = [];
function open(): () => ScholarLensDatabase {
  const db = new ScholarLensDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return () => db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

type StatesResponse = { ok: true; states: PaperState[] };
type StateResponse = { ok: boolean; state: PaperState; code?: string; error?: string };

const onScholar = scholarPaper({ title: 'Deep neural networks for speech recognition', ids: { doi: '10.1000/speech' } });
/** The same work as listed on dblp: another site and profile, the same DOI. */
const onDblp = scholarPaper({
  title: 'Deep Neural Networks for Speech Recognition.',
  ids: { doi: '10.1000/speech', dblpKey: 'journals/x/Solberg20' },
  provenance: [
    {
      site: 'dblp',
      profile: 'dblp:s/MSolberg',
      pageUrl: 'https://dblp.org/pid/s/MSolberg.html',
      firstSeen: '2026-02-01T00:00:00.000Z',
      lastSeen: '2026-02-01T00:00:00.000Z',
    },
  ],
});
const correction: Topic = { field: 'Medicine', label: 'Medicine', score: 0.4, tier: 'lexicon' };

describe('paper/set-topics', () => {
  it('stores the correction as user tags', async () => {
    const db = open();
    const stored = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([onScholar]) }, db)) as StatesResponse;
    const id = stored.states[0]?.id as string;
    await handleRequest({ type: 'papers/tag-stored', ids: [id], profile: null }, db);
    const response = (await handleRequest({ type: 'paper/set-topics', id, topics: [correction] }, db)) as StateResponse;
    expect(response.ok).toBe(true);
    expect(response.state.userTopics).toEqual([{ field: 'Medicine', label: 'Medicine', score: 1, tier: 'user' }]);
    expect(response.state.topics[0]?.field).toBe('Computer Science');
  });

  it('returns the correction on another site', async () => {
    const db = open();
    const stored = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([onScholar]) }, db)) as StatesResponse;
    await handleRequest({ type: 'paper/set-topics', id: stored.states[0]?.id, topics: [correction] }, db);
    const again = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([onDblp]) }, db)) as StatesResponse;
    expect(again.states[0]?.id).toBe(stored.states[0]?.id);
    expect(again.states[0]?.userTopics?.[0]?.field).toBe('Medicine');
  });

  it('clears the correction with null', async () => {
    const db = open();
    const stored = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([onScholar]) }, db)) as StatesResponse;
    const id = stored.states[0]?.id as string;
    await handleRequest({ type: 'paper/set-topics', id, topics: [correction] }, db);
    const cleared = (await handleRequest({ type: 'paper/set-topics', id, topics: null }, db)) as StateResponse;
    expect(cleared.state.userTopics).toBeUndefined();
  });

  it('rejects an empty or long correction', async () => {
    const db = open();
    for (const topics of [[], [correction, correction, correction, correction]]) {
      const response = (await handleRequest({ type: 'paper/set-topics', id: 'p-x', topics }, db)) as { code: string };
      expect(response.code).toBe('invalid-message');
    }
  });

  it('names an unknown paper id', async () => {
    const response = (await handleRequest({ type: 'paper/set-topics', id: 'p-none', topics: [correction] }, open())) as StateResponse;
    expect(response.code).toBe('not-found');
    expect(response.error).toContain('p-none');
  });
});

describe('papers/upsert tagging', () => {
  it('keeps topics the page gave', async () => {
    const category: Topic = { field: 'Physics and Astronomy', class: 'hep-th', label: 'High Energy Physics - Theory', score: 1, tier: 'arxiv-category' };
    const paper = { ...onScholar, topics: [category] };
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, open())) as StatesResponse;
    expect(response.states[0]?.topics[0]).toEqual(category);
  });
});
