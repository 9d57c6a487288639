/** The page's link to storage: sending its papers to the background and applying the replies. */
import type { PageRecord, Profile, Provenance, Topic } from '../model';
import { profileKey } from '../model/ids';
import type { PaperState, SavedFlag, SetSavedResponse } from '../messaging/messages';
import { sendRequest } from '../messaging/client';
import { log } from '../log';
import { yieldToFrame, yieldToPage } from './sliced-queue';
import type { RowControls, RowView, RowViews } from './row-views';

/** States applied per task when a long list's stored states arrive. */
const APPLY_SLICE = 200;

/** Row overlay operations that applying a reply calls. */
export type RowRedraws = Pick<RowViews, 'drop' | 'redraw' | 'redrawPaper' | 'settleToggles'>;

/** Stored states of the page's papers, keyed by paper id, and the last storage error. */
export class PaperStates implements RowControls {
  private readonly states = new Map<string, PaperState>();
  private pending: Promise<void> = Promise.resolve();
  /** Tag requests in progress, kept apart from `pending`, so that a save click does not wait in the page for the tagger. */
  private tagging: Promise<void> = Promise.resolve();
  private error: string | null = null;

  constructor(
    private readonly site: string,
    private readonly rows: RowRedraws,
    /** Queues a redraw of the profile panel. */
    private readonly scheduleRender: () => void,
  ) {}

  get storageError(): string | null {
    return this.error;
  }

  stateOf(id: string): PaperState | null {
    return this.states.get(id) ?? null;
  }

  /**
   * Sends the views' papers to the background after every earlier send has finished. `sighting` is
   * the one the views' rows were read in. It is sent once, and the background adds it to each paper.
   */
  queue(profile: Profile | null, sighting: Provenance, views: RowView[]): void {
    this.pending = this.pending.then(() => this.store(profile, sighting, views));
  }

  private async store(profile: Profile | null, sighting: Provenance, views: RowView[]): Promise<void> {
    const sentUntagged = views.map((view) => view.paper.topics.length === 0);
    const response = await sendRequest({ type: 'papers/upsert', profile, sighting, papers: views.map((view) => view.paper) });
    if (!response.ok) {
      this.error = response.error;
      await this.tagWithoutStoring(views);
      return;
    }
    this.error = null;
    for (const rejected of response.rejected) log.warn(`${this.site}: skipped a row: ${rejected.error}`);
    const { checkPaperState, checkSavedFlag } = await import('../messaging/response-check');
    this.settleToggles(views, response.states, checkSavedFlag);
    let invalid = 0;
    for (let start = 0; start < views.length; start += APPLY_SLICE) {
      // Settling a long list's toggles fills one task already, and its rendering one frame, so each
      // slice of full states waits for the next frame.
      await yieldToFrame();
      const slice = views.slice(start, start + APPLY_SLICE);
      slice.forEach((view, offset) => {
        const raw = response.states[start + offset];
        // A null state is a record the background rejected.
        if (raw === null || raw === undefined) {
          this.rows.drop(view);
          return;
        }
        const state = checkPaperState(raw);
        if (!state) {
          invalid++;
          return;
        }
        this.adoptId(view, state.id);
        view.paper = { ...view.paper, topics: state.topics };
        this.states.set(state.id, state);
      });
      if (invalid > 0) this.error = `The background sent an invalid state for ${invalid} ${invalid === 1 ? 'paper' : 'papers'}. Reload the page.`;
      this.rows.redraw(slice);
    }
    if (invalid > 0) log.warn(`${this.site}: papers/upsert returned ${invalid} invalid states`);
    this.scheduleRender();
    const untagged = views.filter((view, index) => sentUntagged[index] && this.states.has(view.paper.id));
    this.tagging = this.tagging.then(() => this.tagStored(profile, untagged));
  }

  /** Asks the background to tag the stored papers that the page sent without topics, and draws their tags. */
  private async tagStored(profile: Profile | null, views: RowView[]): Promise<void> {
    if (views.length === 0) return;
    const ids = views.map((view) => view.paper.id);
    const response = await sendRequest({ type: 'papers/tag-stored', ids, profile: profile ? profileKey(profile) : null });
    if (!response.ok) {
      log.warn(`${this.site}: papers/tag-stored failed for ${ids.length} papers: ${response.error}`);
      return;
    }
    const changed: RowView[] = [];
    views.forEach((view, index) => {
      const topics = response.topics[index];
      if (!topics) return;
      const state = this.states.get(view.paper.id);
      if (state) this.states.set(state.id, { ...state, topics });
      view.paper = { ...view.paper, topics };
      changed.push(view);
    });
    for (let start = 0; start < changed.length; start += APPLY_SLICE) {
      if (start > 0) await yieldToPage();
      this.rows.redraw(changed.slice(start, start + APPLY_SLICE));
    }
    if (changed.length > 0) this.scheduleRender();
  }

  /**
   * Gives every row's save toggle its paper's id and saved flag, in this task. A toggle needs no
   * more, and checking those two fields costs a fraction of the whole state, so the full states,
   * with tags and code links, are checked and drawn after, slice by slice.
   */
  private settleToggles(views: RowView[], states: readonly unknown[], check: (raw: unknown) => SavedFlag | null): void {
    const flags: { view: RowView; saved: boolean }[] = [];
    views.forEach((view, index) => {
      const raw = states[index];
      const flag = raw === null || raw === undefined ? null : check(raw);
      if (!flag) return;
      this.adoptId(view, flag.id);
      flags.push({ view, saved: flag.saved });
    });
    this.rows.settleToggles(flags);
  }

  /** Gives the row the stored record's id, which differs from the page's when the record matched an earlier sighting. */
  private adoptId(view: RowView, id: string): void {
    if (id === view.paper.id) return;
    view.mount?.host.setAttribute('data-paper-id', id);
    view.paper = { ...view.paper, id };
  }

  /**
   * Shows topic tags even when nothing could be stored. The rows are drawn again either way, so
   * that each save toggle names the storage error rather than waiting.
   */
  private async tagWithoutStoring(views: RowView[]): Promise<void> {
    const response = await sendRequest({ type: 'papers/tag', papers: views.map((view) => view.paper) });
    if (response.ok) {
      views.forEach((view, index) => {
        view.paper = { ...view.paper, topics: response.topics[index] ?? [] };
      });
    }
    this.rows.redraw(views);
    this.scheduleRender();
  }

  /** Returns the row's paper with the user's topic correction, when there is one, in place of the tagger's topics. */
  shownPaper(view: RowView): PageRecord {
    const userTopics = this.states.get(view.paper.id)?.userTopics;
    return userTopics ? { ...view.paper, topics: userTopics } : view.paper;
  }

  isSaved(view: RowView): boolean {
    return this.states.get(view.paper.id)?.saved ?? false;
  }

  /** Stores a topic correction and redraws every row of the same paper and the panel. */
  async setTopics(view: RowView, topics: Topic[] | null): Promise<void> {
    await this.pending;
    const response = await sendRequest({ type: 'paper/set-topics', id: view.paper.id, topics });
    this.applyPaperChange(view.paper.id, response);
  }

  async toggleSaved(view: RowView): Promise<void> {
    await this.pending;
    const saved = !(this.states.get(view.paper.id)?.saved ?? false);
    const response = await sendRequest({ type: 'paper/set-saved', id: view.paper.id, saved });
    this.applyPaperChange(view.paper.id, response);
  }

  /** Keeps the background's new state of one paper and redraws its rows and the panel. */
  private applyPaperChange(id: string, response: SetSavedResponse): void {
    if (response.ok) {
      this.states.set(response.state.id, response.state);
      this.error = null;
    } else {
      this.error = response.error;
    }
    this.rows.redrawPaper(id);
    this.scheduleRender();
  }
}
