import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfilePanel } from '../../../components/overlay/ProfilePanel';
import type { Paper, Profile } from '../../../lib/model';
import { SCHOLAR_SIGHTING, scholarPaper } from '../../helpers/papers';

const dblpProfile: Profile = {
  site: 'dblp',
  id: 'pid/123',
  name: 'Ines Kovač',
  affiliation: null,
  interests: [],
  metrics: {},
  coauthors: [],
  url: 'https://dblp.org/pid/123.html',
};

const container = document.createElement('div');
document.body.append(container);

afterEach(() => render(null, container));

function renderPanel(profile: Profile, papers: Paper[]): void {
  // The analysis never settles, so the panel shows only what the rows give.
  const analyze = () => new Promise<string>(() => {});
  render(
    <ProfilePanel profile={profile} papers={papers} sighting={SCHOLAR_SIGHTING} skipped={0} savedCount={0} storageError={null} load={{ status: 'idle', rows: papers.length }}
      canLoadMore={false} onLoadAll={() => {}} onCancelLoad={() => {}} analyze={analyze} />,
    container,
  );
}

describe('ProfilePanel metrics', () => {
  it('omits table without citation counts', () => {
    renderPanel(dblpProfile, [scholarPaper({ title: 'A', citations: null }), scholarPaper({ title: 'B', citations: null })]);

    expect(container.querySelector('[data-testid="metrics"]')).toBeNull();
    expect(container.querySelector('[data-testid="paper-count"]')?.textContent).toBe('2 papers');
  });

  it('counts rows of one work once', () => {
    const preprint = scholarPaper({ title: 'Sparse probes of lensing maps', citations: 12 });
    const rows = [preprint, { ...preprint, citations: 15 }, { ...preprint, citations: 3 }, scholarPaper({ title: 'Other', citations: 1 })];
    renderPanel({ ...dblpProfile, site: 'google-scholar' }, rows);

    expect(container.querySelector('[data-testid="paper-count"]')?.textContent).toBe('2 papers in 4 rows');
    // The work's highest row count stands for it: 15 + 1 citations, not 31.
    expect(container.querySelector('[data-testid="metrics"]')?.textContent).toContain('Citations16');
  });

  it('shows table with a citation count', () => {
    renderPanel(dblpProfile, [scholarPaper({ title: 'A', citations: 7 }), scholarPaper({ title: 'B', citations: null })]);

    expect(container.querySelector('[data-testid="metrics"]')?.textContent).toContain('Citations');
  });

  it('shows table with site metrics', () => {
    const scholar = { ...dblpProfile, site: 'google-scholar' as const, metrics: { citations: { all: 30, recent: 20 } } };
    renderPanel(scholar, [scholarPaper({ title: 'A', citations: null })]);

    expect(container.querySelector('[data-testid="metrics"]')?.textContent).toContain('30');
  });
});
