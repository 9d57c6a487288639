import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfilePanel } from '@/components/overlay/ProfilePanel';
import { sendRequest } from '@/lib/messaging/client';
import type { Profile } from '@/lib/model';
import { SCHOLAR_SIGHTING } from '../../helpers/papers';

vi.mock('@/lib/messaging/client', () => ({ sendRequest: vi.fn(async () => ({ ok: true })) }));

const profile: Profile = {
  site: 'google-scholar',
  id: 'QQQQ',
  name: 'Ines Kovač',
  affiliation: null,
  interests: [],
  metrics: {},
  coauthors: [],
  url: 'https://scholar.google.com/citations?user=QQQQ',
};

const container = document.createElement('div');

afterEach(() => {
  render(null, container);
  vi.mocked(sendRequest).mockClear();
});

function renderPanel(owner: Profile | null): void {
  render(
    <ProfilePanel profile={owner} papers={[]} sighting={SCHOLAR_SIGHTING} skipped={0} savedCount={0} storageError={null} load={{ status: 'idle', rows: 0 }}
      canLoadMore={false} onLoadAll={() => {}} onCancelLoad={() => {}} />,
    container,
  );
}

describe('Export this profile button', () => {
  it('requests library export', () => {
    renderPanel(profile);

    container.querySelector<HTMLButtonElement>('[data-testid="export-profile"]')?.click();

    expect(sendRequest).toHaveBeenCalledWith({ type: 'library/open', profile: 'google-scholar:QQQQ', export: 'bibtex' });
  });

  it('hidden without profile', () => {
    renderPanel(null);
    expect(container.querySelector('[data-testid="export-profile"]')).toBeNull();
  });
});
