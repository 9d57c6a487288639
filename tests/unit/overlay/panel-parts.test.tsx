import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RowOverlay } from '../../../components/overlay/RowOverlay';
import { shownTopics } from '../../../lib/analysis/topics/confidence';
import { MetricsTable } from '../../../components/overlay/MetricsTable';
import { recomputeMetrics } from '../../../lib/analysis/metrics';
import type { Topic } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

const topic = (cls: string, label: string, score: number): Topic => ({ field: 'Computer Science', class: cls, label, score, tier: 'lexicon' });

describe('RowOverlay tags', () => {
  it('shows a shared label once', () => {
    const paper = scholarPaper({
      title: 'Blog classification with co-training',
      topics: [topic('cs.LG', 'Machine Learning', 0.3), topic('stat.ML', 'Machine Learning', 0.2), topic('cs.IR', 'Information Retrieval', 0.2)],
    });
    const element = mount(<RowOverlay paper={paper} state={null} storageError={null} onToggleSave={() => {}} />);
    const labels = Array.from(element.querySelectorAll('[data-testid="topic-tag"]')).map((tag) => tag.textContent?.trim());
    expect(labels.filter((label) => label?.includes('Machine Learning'))).toHaveLength(1);
    expect(labels.some((label) => label?.includes('Information Retrieval'))).toBe(true);
  });
});

describe('shownTopics', () => {
  it('hides all tags under a weak best', () => {
    const weak = [topic('cs.DB', 'Databases', 0.11), topic('econ', 'Economics', 0.11), topic('cs.DL', 'Digital Libraries', 0.05)];
    expect(shownTopics(weak)).toEqual([]);
  });

  it('keeps weak venue and user tags', () => {
    const venue: Topic = { ...topic('cs.SE', 'Software Engineering', 0.12), tier: 'venue' };
    const user: Topic = { ...topic('cs.DB', 'Databases', 0.11), tier: 'user' };
    expect(shownTopics([venue]).map((shown) => shown.label)).toEqual(['Software Engineering']);
    expect(shownTopics([user]).map((shown) => shown.label)).toEqual(['Databases']);
  });

  it('shows tags at their floors', () => {
    const tags = [topic('cs.CL', 'Computation and Language', 0.15), topic('cs.IR', 'Information Retrieval', 0.1), topic('cs.LG', 'Machine Learning', 0.05)];
    expect(shownTopics(tags).map((shown) => shown.label)).toEqual(['Computation and Language', 'Information Retrieval']);
  });
});

describe('MetricsTable', () => {
  it('renders nothing without any count', () => {
    const papers = [scholarPaper({ title: 'A', citations: null }), scholarPaper({ title: 'B', citations: null })];
    const element = mount(<MetricsTable recomputed={recomputeMetrics(papers)} site={{}} complete={false} />);
    expect(element.querySelector('[data-testid="metrics"]')).toBeNull();
    expect(element.textContent).toBe('');
  });

  it('renders nothing for null site values', () => {
    const papers = [scholarPaper({ title: 'A', citations: null })];
    const site = { citations: { all: null, recent: null }, hIndex: { all: null, recent: null } };
    const element = mount(<MetricsTable recomputed={recomputeMetrics(papers)} site={site} complete />);
    expect(element.querySelector('[data-testid="metrics"]')).toBeNull();
  });

  it('shows site values without row counts', () => {
    const papers = [scholarPaper({ title: 'A', citations: null })];
    const element = mount(<MetricsTable recomputed={recomputeMetrics(papers)} site={{ hIndex: { all: 4, recent: 2 } }} complete />);
    const cells = Array.from(element.querySelectorAll('tbody td')).map((cell) => cell.textContent);
    expect(cells).toEqual(['–', '–', '–', '4', '–', '–']);
  });

  it('shows dashes for missing site values', () => {
    const papers = [scholarPaper({ title: 'A', citations: 12 })];
    const element = mount(<MetricsTable recomputed={recomputeMetrics(papers)} site={{}} complete />);
    const cells = Array.from(element.querySelectorAll('tbody td')).map((cell) => cell.textContent);
    expect(cells).toEqual(['12', '–', '1', '–', '1', '–']);
  });

  it('shows recomputed values beside the site values', () => {
    const papers = [scholarPaper({ title: 'A', citations: 12 }), scholarPaper({ title: 'B', citations: 3 })];
    const element = mount(<MetricsTable recomputed={recomputeMetrics(papers)} site={{ citations: { all: 15, recent: 4 } }} complete />);
    const firstRow = Array.from(element.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')).map((cell) => cell.textContent);
    expect(firstRow).toEqual(['15', '15']);
  });
});
