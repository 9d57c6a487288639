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
import { SlicedQueue, yieldToPage } from './sliced-queue';
import { visibleFirst } from './viewport';
import type { Settings } from '../settings/settings';

type DisplaySettings = Pick<Settings, 'rowOverlays' | 'profilePanel'>;

interface RowView {
  paper: Paper;
  /** The page's row element that the overlay belongs to. */
  row: Element;
  /** The overlay host, created when the row is first drawn. */
  mount: ShadowMount | null;
  /** True once the host is in the page; hosts drawn in later tasks wait outside it. */
  attached: boolean;
  /** Set when the background rejected the row's record; the row is not drawn again. */
  dropped?: boolean;
}

/**
 * Maximum time of overlay drawing in one task after the first, in milliseconds. It keeps each
 * such task well under the 50 ms that the Long Tasks API counts as long.
 */
const DRAW_SLICE_MS = 12;

/** One profile page: its parsed rows, their overlays, the panel and the link to storage. */
export class ProfileSession {
  private readonly processed = new WeakSet<Element>();
  private views: RowView[] = [];
  private readonly states = new Map<string, PaperState>();
  private readonly drawing = new SlicedQueue<RowView>((view) => this.renderRow(view), DRAW_SLICE_MS);
  /** Time spent creating overlay hosts and rendering them the first time, summed over tasks. */
  private firstDrawMs = 0;
  private profile: Profile | null = null;
  private panel: ShadowMount | null = null;
  private observer: MutationObserver | null = null;
  private pending: Promise<void> = Promise.resolve();
  private storageError: string | null = null;
  private skipped = 0;
  private load: LoadProgress = { status: 'idle', rows: 0 };
  private loadAbort: AbortController | null = null;
  private renderQueued = false;
  private stopped = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly page: ProfilePage,
    private readonly doc: Document,
    /** Overlays the user turned on in the options. Hidden ones are still parsed and stored. */
    private readonly display: DisplaySettings = { rowOverlays: true, profilePanel: true },
  ) {}

  /**
   * Parses the page, draws the overlays of the rows in view, then the others in later tasks, and
   * sends the records to storage. The timing line is logged once every overlay is drawn.
   */
  start(): void {
    // TODO: the first task still parses every row at once, about 70–110 ms for 1000 rows on a
    // loaded 2-core machine. Parsing in slices needs adapters to expose row elements and a per-row parse.
    const started = performance.now();
    const result = this.adapter.parse(this.doc, this.page, new Date().toISOString());
    const parseMs = performance.now() - started;
    this.profile = result.profile;
    this.mountPanel();
    this.addRows(result.rows);
    void this.drawing.idle().then(() => {
      log.info(
        `${this.adapter.site}: read ${result.rows.length} rows in ${parseMs.toFixed(1)} ms, ` +
          `drew overlays in ${this.firstDrawMs.toFixed(1)} ms`,
      );
    });
    this.observe();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.loadAbort?.abort();
    this.drawing.stop();
    for (const view of this.views) view.mount?.host.remove();
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

  /**
   * Stores rows not seen before and draws their overlays: rows in view at once, the others in
   * later tasks. Each row element is processed once.
   */
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
      fresh.push({ paper: row.paper, row: row.element, mount: null, attached: false });
    }
    if (fresh.length === 0) return;
    this.views.push(...fresh);
    const { visible, rest } = visibleFirst(fresh, (view) => view.row);
    this.drawing.runNow(visible);
    this.attach(visible);
    this.drawing.add(rest);
    // The papers are sent once every overlay is drawn, so that the background's work does not
    // compete with drawing for the CPU. A row's save toggle stays disabled until its state returns.
    void this.drawing.idle().then(() => {
      if (this.stopped) return;
      this.attach(rest);
      this.pending = this.pending.then(() => this.store(fresh));
    });
    this.scheduleRender();
  }

  /**
   * Puts drawn overlay hosts into their rows. The rows out of view are drawn outside the page and
   * inserted together, so that the page lays out its list once for them rather than after every slice.
   */
  private attach(views: RowView[]): void {
    for (const view of views) {
      if (!view.mount || view.attached || view.dropped) continue;
      this.adapter.overlayAnchor(view.row).append(view.mount.host);
      view.attached = true;
    }
  }

  private async store(views: RowView[]): Promise<void> {
    const response = await sendRequest({ type: 'papers/upsert', profile: this.profile, papers: views.map((v) => v.paper) });
    if (!response.ok) {
      this.storageError = response.error;
      await this.tagWithoutStoring(views);
      return;
    }
    this.storageError = null;
    for (const rejected of response.rejected) log.warn(`${this.adapter.site}: skipped a row: ${rejected.error}`);
    response.states.forEach((state, index) => {
      const view = views[index];
      if (!view) return;
      if (!state) {
        this.dropRow(view);
        return;
      }
      if (state.id !== view.paper.id) {
        view.paper = { ...view.paper, id: state.id };
        view.mount?.host.setAttribute('data-paper-id', state.id);
      }
      view.paper = { ...view.paper, topics: state.topics };
      this.states.set(state.id, state);
    });
    this.drawing.add(views);
    this.scheduleRender();
  }

  /** Removes a row whose record the background rejected, and counts it as skipped. */
  private dropRow(view: RowView): void {
    this.skipped++;
    this.views = this.views.filter((other) => other !== view);
    view.dropped = true;
    view.mount?.host.remove();
    view.mount = null;
  }

  /** Shows topic tags even when nothing could be stored. */
  private async tagWithoutStoring(views: RowView[]): Promise<void> {
    const response = await sendRequest({ type: 'papers/tag', papers: views.map((v) => v.paper) });
    if (response.ok) {
      views.forEach((view, index) => {
        view.paper = { ...view.paper, topics: response.topics[index] ?? [] };
      });
      this.drawing.add(views);
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

  /** Draws a row's overlay, creating its host the first time. */
  private renderRow(view: RowView): void {
    if (view.dropped) return;
    const started = performance.now();
    const first = view.mount === null;
    view.mount ??= this.mountRow(view);
    const state = this.states.get(view.paper.id) ?? null;
    render(
      h(RowOverlay, {
        paper: view.paper,
        state,
        storageError: this.storageError,
        onToggleSave: () => void this.toggleSaved(view),
        onSetTopics: (topics) => void this.setTopics(view, topics),
      }),
      view.mount.root,
    );
    if (first) this.firstDrawMs += performance.now() - started;
  }

  private mountRow(view: RowView): ShadowMount {
    const mount = createShadowHost('scholar-lens-row', 'row', overlayCss);
    mount.host.setAttribute('data-paper-id', view.paper.id);
    if (!this.display.rowOverlays) mount.host.hidden = true;
    return mount;
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
    // In its own task once the row overlays are drawn, so that the panel's summaries of a long
    // list neither lengthen a drawing task nor leave their garbage to be collected inside one.
    void this.drawing
      .idle()
      .then(yieldToPage)
      .then(() => {
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
