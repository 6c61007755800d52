/**
 * The hand-off between the content script and the panel script. The background injects the panel script
 * (`/panel.js`) into the same isolated world as the content script, so both see the same `globalThis`: the content
 * script publishes a PageBridge, the panel publishes a PanelHandle. Nothing here is visible to the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightKind, PostingAnalysis } from '@/utils/types';
import type { PageSettings } from '../posting/settings-lite';

export const PAGE_BRIDGE_KEY = '__jobmarkPage';
export const PANEL_HANDLE_KEY = '__jobmarkPanel';
export const GATE_KEY = '__jobmarkGate';
export const READER_KEY = '__jobmarkReader';
export const PANEL_MODULE_KEY = '__jobmarkPanelModule';

/**
 * Where the posting's analysis is: the panel goes up with the markup's facts while the background reads the text
 * ('reading'), then shows the analysis ('ready'), or says the background did not answer ('failed').
 */
export type PanelPhase = 'reading' | 'ready' | 'failed';

/** What the panel shows: page-derived facts only. */
export interface PanelView {
  analysis: PostingAnalysis;
  phase: PanelPhase;
  url: string;
  /** Annotated because the user asked (shortcut/popup), not by detection. */
  manual: boolean;
  /** Annotated from the user's selection rather than the whole page. */
  fromSelection: boolean;
  highlightsOn: boolean;
  /** Painted ranges per kind (for the legend). */
  counts: Partial<Record<HighlightKind, number>>;
  /** The compromise pass is still running. */
  skillsPending: boolean;
}

export interface PageBridge {
  ctx: ContentScriptContext;
  view(): PanelView | null;
  setHighlightsOn(on: boolean): void;
  /** Scrolls to the next painted mention of `label` (a tech chip); false when none is painted. */
  scrollToNext(kind: HighlightKind, label: string): boolean;
}

export interface PanelHandle {
  /** Settles once the panel is in the page (false: it will not be). */
  mounted: Promise<boolean>;
  update(view: PanelView): void;
  /** Expands the panel (the user asked to annotate). */
  expand(): void;
  remove(): void;
}

/** What the content script (the gate) hands the reader script: its one page watcher, and its end. */
export interface GateHost {
  /** Ends the gate (its watcher and timers): the reader calls it when its own context ends. */
  stop(): void;
  /** The gate's cheap look at the page as it is now (the reader reuses the gate's code rather than ship its own). */
  maybePosting(): boolean;
  /** Re-arms the shared DOM observer for late content. */
  armWatch(): void;
  /** The background saw this tab's URL change without a load (SPA): look again. */
  urlChanged(): void;
  /** A look whose gate passed, for the reader to start on injection; the settings (null: read them) are on their way. */
  pending?: { reason: ReadReason; settings: Promise<PageSettings | null> };
}

export type ReadReason = 'load' | 'url' | 'dom';

/** The reader script (injected on pages that pass the gate): reads, paints, reports, opens the panel. */
export interface Reader {
  /** `gated`: the gate just passed and the background injected the reader (so the settings allow it); these are the
   * settings it replied with (null: read them), needed only to paint. */
  recheck(reason: ReadReason, gated?: Promise<PageSettings | null>): Promise<void>;
  annotate(data: { useSelection: boolean }): Promise<{ ok: boolean; reason?: string }>;
}

/** The panel script, once injected: it mounts when the reader asks (again after a teardown, without a new injection). */
export interface PanelModule {
  /** Puts the panel in the page (once per page); settles when it is there (false: it will not be). */
  mount(): Promise<boolean>;
}

type Shared = {
  [PAGE_BRIDGE_KEY]?: PageBridge;
  [PANEL_MODULE_KEY]?: PanelModule;
  [PANEL_HANDLE_KEY]?: PanelHandle;
  [GATE_KEY]?: GateHost;
  [READER_KEY]?: Reader;
};
export const shared = globalThis as typeof globalThis & Shared;
