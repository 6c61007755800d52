import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../posting/messages';
import { readPageSteps } from '@/utils/page/read-page';
import { runStepsPausing } from '@/utils/steps';
import { extractText } from '@/utils/page/extract-text';
import { alignText, relocate } from '@/utils/highlight/align';
import { runsOnItsOwn } from '@/utils/disabled-sites';
import { readPageSettings, writeHighlightsOn, type PageSettings } from '../posting/settings-lite';
import type { Highlight, PostingAnalysis } from '@/utils/types';
import { PAGE_BRIDGE_KEY, PANEL_HANDLE_KEY, PANEL_MODULE_KEY, shared, type GateHost, type PanelPhase, type PanelView, type ReadReason, type Reader } from '../panel/bridge';
import { pack, unpack } from '@/utils/wire';
import { MAX_PAGE_CHARS, PANEL_FIRST_CHARS } from './limits';
import { Painter } from './painter';
import { readSelection, type PageRead } from './selection';
import { afterNextFrame, yieldToMain } from '../posting/yield';
import { prewarmPanelFonts } from '../panel/font';
import { factsAnalysis } from '@/utils/analysis/facts-analysis';

interface Shown {
  read: PageRead;
  analysis: PostingAnalysis;
  url: string;
  manual: boolean;
  fromSelection: boolean;
  skillsPending: boolean;
  phase: PanelPhase;
}

const noop = () => {};
/**
 * The compromise pass waits this long after the first paint: a posting left sooner (skimming a list of jobs) costs
 * no skill pass, and the next page's first paint does not compete with it for the CPU (warm first highlight 137 ms
 * with the previous page's pass still running).
 */
const SKILLS_DELAY_MS = 400;

/**
 * One page (frame) that passed the gate: reads it, paints, reports, opens the panel, follows SPA navigation (the
 * content script's watcher calls recheck), tears down.
 */
export class PageController implements Reader {
  private gen = 0;
  private shown: Shown | null = null;
  private readonly painter = new Painter(document);
  private busy = false;
  private again: ReadReason | null = null;
  private fontsWarmed = false;
  /** The user's clicks on the panel's highlights switch: one made while a posting is read wins over the settings. */
  private toggles = 0;
  private readonly ctx: ContentScriptContext;

  constructor(
    private readonly host: GateHost,
    ctx: ContentScriptContext,
  ) {
    this.ctx = ctx;
    ctx.onInvalidated(() => this.teardown(false));
    shared[PAGE_BRIDGE_KEY] = {
      ctx,
      view: () => this.view(),
      setHighlightsOn: (on) => {
        this.toggles++;
        this.painter.setOn(on);
        void writeHighlightsOn(on).catch(noop);
        this.updatePanel();
      },
      scrollToNext: (kind, label) => this.painter.scrollToNext(kind, label),
    };
  }

  /** The automatic path: cheap gate, settings, full read, and show when it is a posting. */
  private async detect(gated?: Promise<PageSettings | null>): Promise<void> {
    // The reader is evaluated in the task that injects it; the page read gets a task of its own.
    await yieldToMain();
    const url = location.href;
    if (!document.body || (!gated && !this.host.maybePosting())) return this.noPosting(url);
    if (gated) {
      // The background injected this reader only where the settings let it run on its own: read and send now. Its
      // reply (with whether highlights are on) is needed only to paint; it was 0–65 ms behind the read here.
      const on = gated.then((s) => s ?? readPageSettings()).then((s) => s.highlightsOn);
      return this.showDetected(await this.fromPage(url), url, on);
    }
    const s = await readPageSettings();
    if (!runsOnItsOwn(s, url)) return;
    return this.showDetected(await this.fromPage(url), url, s.highlightsOn);
  }

  private async showDetected(read: PageRead, url: string, highlightsOn: boolean | Promise<boolean>): Promise<void> {
    if (!read.snapshot.detection.isJobPosting) return this.noPosting(url);
    const s = this.shown;
    if (s && s.phase !== 'failed' && !s.manual && s.url === url && s.read.snapshot.text === read.snapshot.text) return;
    // The read's last step and the request to the background (packing and sending up to MAX_PAGE_CHARS of text) are
    // tasks of their own: together they came to 35–45 ms on a 100k-word page.
    await yieldToMain();
    await this.show(await this.ensureSegments(read), false, false, highlightsOn);
  }

  /** The page reader's snapshot, with its segments when its text came from the page's DOM; read in a few tasks. */
  private async fromPage(url: string): Promise<PageRead> {
    const steps = readPageSteps(document, url, { withSegments: true, maxChars: MAX_PAGE_CHARS });
    const { segments, ...snapshot } = await runStepsPausing(steps, yieldToMain);
    return { snapshot, segments: segments ?? [], base: segments ? 0 : -1 };
  }

  private noPosting(url: string): void {
    if (this.shown && (!this.shown.manual || this.shown.url !== url)) this.teardown(true);
  }

  /** Text read from JSON-LD (a shell page) has no segments: map it onto the body's text instead, after a yield. */
  private async ensureSegments(read: PageRead): Promise<PageRead> {
    if (read.base >= 0 && read.snapshot.text.trim()) return read;
    await yieldToMain();
    const ex = extractText(document.body, { withSegments: true, maxChars: MAX_PAGE_CHARS });
    const snapshot = read.snapshot.text.trim() ? read.snapshot : { ...read.snapshot, text: ex.text, blocks: ex.blocks };
    const base = alignText(snapshot.text, ex.text);
    return { snapshot, segments: ex.segments ?? [], base: base ?? -1, extractedText: ex.text };
  }

  /** Highlights placed on our segments: directly when aligned, else by finding each term. */
  private place(read: PageRead, highlights: readonly Highlight[]): { list: readonly Highlight[]; base: number } {
    if (read.base >= 0) return { list: highlights, base: read.base };
    return { list: relocate(highlights, read.snapshot.text, read.extractedText ?? ''), base: 0 };
  }

  private async show(read: PageRead, manual: boolean, fromSelection: boolean, highlightsOn?: boolean | Promise<boolean>): Promise<void> {
    const gen = ++this.gen;
    const stale = () => gen !== this.gen || this.ctx.isInvalid;
    this.painter.clear();
    const analyzed = send('analyzeSnapshot', { snapshot: pack(read.snapshot) })
      .then((a): PostingAnalysis => ({ ...unpack(a), text: read.snapshot.text }))
      .catch(() => null);
    const url = location.href;
    const reading: Shown = { read, analysis: factsAnalysis(read.snapshot), url, manual, fromSelection, skillsPending: true, phase: 'reading' };
    this.shown = reading;
    // A long posting's panel is mounted with its result, after the background's answer and before its highlights (its
    // first frame then competes neither with the background's analysis, 35–100 ms of CPU for 50k characters on this
    // 2-core machine, nor with the registry's repaint); a usual one paints first and opens the panel after (see
    // PANEL_FIRST_CHARS). A panel already up (a single-page site's next job) shows that this one is being read.
    const long = read.snapshot.text.length > PANEL_FIRST_CHARS;
    // The page's main thread waits for the background here: a good time to resolve the fonts of a panel to come (so
    // their lookups do not land in its first layout).
    const fonts = this.warmFonts();
    const opening = shared[PANEL_HANDLE_KEY] ? this.openPanel() : null;
    const toggles = this.toggles;
    const [analysis, on] = await Promise.all([analyzed, highlightsOn ?? readPageSettings().then((s) => s.highlightsOn)]);
    if (stale()) return;
    if (!analysis) {
      this.shown = { ...reading, phase: 'failed' };
      return this.updatePanel();
    }
    if (toggles === this.toggles && on !== this.painter.highlightsOn) this.painter.setOn(on);
    const placed = this.place(read, analysis.highlights);
    if (opening) await opening;
    if (stale()) return;
    const ready: Shown = { ...reading, analysis, phase: 'ready' };
    // Before the highlights are registered, the panel shows the result and the browser renders it: Chrome repaints the
    // whole page for a registry change (20–30 ms of prepaint and as much of paint on a 100k-word page here), so that
    // frame carries no style or layout of the panel's. While no highlight is registered, the panel's DOM change costs
    // no marker rebuild either.
    const showReady = async () => {
      this.shown = ready;
      this.updatePanel();
      await afterNextFrame();
    };
    const mountReady = async () => {
      this.shown = ready;
      await fonts;
      await this.mountFirst();
    };
    await this.painter.add(placed.list, read.segments, placed.base, stale, opening ? showReady : long ? mountReady : undefined);
    if (stale()) return;
    this.shown = ready;
    void this.report(url, analysis);
    if (!opening && !long) await this.openPanel();
    await new Promise((ok) => this.ctx.setTimeout(() => ok(undefined), SKILLS_DELAY_MS));
    if (stale()) return;
    await this.addSkills(gen, stale);
  }

  /** The compromise pass (background/offscreen) adds skill highlights after the first paint. */
  private async addSkills(gen: number, stale: () => boolean): Promise<void> {
    const s = this.shown;
    if (!s) return;
    // The text travels once (the background puts it back into the analysis).
    // The background kept the analysis; it is sent again only when the background forgot it.
    const res = await send('findSkills', {})
      .then((r) => r ?? send('findSkills', { text: s.analysis.text, analysis: pack({ ...s.analysis, text: '' }) }))
      .then((r) => (r ? unpack(r) : null))
      .catch(() => null);
    if (stale() || this.shown !== s) return;
    s.skillsPending = false;
    if (res) {
      s.analysis = { ...s.analysis, skills: res.skills, highlights: [...s.analysis.highlights, ...res.highlights] };
      const placed = this.place(s.read, res.highlights);
      await this.painter.add(placed.list, s.read.segments, placed.base, stale);
      if (gen !== this.gen) return;
    }
    this.updatePanel();
  }

  /** Tells the background this frame shows a posting (badge, popup); it has the analysis unless it restarted. */
  private async report(url: string, analysis: PostingAnalysis): Promise<void> {
    const known = await send('reportPosting', { url }).catch(() => true);
    if (!known) await send('reportPosting', { url, posting: pack({ url, analysis }) }).catch(noop);
  }

  private view(): PanelView | null {
    const s = this.shown;
    if (!s) return null;
    return {
      analysis: s.analysis,
      url: s.url,
      manual: s.manual,
      fromSelection: s.fromSelection,
      highlightsOn: this.painter.highlightsOn,
      counts: this.painter.counts(),
      skillsPending: s.skillsPending,
      phase: s.phase,
    };
  }

  /** Shows the current view in the panel, mounting it first where there is none; settles once it is in the page. */
  private async openPanel(): Promise<void> {
    const handle = shared[PANEL_HANDLE_KEY];
    if (handle) {
      this.updatePanel();
      await handle.mounted;
      return;
    }
    // The background claims the panel for this frame (one a tab), and injects its script unless this frame has it.
    const claimed = await send('openPanel', { loaded: shared[PANEL_MODULE_KEY] != null }).catch(() => false);
    if (claimed) await shared[PANEL_MODULE_KEY]?.mount();
  }

  /** Resolves the panel's font faces once per page, in small tasks (prewarmPanelFonts). */
  private warmFonts(): Promise<void> {
    if (this.fontsWarmed) return Promise.resolve();
    this.fontsWarmed = true;
    return prewarmPanelFonts(yieldToMain).catch(noop);
  }

  /**
   * A long posting's panel, mounted before its highlights: resolves once the browser has rendered it. Painting right
   * after the mount made the highlights' viewport test (a range's box) force the panel's style and the page's layout
   * in the same task: 38–52 ms on a 100k-word page.
   */
  private async mountFirst(): Promise<void> {
    const had = shared[PANEL_HANDLE_KEY] != null;
    await this.openPanel();
    if (!had && shared[PANEL_HANDLE_KEY]) await afterNextFrame();
  }

  private updatePanel(): void {
    const v = this.view();
    if (v) shared[PANEL_HANDLE_KEY]?.update(v);
  }

  private teardown(report: boolean): void {
    this.gen++;
    this.painter.clear();
    shared[PANEL_HANDLE_KEY]?.remove();
    shared[PANEL_HANDLE_KEY] = undefined;
    const had = this.shown != null;
    this.shown = null;
    if (report && had) void send('reportPosting', { url: null }).catch(noop);
  }

  /** SPA navigation or late DOM: look again (one look at a time; a request during a look runs after it). */
  async recheck(reason: ReadReason, gated?: Promise<PageSettings | null>): Promise<void> {
    if (this.busy) {
      this.again = this.again === 'url' ? 'url' : reason;
      return;
    }
    this.busy = true;
    try {
      if (reason === 'url' && this.shown?.manual && this.shown.url !== location.href) this.teardown(true);
      await this.detect(gated);
      // The gate let a shell through (Workday): the posting may still arrive, so the watcher looks again a while.
      if (!this.shown && reason === 'load') this.host.armWatch();
    } finally {
      this.busy = false;
      const next = this.again;
      this.again = null;
      if (next && this.ctx.isValid) void this.recheck(next);
    }
  }

  /** Shortcut / popup: annotate now, where detection said no too; the selection when there is one. */
  async annotate(data: { useSelection: boolean }): Promise<{ ok: boolean; reason?: string }> {
    const url = location.href;
    const sel = data.useSelection ? readSelection(document, url) : null;
    if (!sel && this.shown && !this.shown.fromSelection) {
      shared[PANEL_HANDLE_KEY]?.expand();
      return { ok: true };
    }
    if (!sel && !document.body) return { ok: false, reason: 'This page has no text to read.' };
    const read = sel ?? (await this.ensureSegments(await this.fromPage(url)));
    if (!read.snapshot.text.trim()) return { ok: false, reason: 'This page has no text to read.' };
    await this.show(read, true, sel != null);
    shared[PANEL_HANDLE_KEY]?.expand();
    return this.shown?.phase === 'ready' ? { ok: true } : { ok: false, reason: 'The analysis did not finish.' };
  }
}
