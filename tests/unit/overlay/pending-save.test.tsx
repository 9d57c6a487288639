import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RowOverlay } from '@/components/overlay/RowOverlay';
import { drawPendingSave, settlePendingSave, showsOnlyPendingSave } from '@/components/overlay/pending-save';
import { scholarPaper } from '../../helpers/papers';

describe('drawPendingSave', () => {
  it('matches RowOverlay before any state', () => {
    const paper = scholarPaper({ title: 'Über "quotes" & <angle> brackets' });
    expect(showsOnlyPendingSave(paper, null, null)).toBe(true);
    const byPreact = document.createElement('div');
    render(<RowOverlay paper={paper} state={null} storageError={null} onToggleSave={() => {}} />, byPreact);
    const byDom = document.createElement('div');
    drawPendingSave(byDom, paper.title);
    expect(byDom.innerHTML).toBe(byPreact.innerHTML);
  });

  it('is skipped when more is shown', () => {
    const paper = scholarPaper({ title: 'Galaxy formation' });
    const topic = { field: 'Physics and Astronomy', label: 'Astrophysics', class: 'astro-ph', score: 1, tier: 'arxiv-category' as const, evidence: [] };
    expect(showsOnlyPendingSave({ ...paper, topics: [topic] }, null, null)).toBe(false);
    expect(showsOnlyPendingSave({ ...paper, codeLinks: [{ url: 'https://github.com/a/b', source: 'page-link', site: 'google-scholar' }] }, null, null)).toBe(false);
    expect(showsOnlyPendingSave(paper, null, 'The disk is full.')).toBe(false);
    expect(showsOnlyPendingSave(paper, { id: paper.id, saved: false, codeLinks: [], topics: [] }, null)).toBe(false);
  });

  it.each([false, true])('settles like RowOverlay, saved %s', (saved) => {
    const paper = scholarPaper({ title: 'Über "quotes" & <angle> brackets' });
    const state = { id: paper.id, saved, codeLinks: [], topics: [] };
    const byPreact = document.createElement('div');
    render(<RowOverlay paper={paper} state={state} storageError={null} onToggleSave={() => {}} />, byPreact);
    const byDom = document.createElement('div');
    const clicks: boolean[] = [];
    settlePendingSave(drawPendingSave(byDom, paper.title), paper.title, saved, () => clicks.push(saved));
    expect(byDom.innerHTML).toBe(byPreact.innerHTML);
    byDom.querySelector('button')?.click();
    expect(clicks).toEqual([saved]);
  });

  it('keeps an unsaved toggle text node', () => {
    const root = document.createElement('div');
    const pending = drawPendingSave(root, 'Galaxy formation');
    const text = pending.querySelector('button')?.firstChild;
    settlePendingSave(pending, 'Galaxy formation', false, () => {});
    expect(pending.querySelector('button')?.firstChild).toBe(text);
    expect(pending.querySelector('button')?.getAttribute('aria-disabled')).toBe('false');
  });
});
