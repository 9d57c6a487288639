import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../../components/library/VirtualList';

const ITEMS = Array.from({ length: 200 }, (_unused, index) => `paper ${index + 1}`);
let container: HTMLElement | null = null;

function mountList(): HTMLElement {
  const host = document.createElement('div');
  container = host;
  document.body.append(host);
  act(() => {
    render(
      <VirtualList
        items={ITEMS}
        rowHeight={100}
        label="Papers"
        itemKey={(item) => item}
        renderItem={(item) => (
          <div>
            {/* Every third paper has no link, as a library row without a URL. */}
            {item.endsWith('3') ? null : <a href={`https://example.org/${encodeURIComponent(item)}`}>{item}</a>}
            <button type="button">Note on {item}</button>
            <input type="text" aria-label={`Tags of ${item}`} />
          </div>
        )}
      />,
      host,
    );
  });
  return host.querySelector<HTMLElement>('[data-testid="library-list"]')!;
}

function press(key: string): void {
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

describe('VirtualList keys', () => {
  it('moves down and up to the same control', () => {
    const list = mountList();
    list.querySelector<HTMLElement>('li[aria-posinset="2"] button')!.focus();

    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Note on paper 3');
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Note on paper 4');
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Note on paper 2');
  });

  it('comes back to the wanted control after a row without it', () => {
    const list = mountList();
    list.querySelector<HTMLElement>('li[aria-posinset="2"] a')!.focus();

    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Note on paper 3');
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('paper 4');
  });

  it('jumps to the last and first rows', () => {
    const list = mountList();
    list.focus();

    press('End');
    expect(document.activeElement?.textContent).toBe('paper 200');
    expect(list.scrollTop).toBeGreaterThan(0);
    press('Home');
    expect(document.activeElement?.textContent).toBe('paper 1');
  });

  it('leaves arrow keys to text fields', () => {
    const list = mountList();
    const field = list.querySelector<HTMLInputElement>('li[aria-posinset="1"] input')!;
    field.focus();

    press('ArrowDown');
    expect(document.activeElement).toBe(field);
  });
});
