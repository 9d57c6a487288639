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
  return { states, views, view: view!, paper };
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

    states.set(paper.id, { id: paper.id, saved: true, codeLinks: [], topics: [] });
    views.redraw([view]);
    await views.idle();
    expect(root.querySelectorAll('[data-testid="row-overlay"]')).toHaveLength(1);
    expect(saveToggle(root)?.getAttribute('aria-disabled')).toBe('false');
    expect(saveToggle(root)?.textContent).toBe('★ Saved');
    expect(view.pending).toBeNull();
  });

  it('keeps focus across the swap', async () => {
    const { states, views, view, paper } = setup();
    views.draw([view]);
    await views.idle();
    const root = view.mount!.root;
    saveToggle(root)?.focus();
    expect(root.activeElement).toBe(saveToggle(root));

    states.set(paper.id, { id: paper.id, saved: false, codeLinks: [], topics: [] });
    views.redraw([view]);
    await views.idle();
    expect(root.activeElement).toBe(saveToggle(root));
    expect(root.activeElement?.getAttribute('aria-disabled')).toBe('false');
  });
});
