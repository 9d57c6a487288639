/** Row overlays of one page: which parsed rows get one, their hosts, and drawing them in slices. */
import { h, render } from 'preact';
import type { PageRecord, Topic } from '../model';
import type { PaperState } from '../messaging/messages';
import { log } from '../log';
import type { ParsedRow, SiteAdapter } from '../sites';
import { RowOverlay } from '../../components/overlay/RowOverlay';
import { drawPendingSave, settlePendingSave, showsOnlyPendingSave, showsOnlySaveToggle } from '../../components/overlay/pending-save';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { createShadowHost, type ShadowMount } from './shadow';
import { SlicedQueue, yieldToFrame, yieldToPage } from './sliced-queue';
import { visibleFirst } from './viewport';

export interface RowView {
  paper: PageRecord;
  /** The page's row element that the overlay belongs to. */
  row: Element;
  /** The overlay host, created and put into the row when the row is first drawn. */
  mount: ShadowMount | null;
  /** The overlay drawn without Preact while the row waits for its stored state, if any. */
  pending?: Element | null;
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
 * Limits of the tasks after the first that read rows and draw their overlays. Each new overlay
 * makes the page lay out its row again before the next task, so a slice takes few rows.
 */
export const READ_SLICE = { ms: 8, items: 40 } as const;

/**
 * Limits of the tasks that draw overlays again. Overlays out of view skip style and layout
 * (`content-visibility: auto`), so these tasks do not wait for a frame in between.
 */
export const DRAW_SLICE = { ms: 10, items: 250 } as const;

/**
 * Limits of the tasks that draw rows in full after their pending toggle took its stored state. Each
 * task waits for a frame, so a frame lays out only one slice's rows again. Redrawing 1000 rows
 * between two frames made a frame of about 100 ms in headless Chromium.
 */
export const SETTLE_SLICE = { ms: 8, items: 50 } as const;

/** The overlays of a page's rows, in page order, and the rows left without one. */
export class RowViews {
  private readonly processed = new WeakSet<Element>();
  private stopReading: () => void = () => {};
  private reading: Promise<void> = Promise.resolve();
  views: RowView[] = [];
  /** Rows that could not be read, or whose record the background rejected. */
  skipped = 0;
  private readonly drawing = new SlicedQueue<RowView>((view) => this.renderRow(view), DRAW_SLICE, yieldToPage);
  private readonly settling = new SlicedQueue<RowView>((view) => this.renderRow(view), SETTLE_SLICE, yieldToFrame);
  /** Time spent creating overlay hosts and rendering them the first time, summed over tasks. */
  firstDrawMs = 0;
  /** Time spent reading rows by `readInSlices`, summed over tasks. */
  readMs = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    /** False when the user turned row overlays off; their hosts are then created hidden. */
    private shown: boolean,
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
      fresh.push({ paper: row.paper, row: row.element, mount: null });
    }
    this.views.push(...fresh);
    return fresh;
  }

  /**
   * Draws the overlays of the views in view at once and queues the others for later tasks. Each
   * host goes into its row in the task that draws it, so the page lays out only that slice's rows
   * again before the next task. Laying out a whole 1000-row table again took over 100 ms in
   * headless Chromium.
   */
  draw(fresh: RowView[]): void {
    const { visible, rest } = visibleFirst(fresh, (view) => view.row);
    this.drawing.runNow(visible);
    this.drawing.add(rest);
  }

  /**
   * Reads row elements with `parse` and draws their overlays, rows in view in this task and the
   * others in later slices, so that no task reads a long list whole. Resolves with the views of
   * the rows read, in the order read, once every overlay is drawn.
   */
  readInSlices(elements: Element[], parse: (element: Element) => ParsedRow[]): Promise<RowView[]> {
    const fresh: RowView[] = [];
    const reading = new SlicedQueue<Element>((element) => {
      const started = performance.now();
      const views = this.read(parse(element));
      this.readMs += performance.now() - started;
      this.drawing.runNow(views);
      fresh.push(...views);
    }, READ_SLICE);
    this.stopReading = () => reading.stop();
    const { visible, rest } = visibleFirst(elements, (element) => element);
    reading.runNow(visible);
    reading.add(rest);
    this.reading = reading.idle();
    return this.reading.then(() => fresh);
  }

  /**
   * Queues views to be drawn again in later tasks. A row still showing its pending toggle takes its
   * stored state at once, in this task, and gets its tags and badges in a later frame.
   */
  redraw(views: RowView[]): void {
    const full: RowView[] = [];
    const settled: RowView[] = [];
    for (const view of views) {
      const state = view.pending ? this.controls.stateOf(view.paper.id) : null;
      if (view.pending && state) {
        settlePendingSave(view.pending, view.paper.title, state.saved, () => void this.controls.toggleSaved(view));
        // A paper with nothing but its toggle to show is drawn in full once its tags arrive.
        if (!showsOnlySaveToggle(view.paper, state)) settled.push(view);
      } else {
        full.push(view);
      }
    }
    this.drawing.add(full);
    this.settling.add(settled);
  }

  /**
   * Turns the pending toggles of these views into save toggles, in this task, from their papers'
   * saved flags. Their tags and badges come with `redraw` once the full states are checked.
   */
  settleToggles(flags: { view: RowView; saved: boolean }[]): void {
    for (const { view, saved } of flags) {
      if (view.pending) settlePendingSave(view.pending, view.paper.title, saved, () => void this.controls.toggleSaved(view));
    }
  }

  /** Draws every row of one paper again, in this task. */
  redrawPaper(id: string): void {
    for (const view of this.views) if (view.paper.id === id) this.renderRow(view);
  }

  /** Resolves once no row is waiting to be read or drawn. Full draws after a settled toggle may still be queued. */
  idle(): Promise<void> {
    return this.reading.then(() => this.drawing.idle());
  }

  /** Resolves once every row is drawn in full. */
  settled(): Promise<void> {
    return this.idle().then(() => this.settling.idle());
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
  /** Shows or hides every row overlay drawn so far and those drawn later. */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    for (const view of this.views) if (view.mount) view.mount.host.hidden = !shown;
  }

  stop(): void {
    this.stopReading();
    this.drawing.stop();
    this.settling.stop();
    for (const view of this.views) view.mount?.host.remove();
  }

  /** Draws a row's overlay, creating its host the first time. */
  private renderRow(view: RowView): void {
    if (view.dropped) return;
    const started = performance.now();
    const first = view.mount === null;
    view.mount ??= this.mountRow(view);
    const state = this.controls.stateOf(view.paper.id);
    if (first && showsOnlyPendingSave(view.paper, state, this.controls.storageError)) {
      view.pending = drawPendingSave(view.mount.root, view.paper.title);
    } else {
      this.renderOverlay(view, view.mount, state);
    }
    if (!first) return;
    this.adapter.overlayAnchor(view.row).append(view.mount.host);
    this.firstDrawMs += performance.now() - started;
  }

  /** Renders the row's overlay with Preact, in place of the pending one drawn first, keeping keyboard focus. */
  private renderOverlay(view: RowView, mount: ShadowMount, state: PaperState | null): void {
    const pending = view.pending;
    const hadFocus = pending != null && pending.contains(mount.root.activeElement);
    if (pending) {
      pending.remove();
      view.pending = null;
    }
    render(
      h(RowOverlay, {
        paper: view.paper,
        state,
        storageError: this.controls.storageError,
        onToggleSave: () => void this.controls.toggleSaved(view),
        onSetTopics: (topics) => void this.controls.setTopics(view, topics),
      }),
      mount.root,
    );
    if (hadFocus) mount.root.querySelector<HTMLElement>('[data-testid="save-toggle"]')?.focus();
  }

  private mountRow(view: RowView): ShadowMount {
    const mount = createShadowHost('scholar-lens-row', 'row', overlayCss);
    mount.host.setAttribute('data-paper-id', view.paper.id);
    if (!this.shown) mount.host.hidden = true;
    return mount;
  }
}
