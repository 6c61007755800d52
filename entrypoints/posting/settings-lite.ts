/**
 * Reads and writes the settings items of utils/settings.ts straight in extension storage, for the scripts in the page
 * (reader, panel): @wxt-dev/storage alone would be ~3.5 KB gzipped of each. Keys and fallbacks mirror the items (a
 * test checks they agree, both ways).
 */
import { browser } from 'wxt/browser';
import type { PanelState, RunMode } from '@/utils/settings';

export interface PageSettings {
  runMode: RunMode;
  disabledSites: string[];
  highlightsOn: boolean;
}

/** `sync:runMode`, `sync:disabledSites`, `local:highlightsOn` in utils/settings.ts. */
export async function readPageSettings(): Promise<PageSettings> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(['runMode', 'disabledSites']).catch(() => ({}) as Record<string, unknown>),
    browser.storage.local.get('highlightsOn').catch(() => ({}) as Record<string, unknown>),
  ]);
  return {
    runMode: sync.runMode === 'on-demand' ? 'on-demand' : 'auto',
    disabledSites: Array.isArray(sync.disabledSites) ? (sync.disabledSites as string[]) : [],
    highlightsOn: local.highlightsOn !== false,
  };
}

/** Persists the highlights toggle (same key as `highlightsOnItem`). */
export function writeHighlightsOn(on: boolean): Promise<void> {
  return browser.storage.local.set({ highlightsOn: on });
}

/** The panel's corners, in the order its move button goes round them. */
export const CORNERS: readonly PanelState['corner'][] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];
/** `panelStateItem`'s fallback. */
export const PANEL_STATE_FALLBACK: PanelState = { collapsed: false, corner: 'bottom-right', seenFirstPosting: false };

/** `local:panelState` (`panelStateItem`), each field checked: the panel script stays free of @wxt-dev/storage too. */
export async function readPanelState(): Promise<PanelState> {
  const got = await browser.storage.local.get('panelState').catch(() => ({}) as Record<string, unknown>);
  const v = (got.panelState ?? {}) as Partial<Record<keyof PanelState, unknown>>;
  return {
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : PANEL_STATE_FALLBACK.collapsed,
    corner: CORNERS.includes(v.corner as PanelState['corner']) ? (v.corner as PanelState['corner']) : PANEL_STATE_FALLBACK.corner,
    seenFirstPosting: v.seenFirstPosting === true,
  };
}

/** Persists the panel state (same key as `panelStateItem`). */
export function writePanelState(s: PanelState): Promise<void> {
  return browser.storage.local.set({ panelState: s });
}
