/** One page's session: parsing, wiring the row overlays to storage, load-all and the profile panel. */
import { h, render } from 'preact';
import type { Profile, Provenance } from '../model';
import { log } from '../log';
import type { ParsedRow, ProfilePage, SiteAdapter } from '../sites';
import { sightingOf } from '../sites/record';
import { ProfilePanel, type LoadProgress } from '../../components/overlay/ProfilePanel';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { createShadowHost, type ShadowMount } from './shadow';
import { loadAllRows } from './load-all';
import { yieldToFrame } from './sliced-queue';
import { RowViews } from './row-views';
import { PaperStates } from './paper-states';
import { sendRequest } from '../messaging/client';
import { savePanelCollapsed, type Settings } from '../settings/settings';

type DisplaySettings = Pick<Settings, 'rowOverlays' | 'profilePanel' | 'panelCollapsed'>;

/** One profile page: its parsed rows, their overlays, the panel and the link to storage. */
export class ProfileSession {
  private readonly rows: RowViews;
  private readonly papers: PaperStates;
  private profile: Profile | null = null;
  /** The sighting of the rows that `start` reads, which the panel's analysis also sends. Rows added later get their own. */
  private readonly sighting: Provenance;
  private panel: ShadowMount | null = null;
  private observer: MutationObserver | null = null;
  private load: LoadProgress = { status: 'idle', rows: 0 };
  private loadAbort: AbortController | null = null;
  private renderQueued = false;
  private stopped = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly page: ProfilePage,
    private readonly doc: Document,
    /** Overlays the user turned on in the options. Hidden ones are still parsed and stored. */
    private display: DisplaySettings = { rowOverlays: true, profilePanel: true },
  ) {
    this.papers = new PaperStates(
      adapter.site,
      {
        drop: (view) => this.rows.drop(view),
        redraw: (views) => this.rows.redraw(views),
        redrawPaper: (id) => this.rows.redrawPaper(id),
        settleToggles: (flags) => this.rows.settleToggles(flags),
      },
      () => this.scheduleRender(),
    );
    this.rows = new RowViews(adapter, display.rowOverlays, this.papers);
    this.sighting = sightingOf(page, new Date().toISOString());
  }

  /**
   * Parses the page, draws the overlays of the rows in view, then the others in later tasks, and
   * sends the records to storage. The timing line is logged once every overlay is drawn.
   */
  start(): void {
    // The background builds its topic index while this task reads and draws.
    void sendRequest({ type: 'tagger/prepare' });
    const outline = this.adapter.outline?.(this.doc, this.page);
    if (outline) {
      this.profile = outline.profile;
      // Rows in view are found before the panel goes in, while the page's layout is still clean.
      this.readInSlices(outline.rows);
      this.mountPanel();
    } else {
      const started = performance.now();
      const result = this.adapter.parse(this.doc, this.page);
      this.rows.readMs = performance.now() - started;
      this.profile = result.profile;
      this.mountPanel();
      this.addRows(result.rows, this.sighting);
    }
    void this.rows.idle().then(() => {
      log.info(
        `${this.adapter.site}: read ${this.rows.views.length + this.rows.skipped} rows in ${this.rows.readMs.toFixed(1)} ms, ` +
          `drew overlays in ${this.rows.firstDrawMs.toFixed(1)} ms`,
      );
    });
    this.observe();
  }

  /** Reads the outlined rows over several tasks, rows in view first, then stores them. */
  private readInSlices(elements: Element[]): void {
    const reading = this.rows.readInSlices(elements, (element) => this.adapter.rows(element, this.page));
    void reading.then((fresh) => {
      if (this.stopped || fresh.length === 0) return;
      this.papers.queue(this.profile, this.sighting, fresh);
      this.scheduleRender();
    });
    this.scheduleRender();
  }

  /** Shows or hides the row overlays and the panel, as the options now set them. */
  setDisplay(display: Pick<Settings, 'rowOverlays' | 'profilePanel'>): void {
    this.display = { ...this.display, rowOverlays: display.rowOverlays, profilePanel: display.profilePanel };
    this.rows.setShown(display.rowOverlays);
    if (this.panel) this.panel.host.hidden = !display.profilePanel;
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.loadAbort?.abort();
    this.rows.stop();
    this.panel?.host.remove();
  }

  private observe(): void {
    const container = this.adapter.rowContainer(this.doc);
    if (!container) return;
    this.observer = new MutationObserver((mutations) => {
      const added: ParsedRow[] = [];
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.addedNodes)) {
          // Overlay hosts inserted by this script are not rows, so they are not read.
          if (node instanceof Element && !node.hasAttribute('data-scholar-lens')) added.push(...this.adapter.rows(node, this.page));
        }
      }
      if (added.length > 0) this.addRows(added, sightingOf(this.page, new Date().toISOString()));
    });
    this.observer.observe(container, { childList: true, subtree: true });
  }

  /**
   * Stores rows not seen before and draws their overlays: rows in view at once, the others in
   * later tasks. Each row element is processed once.
   */
  private addRows(rows: ParsedRow[], sighting: Provenance): void {
    const fresh = this.rows.read(rows);
    if (fresh.length === 0) return;
    this.rows.draw(fresh);
    // The papers are sent once every overlay is drawn, so that the background's work does not
    // compete with drawing for the CPU. A row's save toggle stays disabled until its state returns.
    void this.rows.idle().then(() => {
      if (this.stopped) return;
      this.papers.queue(this.profile, sighting, fresh);
    });
    this.scheduleRender();
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
    // In its own task and frame once the row overlays are drawn, so that summarising a long list
    // lengthens no drawing task or frame, and its garbage is collected outside them.
    void this.rows
      .idle()
      .then(yieldToFrame)
      .then(() => {
        this.renderQueued = false;
        this.renderPanel();
      });
  }

  private renderPanel(): void {
    if (!this.panel) return;
    const canLoadMore = this.adapter.loadMore?.button(this.doc) != null;
    const views = this.rows.views;
    render(
      h(ProfilePanel, {
        profile: this.profile,
        papers: views.map((view) => this.papers.shownPaper(view)),
        sighting: this.sighting,
        skipped: this.rows.skipped,
        savedCount: new Set(views.filter((view) => this.papers.isSaved(view)).map((view) => view.paper.id)).size,
        storageError: this.papers.storageError,
        load: this.load,
        canLoadMore: canLoadMore || this.load.status === 'loading',
        onLoadAll: () => void this.loadAll(),
        onCancelLoad: () => this.loadAbort?.abort(),
        collapsed: this.display.panelCollapsed,
        onCollapse: (collapsed: boolean) => savePanelCollapsed(collapsed).catch((error: unknown) => log.warn('saving the folded panel failed', error)),
      }),
      this.panel.root,
    );
  }

  private async loadAll(): Promise<void> {
    const control = this.adapter.loadMore;
    const container = this.adapter.rowContainer(this.doc);
    if (!control || !container || this.load.status === 'loading') return;
    this.loadAbort = new AbortController();
    this.load = { status: 'loading', rows: this.rows.views.length };
    this.scheduleRender();
    const rowCount = () => this.rows.views.length + this.rows.skipped;
    const outcome = await loadAllRows(this.doc, control, container, rowCount, {
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
