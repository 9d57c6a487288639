import { h, render } from 'preact';
import type { Paper, Profile, Topic } from '../model';
import type { PaperState, SetSavedResponse } from '../messaging/messages';
import { sendRequest } from '../messaging/client';
import { log } from '../log';
import type { ParsedRow, ProfilePage, SiteAdapter } from '../sites';
import { RowOverlay } from '../../components/overlay/RowOverlay';
import { ProfilePanel, type LoadProgress } from '../../components/overlay/ProfilePanel';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { createShadowHost, type ShadowMount } from './shadow';
import { loadAllRows } from './load-all';
import type { Settings } from '../settings/settings';

type DisplaySettings = Pick<Settings, 'rowOverlays' | 'profilePanel'>;

interface RowView extends ShadowMount {
  paper: Paper;
}

/** One profile page: its parsed rows, their overlays, the panel and the link to storage. */
export class ProfileSession {
  private readonly processed = new WeakSet<Element>();
  private readonly views: RowView[] = [];
  private readonly states = new Map<string, PaperState>();
  private profile: Profile | null = null;
  private panel: ShadowMount | null = null;
  private observer: MutationObserver | null = null;
  private pending: Promise<void> = Promise.resolve();
  private storageError: string | null = null;
  private skipped = 0;
  private load: LoadProgress = { status: 'idle', rows: 0 };
  private loadAbort: AbortController | null = null;
  private renderQueued = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly page: ProfilePage,
    private readonly doc: Document,
    /** Overlays the user turned on in the options. Hidden ones are still parsed and stored. */
    private readonly display: DisplaySettings = { rowOverlays: true, profilePanel: true },
  ) {}

  start(): void {
    const started = performance.now();
    const result = this.adapter.parse(this.doc, this.page, new Date().toISOString());
    const parsed = performance.now();
    this.profile = result.profile;
    this.mountPanel();
    this.addRows(result.rows);
    const drawn = performance.now();
    log.info(
      `${this.adapter.site}: read ${result.rows.length} rows in ${(parsed - started).toFixed(1)} ms, ` +
        `drew overlays in ${(drawn - parsed).toFixed(1)} ms`,
    );
    this.observe();
  }

  stop(): void {
    this.observer?.disconnect();
    this.loadAbort?.abort();
    for (const view of this.views) view.host.remove();
    this.panel?.host.remove();
  }

  private observe(): void {
    const container = this.adapter.rowContainer(this.doc);
    if (!container) return;
    this.observer = new MutationObserver((mutations) => {
      const added: ParsedRow[] = [];
      const now = new Date().toISOString();
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.addedNodes)) {
          if (node instanceof Element) added.push(...this.adapter.rows(node, this.page, now));
        }
      }
      if (added.length > 0) this.addRows(added);
    });
    this.observer.observe(container, { childList: true, subtree: true });
  }

  /** Tags, overlays and stores rows not seen before. Each row element is processed once. */
  private addRows(rows: ParsedRow[]): void {
    const fresh: RowView[] = [];
    for (const row of rows) {
      if (this.processed.has(row.element)) continue;
      this.processed.add(row.element);
      if (!row.paper) {
        this.skipped++;
        log.warn(`${this.adapter.site}: skipped a row: ${row.warning ?? 'unreadable'}`);
        continue;
      }
      if (row.warning) log.warn(`${this.adapter.site}: ${row.warning}`);
      const paper = row.paper;
      const mount = createShadowHost('scholar-lens-row', 'row', overlayCss);
      mount.host.setAttribute('data-paper-id', paper.id);
      if (!this.display.rowOverlays) mount.host.hidden = true;
      this.adapter.overlayAnchor(row.element).append(mount.host);
      fresh.push({ ...mount, paper });
    }
    if (fresh.length === 0) return;
    this.views.push(...fresh);
    for (const view of fresh) this.renderRow(view);
    this.scheduleRender();
    this.pending = this.pending.then(() => this.store(fresh));
  }

  private async store(views: RowView[]): Promise<void> {
    const response = await sendRequest({ type: 'papers/upsert', profile: this.profile, papers: views.map((v) => v.paper) });
    if (!response.ok) {
      this.storageError = response.error;
      await this.tagWithoutStoring(views);
      return;
    }
    this.storageError = null;
    response.states.forEach((state, index) => {
      const view = views[index];
      if (!view) return;
      if (state.id !== view.paper.id) {
        view.paper = { ...view.paper, id: state.id };
        view.host.setAttribute('data-paper-id', state.id);
      }
      view.paper = { ...view.paper, topics: state.topics };
      this.states.set(state.id, state);
      this.renderRow(view);
    });
    this.scheduleRender();
  }

  /** Shows topic tags even when nothing could be stored. */
  private async tagWithoutStoring(views: RowView[]): Promise<void> {
    const response = await sendRequest({ type: 'papers/tag', papers: views.map((v) => v.paper) });
    if (response.ok) {
      views.forEach((view, index) => {
        view.paper = { ...view.paper, topics: response.topics[index] ?? [] };
        this.renderRow(view);
      });
    }
    this.scheduleRender();
  }

  /** Returns the row's paper with the user's topic correction, when there is one, in place of the tagger's topics. */
  private shownPaper(view: RowView): Paper {
    const userTopics = this.states.get(view.paper.id)?.userTopics;
    return userTopics ? { ...view.paper, topics: userTopics } : view.paper;
  }

  /** Stores a topic correction and redraws every row of the same paper and the panel. */
  private async setTopics(view: RowView, topics: Topic[] | null): Promise<void> {
    await this.pending;
    const response = await sendRequest({ type: 'paper/set-topics', id: view.paper.id, topics });
    this.applyPaperChange(view.paper.id, response);
  }

  private async toggleSaved(view: RowView): Promise<void> {
    await this.pending;
    const saved = !(this.states.get(view.paper.id)?.saved ?? false);
    const response = await sendRequest({ type: 'paper/set-saved', id: view.paper.id, saved });
    this.applyPaperChange(view.paper.id, response);
  }

  /** Keeps the background's new state of one paper and redraws its rows and the panel. */
  private applyPaperChange(id: string, response: SetSavedResponse): void {
    if (response.ok) {
      this.states.set(response.state.id, response.state);
      this.storageError = null;
    } else {
      this.storageError = response.error;
    }
    for (const view of this.views) if (view.paper.id === id) this.renderRow(view);
    this.scheduleRender();
  }

  private renderRow(view: RowView): void {
    const state = this.states.get(view.paper.id) ?? null;
    render(
      h(RowOverlay, {
        paper: view.paper,
        state,
        storageError: this.storageError,
        onToggleSave: () => void this.toggleSaved(view),
        onSetTopics: (topics) => void this.setTopics(view, topics),
      }),
      view.root,
    );
  }

  private mountPanel(): void {
    if (this.page.kind === 'results') return;
    this.panel = createShadowHost('scholar-lens-panel', 'panel', overlayCss);
    if (!this.display.profilePanel) this.panel.host.hidden = true;
    const anchor = this.adapter.panelAnchor(this.doc);
    if (!anchor) {
      this.panel.host.setAttribute('data-floating', '');
      this.doc.body.append(this.panel.host);
    } else if (anchor.where === 'prepend') {
      anchor.element.prepend(this.panel.host);
    } else {
      anchor.element.before(this.panel.host);
    }
  }

  private scheduleRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.renderPanel();
    });
  }

  private renderPanel(): void {
    if (!this.panel) return;
    const canLoadMore = this.adapter.loadMore?.button(this.doc) != null;
    render(
      h(ProfilePanel, {
        profile: this.profile,
        papers: this.views.map((view) => this.shownPaper(view)),
        skipped: this.skipped,
        savedCount: this.views.filter((view) => this.states.get(view.paper.id)?.saved).length,
        storageError: this.storageError,
        load: this.load,
        canLoadMore: canLoadMore || this.load.status === 'loading',
        onLoadAll: () => void this.loadAll(),
        onCancelLoad: () => this.loadAbort?.abort(),
      }),
      this.panel.root,
    );
  }

  private async loadAll(): Promise<void> {
    const control = this.adapter.loadMore;
    const container = this.adapter.rowContainer(this.doc);
    if (!control || !container || this.load.status === 'loading') return;
    this.loadAbort = new AbortController();
    this.load = { status: 'loading', rows: this.views.length };
    this.scheduleRender();
    const outcome = await loadAllRows(this.doc, control, container, () => this.views.length + this.skipped, {
      signal: this.loadAbort.signal,
      onProgress: (rows) => {
        this.load = { status: 'loading', rows };
        this.scheduleRender();
      },
    });
    log.info(`load all: ${outcome.status} with ${outcome.rows} rows`);
    this.load = outcome;
    this.loadAbort = null;
    this.scheduleRender();
  }
}
