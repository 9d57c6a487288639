/** Row overlays of one page: which parsed rows get one, their hosts, and drawing them in slices. */
import { h, render } from 'preact';
import type { Paper, Topic } from '../model';
import type { PaperState } from '../messaging/messages';
import { log } from '../log';
import type { ParsedRow, SiteAdapter } from '../sites';
import { RowOverlay } from '../../components/overlay/RowOverlay';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { createShadowHost, type ShadowMount } from './shadow';
import { SlicedQueue } from './sliced-queue';
import { visibleFirst } from './viewport';

export interface RowView {
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

/** Stored state of the rows' papers and the actions behind each overlay's controls. */
export interface RowControls {
  readonly storageError: string | null;
  stateOf(id: string): PaperState | null;
  toggleSaved(view: RowView): Promise<void>;
  setTopics(view: RowView, topics: Topic[] | null): Promise<void>;
}

/**
 * Maximum time of overlay drawing in one task after the first, in milliseconds. It keeps each
 * such task well under the 50 ms that the Long Tasks API counts as long.
 */
const DRAW_SLICE_MS = 12;

/** The overlays of a page's rows, in page order, and the rows left without one. */
export class RowViews {
  private readonly processed = new WeakSet<Element>();
  views: RowView[] = [];
  /** Rows that could not be read, or whose record the background rejected. */
  skipped = 0;
  private readonly drawing = new SlicedQueue<RowView>((view) => this.renderRow(view), DRAW_SLICE_MS);
  /** Time spent creating overlay hosts and rendering them the first time, summed over tasks. */
  firstDrawMs = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    /** False when the user turned row overlays off; their hosts are then created hidden. */
    private readonly shown: boolean,
    private readonly controls: RowControls,
  ) {}

  /**
   * Returns views for the rows not seen before and counts the unreadable ones as skipped. Each
   * row element is processed once.
   */
  read(rows: ParsedRow[]): RowView[] {
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
    this.views.push(...fresh);
    return fresh;
  }

  /**
   * Draws and attaches the overlays of the views in view at once and queues the others for later
   * tasks. Returns the queued views, which `attach` puts into the page once `idle` resolves.
   */
  draw(fresh: RowView[]): RowView[] {
    const { visible, rest } = visibleFirst(fresh, (view) => view.row);
    this.drawing.runNow(visible);
    this.attach(visible);
    this.drawing.add(rest);
    return rest;
  }

  /**
   * Puts drawn overlay hosts into their rows. The rows out of view are drawn outside the page and
   * inserted together, so that the page lays out its list once for them rather than after every slice.
   */
  attach(views: RowView[]): void {
    for (const view of views) {
      if (!view.mount || view.attached || view.dropped) continue;
      this.adapter.overlayAnchor(view.row).append(view.mount.host);
      view.attached = true;
    }
  }

  /** Queues views to be drawn again in later tasks. */
  redraw(views: RowView[]): void {
    this.drawing.add(views);
  }

  /** Draws every row of one paper again, in this task. */
  redrawPaper(id: string): void {
    for (const view of this.views) if (view.paper.id === id) this.renderRow(view);
  }

  /** Resolves once no overlay is waiting to be drawn. */
  idle(): Promise<void> {
    return this.drawing.idle();
  }

  /** Removes a row whose record the background rejected, and counts it as skipped. */
  drop(view: RowView): void {
    this.skipped++;
    this.views = this.views.filter((other) => other !== view);
    view.dropped = true;
    view.mount?.host.remove();
    view.mount = null;
  }

  /** Stops drawing and removes every overlay host from the page. */
  stop(): void {
    this.drawing.stop();
    for (const view of this.views) view.mount?.host.remove();
  }

  /** Draws a row's overlay, creating its host the first time. */
  private renderRow(view: RowView): void {
    if (view.dropped) return;
    const started = performance.now();
    const first = view.mount === null;
    view.mount ??= this.mountRow(view);
    const state = this.controls.stateOf(view.paper.id);
    render(
      h(RowOverlay, {
        paper: view.paper,
        state,
        storageError: this.controls.storageError,
        onToggleSave: () => void this.controls.toggleSaved(view),
        onSetTopics: (topics) => void this.controls.setTopics(view, topics),
      }),
      view.mount.root,
    );
    if (first) this.firstDrawMs += performance.now() - started;
  }

  private mountRow(view: RowView): ShadowMount {
    const mount = createShadowHost('scholar-lens-row', 'row', overlayCss);
    mount.host.setAttribute('data-paper-id', view.paper.id);
    if (!this.shown) mount.host.hidden = true;
    return mount;
  }
}
