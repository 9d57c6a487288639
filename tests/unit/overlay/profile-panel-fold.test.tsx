import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfilePanel } from '../../../components/overlay/ProfilePanel';
import { SCHOLAR_SIGHTING, scholarPaper } from '../../helpers/papers';

const container = document.createElement('div');
document.body.append(container);

afterEach(() => render(null, container));

function renderPanel(storageError: string | null, fold: { collapsed?: boolean; onCollapse?: (collapsed: boolean) => void } = {}): void {
  const papers = [scholarPaper({ title: 'A', citations: 3 })];
  render(
    <ProfilePanel profile={null} papers={papers} sighting={SCHOLAR_SIGHTING} skipped={0} savedCount={0} storageError={storageError} load={{ status: 'idle', rows: 1 }}
      canLoadMore={false} onLoadAll={() => {}} onCancelLoad={() => {}} analyze={() => new Promise<string>(() => {})} {...fold} />,
    container,
  );
}

function toggle(): HTMLButtonElement {
  return container.querySelector<HTMLButtonElement>('[data-testid="panel-toggle"]')!;
}

describe('ProfilePanel folding', () => {
  it('folds to its header', () => {
    renderPanel(null);
    const body = container.querySelector<HTMLElement>('#panel-body')!;
    expect(body.hidden).toBe(false);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');

    act(() => toggle().click());
    expect(body.hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-label')).toBe('Show summary');
    expect(container.querySelector('[data-testid="paper-count"]')?.textContent).toBe('1 paper');

    act(() => toggle().click());
    expect(body.hidden).toBe(false);
  });

  it('starts folded as last left', () => {
    const states: boolean[] = [];
    renderPanel(null, { collapsed: true, onCollapse: (collapsed) => states.push(collapsed) });
    expect(container.querySelector<HTMLElement>('#panel-body')!.hidden).toBe(true);
    act(() => toggle().click());
    act(() => toggle().click());
    expect(states).toEqual([false, true]);
  });

  it('keeps storage errors in view', () => {
    renderPanel('The library is full.');
    act(() => toggle().click());
    const alert = container.querySelector<HTMLElement>('[data-testid="storage-error"]')!;
    expect(alert.closest('[hidden]')).toBeNull();
  });
});
