import { describe, expect, it } from 'vitest';
import { detectMergedProfile } from '../../../lib/analysis/merged-profile';
import { shortVenue } from '../../../lib/analysis/merged-profile/verdict';
import { FEATURE_WEIGHTS, paperFeatures, titleLanguage } from '../../../lib/analysis/merged-profile/features';
import type { Paper } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

const MARINE = ['coral reef fish ecology', 'reef fish larvae dispersal', 'coral bleaching under ocean warming', 'fish population genetics on reefs'];
const ROBOTS = ['robot grasping with tactile sensors', 'learning robot manipulation policies', 'grasp planning for robot hands', 'tactile control of robot fingers'];

/** Papers of one person: `count` papers over `years`, with recurring co-authors, one venue and one vocabulary. */
function person(prefix: string, titles: string[], venue: string, coauthors: string[], years: [number, number], count: number): Paper[] {
  return Array.from({ length: count }, (_unused, index) => {
    const year = years[0] + (index % (years[1] - years[0] + 1));
    const team = [coauthors[index % coauthors.length]!, coauthors[(index + 1) % coauthors.length]!];
    return scholarPaper({
      title: `${titles[index % titles.length]} ${prefix} ${index}`,
      authors: [{ name: 'J Lee' }, ...team.map((name) => ({ name }))],
      venue: `${venue} ${10 + index} (2), ${index * 10}-${index * 10 + 9}`,
      year,
    });
  });
}

const MARINE_TEAM = ['A Coral', 'B Reef', 'C Kelp', 'D Tide'];
const ROBOT_TEAM = ['E Servo', 'F Gear', 'G Motor', 'H Joint'];

describe('detectMergedProfile', () => {
  it('warns on two concurrent people', () => {
    const marine = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2010, 2020], 14);
    const robots = person('r', ROBOTS, 'IEEE Transactions on Robotics', ROBOT_TEAM, [2011, 2021], 12);
    const verdict = detectMergedProfile([...marine, ...robots], 'Jia Lee');
    expect(verdict.warning).toBe(true);
    expect(verdict.verdict).toBe('merged');
    expect(verdict.clusters.map((cluster) => cluster.papers)).toEqual([
      Array.from({ length: 14 }, (_unused, index) => index),
      Array.from({ length: 12 }, (_unused, index) => 14 + index),
    ]);
    expect(verdict.evidence.join(' ')).toContain('share no co-author');
  });

  it('reports the evidence per cluster', () => {
    const marine = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2010, 2020], 14);
    const robots = person('r', ROBOTS, 'IEEE Transactions on Robotics', ROBOT_TEAM, [2011, 2021], 12);
    const [first] = detectMergedProfile([...marine, ...robots], 'Jia Lee').clusters;
    expect(first?.recurringCoauthors.sort()).toEqual([...MARINE_TEAM].sort());
    expect(first?.venues).toEqual(['Marine Ecology Progress Series']);
    expect(first?.activeFrom).toBe(2010);
    expect(first?.activeTo).toBe(2019);
  });

  it('calls a sequence a move', () => {
    const before = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2000, 2008], 14);
    const after = person('r', ROBOTS, 'IEEE Transactions on Robotics', ROBOT_TEAM, [2012, 2020], 12);
    const verdict = detectMergedProfile([...before, ...after], 'Jia Lee');
    expect(verdict.warning).toBe(false);
    expect(verdict.verdict).toBe('move');
  });

  it('keeps one person together', () => {
    const papers = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2010, 2020], 30);
    const verdict = detectMergedProfile(papers, 'Jia Lee');
    expect(verdict.warning).toBe(false);
    expect(verdict.clusters).toHaveLength(1);
  });

  it('needs person-sized clusters', () => {
    const marine = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2010, 2020], 14);
    const robots = person('r', ROBOTS, 'IEEE Transactions on Robotics', ROBOT_TEAM, [2011, 2021], 4);
    expect(detectMergedProfile([...marine, ...robots], 'Jia Lee').warning).toBe(false);
  });

  it('joins groups that share a co-author', () => {
    const marine = person('m', MARINE, 'Marine Ecology Progress Series', MARINE_TEAM, [2010, 2020], 14);
    const robots = person('r', ROBOTS, 'IEEE Transactions on Robotics', [...ROBOT_TEAM.slice(0, 3), 'A Coral'], [2011, 2021], 12);
    expect(detectMergedProfile([...marine, ...robots], 'Jia Lee').warning).toBe(false);
  });

  it('handles no papers', () => {
    expect(detectMergedProfile([], 'Jia Lee')).toEqual({ warning: false, verdict: 'single', clusters: [], evidence: [] });
  });
});

describe('shortVenue', () => {
  it.each([
    ['Journal of Coastal Studies 12 (3), 45-67', 'Journal of Coastal Studies'],
    ['Proceedings of the 2015 Conference on Empirical Methods in Natural Language Processing, 1-9', 'Conference on Empirical Methods in Natural Language Processing'],
    ['Proceedings of the 41st Annual Meeting of the Association for Computational Linguistics', 'Annual Meeting of the Association for Computational Linguistics'],
    ['Proc. 12th International Symposium on Fjords', 'International Symposium on Fjords'],
    ['2019 IEEE Oceans', '2019 IEEE Oceans'],
  ])('%s', (venue, expected) => {
    expect(shortVenue(venue)).toBe(expected);
  });
});

describe('titleLanguage', () => {
  it.each([
    ['Gestão de riscos no setor público: revisão bibliométrica', 'romance'],
    ['La diabetes mellitus y la transición de la atención a la salud', 'romance'],
    ['Les enjeux de la gouvernance des données', 'romance'],
    ['Die Rolle der Verwaltung und der Schulen', 'german'],
    ['基于深度学习的图像识别', 'cjk'],
    ['Understanding partnerships between corporations and the open source community', null],
    ['A note on de Sitter space', null],
  ])('reads %s as %s', (title, language) => {
    expect(titleLanguage(title)).toBe(language);
  });

  it('adds non-English languages as features', () => {
    const portuguese = paperFeatures(scholarPaper({ title: 'Inovação no setor público: teoria e casos no Brasil' }), []);
    const english = paperFeatures(scholarPaper({ title: 'Innovation in the public sector' }), []);
    expect(portuguese.get('l:romance')).toBe(FEATURE_WEIGHTS.language);
    expect([...english.keys()].some((key) => key.startsWith('l:'))).toBe(false);
  });
});
