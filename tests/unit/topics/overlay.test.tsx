import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TopicTag } from '../../../components/overlay/TopicTag';
import { TopicBars } from '../../../components/overlay/TopicBars';
import { RowOverlay } from '../../../components/overlay/RowOverlay';
import type { Paper, Topic } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';
import { topicChoices } from '../../../lib/background/topic-choices';

// The correction menu requests its choices from the background. Here the same function returns them.
vi.mock('@/lib/messaging/client', () => ({
  sendRequest: vi.fn(async (request: { type: string }) =>
    request.type === 'topics/choices' ? { ok: true, fields: topicChoices() } : { ok: false, code: 'internal', error: 'not in this test' },
  ),
}));

const translation: Topic = {
  field: 'Computer Science',
  class: 'cs.CL',
  label: 'Computation and Language',
  score: 0.8,
  tier: 'lexicon',
  evidence: ['machine translation', 'attention'],
};
const medicine: Topic = { field: 'Medicine', label: 'Medicine', score: 0.5, tier: 'venue', evidence: ['lancet'] };

let container: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

function byTestId<T extends Element = HTMLElement>(root: Element, testId: string): T {
  const element = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element with data-testid="${testId}"`);
  return element;
}

describe('TopicTag', () => {
  it('explains the tag on click', () => {
    const root = mount(<TopicTag topic={translation} topics={[translation]} />);
    const tag = byTestId<HTMLButtonElement>(root, 'topic-tag');
    expect(tag.getAttribute('aria-expanded')).toBe('false');
    act(() => tag.click());
    expect(tag.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId(root, 'topic-evidence').textContent).toContain('machine translation, attention');
    expect(byTestId(root, 'topic-explain').textContent).toContain('words in the title, and in the abstract where the page shows one');
  });

  it('explains imported keyword without score', () => {
    const keyword: Topic = { field: 'Computer Science', class: 'cs.DB', label: 'Databases', score: 1, tier: 'keyword' };
    const root = mount(<TopicTag topic={keyword} topics={[keyword]} />);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    const text = byTestId(root, 'topic-explain').textContent;
    expect(text).toContain('From a keyword of an imported file.');
    expect(text).not.toContain('score');
  });

  it('closes on Escape', () => {
    const root = mount(<TopicTag topic={translation} topics={[translation]} />);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    act(() => {
      byTestId(root, 'topic-explain').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-testid="topic-explain"]')).toBeNull();
    expect(root.ownerDocument.activeElement).toBe(byTestId(root, 'topic-tag'));
  });

  it('closes when focus leaves', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const root = mount(<TopicTag topic={translation} topics={[translation]} />);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    act(() => byTestId<HTMLElement>(root, 'topic-explain').querySelector<HTMLButtonElement>('button.link')?.focus());
    expect(root.querySelector('[data-testid="topic-explain"]')).not.toBeNull();

    act(() => outside.focus());
    expect(root.querySelector('[data-testid="topic-explain"]')).toBeNull();
    outside.remove();
  });

  it('colours the tag by field', () => {
    const root = mount(<TopicTag topic={medicine} topics={[medicine]} />);
    expect(byTestId<HTMLElement>(root, 'topic-tag').style.background).not.toBe('');
  });

  it('hides the editor without storage', () => {
    const root = mount(<TopicTag topic={translation} topics={[translation]} />);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    expect(root.querySelector('[data-testid="topic-replace"]')).toBeNull();
  });

  it('replaces a tag', async () => {
    const onSetTopics = vi.fn();
    const root = mount(<TopicTag topic={translation} topics={[translation, medicine]} onSetTopics={onSetTopics} />);
    await act(async () => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    const select = byTestId<HTMLSelectElement>(root, 'topic-replace');
    await vi.waitFor(() => expect(select.disabled).toBe(false));
    expect(select.querySelector('option[value="class:cs.LG"]')?.textContent).toBe('Machine Learning (cs.LG)');
    act(() => {
      select.value = 'class:cs.LG';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Moving through the list with the arrow keys changes the value and replaces nothing yet.
    expect(onSetTopics).not.toHaveBeenCalled();
    act(() => byTestId<HTMLButtonElement>(root, 'topic-replace-apply').click());
    expect(onSetTopics).toHaveBeenCalledWith([
      { field: 'Computer Science', class: 'cs.LG', label: 'Machine Learning', score: 1, tier: 'user' },
      { field: 'Medicine', label: 'Medicine', score: 1, tier: 'user', evidence: ['lancet'] },
    ]);
  });

  it('removes a tag and resets', () => {
    const onSetTopics = vi.fn();
    const user: Topic = { ...medicine, tier: 'user', score: 1 };
    const root = mount(<TopicTag topic={translation} topics={[translation, user]} onSetTopics={onSetTopics} />);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    act(() => byTestId<HTMLButtonElement>(root, 'topic-remove').click());
    expect(onSetTopics).toHaveBeenLastCalledWith([{ field: 'Medicine', label: 'Medicine', score: 1, tier: 'user', evidence: ['lancet'] }]);
    act(() => byTestId<HTMLButtonElement>(root, 'topic-reset').click());
    expect(onSetTopics).toHaveBeenLastCalledWith(null);
  });
});

describe('RowOverlay topics', () => {
  it('corrects only the shown tags', async () => {
    const cosmology: Topic = { field: 'Physics and Astronomy', class: 'astro-ph.CO', label: 'Cosmology', score: 0.29, tier: 'lexicon', evidence: ['large scale structure'] };
    const unshown: Topic = { field: 'Computer Science', class: 'cs.AI', label: 'Artificial Intelligence', score: 0.08, tier: 'lexicon', evidence: ['networks'] };
    const paper = scholarPaper({ title: 'Change points in evolving networks', topics: [cosmology, unshown] });
    const state = { id: paper.id, saved: false, codeLinks: [], topics: paper.topics };
    const onSetTopics = vi.fn();
    const root = mount(<RowOverlay paper={paper} state={state} storageError={null} onToggleSave={() => {}} onSetTopics={onSetTopics} />);
    await act(async () => byTestId<HTMLButtonElement>(root, 'topic-tag').click());
    const select = byTestId<HTMLSelectElement>(root, 'topic-replace');
    await vi.waitFor(() => expect(select.disabled).toBe(false));
    act(() => {
      select.value = 'class:cs.SI';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => byTestId<HTMLButtonElement>(root, 'topic-replace-apply').click());
    expect(onSetTopics).toHaveBeenCalledWith([{ field: 'Computer Science', class: 'cs.SI', label: 'Social and Information Networks', score: 1, tier: 'user' }]);
  });

  it('shows user topics over tagger topics', () => {
    const paper = scholarPaper({ title: 'A paper', topics: [translation] });
    const state = { id: paper.id, saved: false, codeLinks: [], topics: [translation], userTopics: [{ ...medicine, tier: 'user' as const }] };
    const root = mount(<RowOverlay paper={paper} state={state} storageError={null} onToggleSave={() => {}} />);
    const tags = root.querySelectorAll('[data-testid="topic-tag"]');
    expect(tags).toHaveLength(1);
    expect(tags[0]?.textContent).toBe('Medicine');
    expect(tags[0]?.getAttribute('data-tier')).toBe('user');
  });
});

describe('RowOverlay weak tags', () => {
  it('hides weak extra tags', () => {
    const weak: Topic = { field: 'Physics and Astronomy', class: 'hep-ex', label: 'High Energy Physics - Experiment', score: 0.05, tier: 'lexicon' };
    const paper = scholarPaper({ title: 'A paper', topics: [translation, weak, medicine] });
    const state = { id: paper.id, saved: false, codeLinks: [], topics: paper.topics };
    const root = mount(<RowOverlay paper={paper} state={state} storageError={null} onToggleSave={() => {}} />);
    const labels = Array.from(root.querySelectorAll('[data-testid="topic-tag"]'), (tag) => tag.textContent);
    expect(labels).toEqual(['Computation and Language', 'Medicine']);
  });
});

describe('TopicBars', () => {
  const papers: Paper[] = [
    scholarPaper({ title: 'a', year: 2019, topics: [translation] }),
    scholarPaper({ title: 'b', year: 2019, topics: [translation] }),
    scholarPaper({ title: 'c', year: 2021, topics: [medicine] }),
    scholarPaper({ title: 'd', year: null, topics: [medicine] }),
    scholarPaper({ title: 'e', year: 2020, topics: [] }),
  ];

  it('draws one bar per field', () => {
    const root = mount(<TopicBars papers={papers} />);
    const chart = byTestId(root, 'topic-bars');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.getAttribute('aria-label')).toBe('Computer Science: 2, Medicine: 2');
  });

  it('switches to the years view', () => {
    const root = mount(<TopicBars papers={papers} />);
    const button = byTestId<HTMLButtonElement>(root, 'topic-view-years');
    act(() => button.click());
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const chart = byTestId(root, 'topic-years');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.getAttribute('aria-label')).toBe('2019: Computer Science 2; 2021: Medicine 1');
    // No paper falls under "Other", so the legend leaves it out.
    expect(byTestId(root, 'topic-years-legend').textContent).toBe('Computer ScienceMedicine');
    act(() => byTestId<HTMLButtonElement>(root, 'topic-view-fields').click());
    expect(root.querySelector('[data-testid="topic-bars"]')).not.toBeNull();
  });

  it('skips papers with weak best tags', () => {
    const weak: Topic = { field: 'Physics and Astronomy', class: 'hep-ex', label: 'High Energy Physics - Experiment', score: 0.12, tier: 'lexicon' };
    const root = mount(<TopicBars papers={[...papers, scholarPaper({ title: 'f', year: 2020, topics: [weak] })]} />);
    expect(byTestId(root, 'topic-bars').getAttribute('aria-label')).toBe('Computer Science: 2, Medicine: 2');
  });

  it('draws nothing without topics', () => {
    const root = mount(<TopicBars papers={[scholarPaper({ title: 'x', topics: [] })]} />);
    expect(root.innerHTML).toBe('');
  });
});
