// Settings (small, typed, versioned) in extension storage. Owned by the on-page helper; the options page renders them.
import { storage } from 'wxt/utils/storage';
import { isSiteDisabled, siteOf } from './disabled-sites';

export { isSiteDisabled };

export type RunMode = 'auto' | 'on-demand';

/** 'auto': detect on every page; 'on-demand': only when the user asks (shortcut or popup button). */
export const runModeItem = storage.defineItem<RunMode>('sync:runMode', { fallback: 'auto', version: 1 });

/** Hostnames where Jobmark never runs by itself. */
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', { fallback: [], version: 1 });

/** Highlights shown (the panel's toggle). */
export const highlightsOnItem = storage.defineItem<boolean>('local:highlightsOn', { fallback: true, version: 1 });

/** Panel state: expanded or collapsed to a tab, and which corner it docks to. */
export interface PanelState {
  collapsed: boolean;
  corner: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
  seenFirstPosting: boolean;
}
export const panelStateItem = storage.defineItem<PanelState>('local:panelState', {
  fallback: { collapsed: false, corner: 'bottom-right', seenFirstPosting: false },
  version: 1,
});

/** Turns Jobmark off (or back on) for a site; stores the hostname without "www.". */
export async function setSiteDisabled(hostname: string, off: boolean): Promise<string[]> {
  const site = siteOf(hostname);
  const current = await disabledSitesItem.getValue();
  const next = off ? [...new Set([...current, site])] : current.filter((d) => siteOf(d) !== site);
  await disabledSitesItem.setValue(next);
  return next;
}
