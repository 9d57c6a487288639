import { describe, expect, it } from 'vitest';
import type { StoredProfile } from '../../../lib/db/database';
import type { Topic } from '../../../lib/model';
import { filterChoices } from '../../../lib/search/choices';
import { matchesFilters, NO_FILTERS } from '../../../lib/search/filter';
import { storedPaper } from '../pages/seed';

const SCHOLAR_KEY = 'google-scholar:f8PPcnoAAAAJ';

function profile(site: StoredProfile['site'], id: string, name: string | null): StoredProfile {
  return {
    key: `${site}:${id}`,
    site,
    id,
    name,
    affiliation: null,
    interests: [],
    metrics: {},
    coauthors: [],
    url: 'https://example.org/profile',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function provenance(site: StoredProfile['site']) {
  return { site, profile: null, pageUrl: 'https://example.org/', firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2024-01-01T00:00:00.000Z' };
}

const tag = (label: string, score: number, tier: Topic['tier'] = 'lexicon'): Topic => ({ field: 'Computer Science', label, score, tier });

describe('filterChoices profiles', () => {
  const papers = [storedPaper('a', { profileKeys: [SCHOLAR_KEY, 'dblp:j/Ju'] })];

  it('labels stored profiles by name and site', () => {
    const choices = filterChoices(papers, [profile('google-scholar', 'f8PPcnoAAAAJ', 'Tianjie Ju')], null);
    expect(choices.profiles).toContainEqual({ value: SCHOLAR_KEY, label: 'Tianjie Ju (Google Scholar)' });
  });

  it('falls back to key without profile', () => {
    const choices = filterChoices(papers, [], null);
    expect(choices.profiles).toEqual([
      { value: 'dblp:j/Ju', label: 'dblp:j/Ju' },
      { value: SCHOLAR_KEY, label: SCHOLAR_KEY },
    ]);
  });

  it('falls back to key for blank name', () => {
    const choices = filterChoices(papers, [profile('dblp', 'j/Ju', '  ')], null);
    expect(choices.profiles).toContainEqual({ value: 'dblp:j/Ju', label: 'dblp:j/Ju' });
  });

  it('falls back to key without name', () => {
    const choices = filterChoices(papers, [profile('dblp', 'j/Ju', null)], null);
    expect(choices.profiles).toContainEqual({ value: 'dblp:j/Ju', label: 'dblp:j/Ju' });
  });

  it('sorts profiles by shown name', () => {
    const stored = [profile('google-scholar', 'f8PPcnoAAAAJ', 'Tianjie Ju'), profile('dblp', 'j/Ju', 'Ada Ju')];
    const labels = filterChoices(papers, stored, null).profiles.map((choice) => choice.label);
    expect(labels).toEqual(['Ada Ju (dblp)', 'Tianjie Ju (Google Scholar)']);
  });

  it('lists URL profile without papers', () => {
    const stored = [profile('acl-anthology', 'ada-lovelace', 'Ada Lovelace')];
    const choices = filterChoices([], stored, 'acl-anthology:ada-lovelace');
    expect(choices.profiles).toEqual([{ value: 'acl-anthology:ada-lovelace', label: 'Ada Lovelace (ACL Anthology)' }]);
  });
});

describe('filterChoices sites', () => {
  it('shows readable site names', () => {
    const papers = [
      storedPaper('a'),
      storedPaper('b', { provenance: [provenance('dblp'), provenance('acl-anthology')] }),
      storedPaper('c', { provenance: [provenance('semantic-scholar'), provenance('generic'), provenance('arxiv')] }),
    ];
    expect(filterChoices(papers, [], null).sites).toEqual([
      { value: 'acl-anthology', label: 'ACL Anthology' },
      { value: 'arxiv', label: 'arXiv' },
      { value: 'dblp', label: 'dblp' },
      { value: 'google-scholar', label: 'Google Scholar' },
      { value: 'generic', label: 'Other sites' },
      { value: 'semantic-scholar', label: 'Semantic Scholar' },
    ]);
  });
});

describe('filterChoices topics', () => {
  const topicValues = (papers: ReturnType<typeof storedPaper>[]) => filterChoices(papers, [], null).topics.map((choice) => choice.value);

  it('leaves out weak best tag', () => {
    // A best tag read from title words below 0.15 is not shown on the row or exported.
    expect(topicValues([storedPaper('a', { topics: [tag('Databases', 0.11), tag('Robotics', 0.05)] })])).toEqual([]);
  });

  it('leaves out weak runner-up', () => {
    expect(topicValues([storedPaper('a', { topics: [tag('Databases', 0.6), tag('Robotics', 0.05)] })])).toEqual(['Databases']);
  });

  it('offers shown runner-ups', () => {
    const topics = [tag('Databases', 0.6), tag('Robotics', 0.15), tag('Zoology', 0.12)];
    expect(topicValues([storedPaper('a', { topics })])).toEqual(['Databases', 'Robotics', 'Zoology']);
  });

  it('offers exported fourth tag', () => {
    const topics = [tag('Databases', 0.6), tag('Robotics', 0.3), tag('Zoology', 0.25), tag('Optics', 0.2)];
    expect(topicValues([storedPaper('a', { topics })])).toEqual(['Databases', 'Optics', 'Robotics', 'Zoology']);
  });

  it('offers user topics over tagger', () => {
    const paper = storedPaper('a', { topics: [tag('Databases', 0.9)], userTopics: [tag('Robotics', 1, 'user'), tag('Optics', 1, 'user')] });
    expect(topicValues([paper])).toEqual(['Optics', 'Robotics']);
  });

  it('offers venue tag despite low score', () => {
    expect(topicValues([storedPaper('a', { topics: [tag('Software Engineering', 0.05, 'venue')] })])).toEqual(['Software Engineering']);
  });
});

describe('topic filter matching', () => {
  const all = { ...NO_FILTERS, scope: 'all' as const };

  it('ignores weak best tag', () => {
    const paper = storedPaper('a', { topics: [tag('Databases', 0.11)] });
    expect(matchesFilters(paper, { ...all, topic: 'Databases' })).toBe(false);
  });

  it('ignores weak runner-up', () => {
    const paper = storedPaper('a', { topics: [tag('Databases', 0.6), tag('Robotics', 0.05)] });
    expect(matchesFilters(paper, { ...all, topic: 'Databases' })).toBe(true);
    expect(matchesFilters(paper, { ...all, topic: 'Robotics' })).toBe(false);
  });

  it('matches only offered topics', () => {
    const papers = [
      storedPaper('weak', { topics: [tag('Databases', 0.11), tag('Robotics', 0.05)] }),
      storedPaper('strong', { topics: [tag('Optics', 0.7), tag('Databases', 0.05), tag('Zoology', 0.3)] }),
      storedPaper('user', { topics: [tag('Robotics', 0.9)], userTopics: [tag('Zoology', 1, 'user')] }),
    ];
    const offered = new Set(filterChoices(papers, [], null).topics.map((choice) => choice.value));
    expect([...offered].sort()).toEqual(['Optics', 'Zoology']);
    for (const paper of papers) {
      const labels = [...paper.topics, ...(paper.userTopics ?? [])].map((topic) => topic.label);
      for (const label of labels) {
        const matched = matchesFilters(paper, { ...all, topic: label });
        expect(!matched || offered.has(label), `${paper.id} matched ${label}, which the menu does not offer`).toBe(true);
      }
    }
  });
});
