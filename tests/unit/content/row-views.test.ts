import { describe, expect, it } from 'vitest';
import { RowViews, type RowControls } from '../../../lib/content/row-views';
import type { PaperState } from '../../../lib/messaging/messages';
import type { SiteAdapter } from '../../../lib/sites';
import { scholarPaper } from '../../helpers/papers';

const adapter = { site: 'google-scholar', overlayAnchor: (row: Element) => row } as unknown as SiteAdapter;

function setup() {
  const states = new Map<string, PaperState>();
  const controls: RowControls = {
    storageError: null,
    stateOf: (id) => states.get(id) ?? null,
    toggleSaved: async () => {},
    setTopics: async () => {},
  };
  const views = new RowViews(adapter, true, controls);
  const row = document.createElement('div');
  document.body.append(row);
  const paper = scholarPaper({ title: 'Reef fish' });
  const [view] = views.read([{ element: row, paper }]);
  return { states, controls, views, view: view!, paper };
}

const saveToggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[data-testid="save-toggle"]');

describe('RowViews', () => {
  it('swaps the pending toggle for the overlay', async () => {
    const { states, views, view, paper } = setup();
    views.draw([view]);
    await views.idle();
    const root = view.mount!.root;
    expect(saveToggle(root)?.getAttribute('aria-disabled')).toBe('true');
    expect(view.pending).not.toBeNull();

    const codeLinks = [{ url: 'https://github.com/reef/fish', source: 'abstract' as const, site: 'arxiv' as const }];
    states.set(paper.id, { id: paper.id, saved: true, codeLinks, topics: [] });
    views.redraw([view]);
    await views.settled();
    expect(root.querySelectorAll('[data-testid="row-overlay"]')).toHaveLength(1);
    expect(saveToggle(root)?.getAttribute('aria-disabled')).toBe('false');
    expect(saveToggle(root)?.textContent).toBe('★ Saved');
    expect(root.querySelector('[data-testid="code-badge"]')).not.toBeNull();
    expect(view.pending).toBeNull();
  });

  it('keeps a bare toggle until tags', async () => {
    const { states, views, view, paper } = setup();
    views.draw([view]);
    await views.idle();
    states.set(paper.id, { id: paper.id, saved: false, codeLinks: [], topics: [] });
    views.redraw([view]);
    await views.settled();
    expect(view.pending).not.toBeNull();
    expect(saveToggle(view.mount!.root)?.getAttribute('aria-disabled')).toBe('false');

    const topic = { field: 'Earth and Planetary Sciences', label: 'Oceanography', class: 'physics.ao-ph', score: 0.8, tier: 'lexicon' as const };
    view.paper = { ...view.paper, topics: [topic] };
    views.redraw([view]);
    await views.settled();
    expect(view.pending).toBeNull();
    expect(view.mount!.root.querySelector('[data-testid="topic-tag"]')).not.toBeNull();
  });

  it('enables the toggle before tags', async () => {
    const { states, views, view, paper } = setup();
    views.draw([view]);
    await views.idle();
    const root = view.mount!.root;
    const topic = { field: 'Earth and Planetary Sciences', label: 'Oceanography', class: 'physics.ao-ph', score: 0.8, tier: 'lexicon' as const, evidence: ['reef'] };
    states.set(paper.id, { id: paper.id, saved: false, codeLinks: [], topics: [topic] });
    view.paper = { ...view.paper, topics: [topic] };

    views.redraw([view]);
    expect(saveToggle(root)?.getAttribute('aria-disabled')).toBe('false');
    expect(root.querySelector('[data-testid="topic-tag"]')).toBeNull();

    await views.settled();
    expect(root.querySelector('[data-testid="topic-tag"]')).not.toBeNull();
  });

  it('saves from a settled toggle', async () => {
    const { states, controls, views, view, paper } = setup();
    const saves: string[] = [];
    controls.toggleSaved = async (toggled) => void saves.push(toggled.paper.id);
    views.draw([view]);
    await views.idle();
    states.set(paper.id, { id: paper.id, saved: false, codeLinks: [], topics: [] });
    views.redraw([view]);
    saveToggle(view.mount!.root)?.click();
    expect(saves).toEqual([paper.id]);
    await views.settled();
  });

  it('settles a toggle from its flag', async () => {
    const { controls, views, view, paper } = setup();
    const saves: string[] = [];
    controls.toggleSaved = async (toggled) => void saves.push(toggled.paper.id);
    views.draw([view]);
    await views.idle();
    const root = view.mount!.root;

    views.settleToggles([{ view, saved: true }]);
    expect(saveToggle(root)?.getAttribute('aria-disabled')).toBe('false');
    expect(saveToggle(root)?.textContent).toBe('★ Saved');
    saveToggle(root)?.click();
    expect(saves).toEqual([paper.id]);
  });

  it('keeps focus across the swap', async () => {
    const { states, views, view, paper } = setup();
    views.draw([view]);
    await views.idle();
    const root = view.mount!.root;
    saveToggle(root)?.focus();
    expect(root.activeElement).toBe(saveToggle(root));

    const topic = { field: 'Earth and Planetary Sciences', label: 'Oceanography', class: 'physics.ao-ph', score: 0.8, tier: 'lexicon' as const };
    states.set(paper.id, { id: paper.id, saved: false, codeLinks: [], topics: [topic] });
    view.paper = { ...view.paper, topics: [topic] };
    views.redraw([view]);
    await views.settled();
    expect(view.pending).toBeNull();
    expect(root.activeElement).toBe(saveToggle(root));
    expect(root.activeElement?.getAttribute('aria-disabled')).toBe('false');
  });
});
