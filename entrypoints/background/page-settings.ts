import { browser } from 'wxt/browser';
import type { PageSettingsReply } from '@/utils/messaging';

/** Storage keys of utils/settings.ts's items the page needs (same keys as the content script's settings-lite). */
const SYNC_KEYS = ['runMode', 'disabledSites'];
const LOCAL_KEYS = ['highlightsOn'];

let cached: Promise<PageSettingsReply> | null = null;

async function read(): Promise<PageSettingsReply> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(SYNC_KEYS).catch(() => ({}) as Record<string, unknown>),
    browser.storage.local.get(LOCAL_KEYS).catch(() => ({}) as Record<string, unknown>),
  ]);
  return {
    runMode: sync.runMode === 'on-demand' ? 'on-demand' : 'auto',
    disabledSites: Array.isArray(sync.disabledSites) ? (sync.disabledSites as string[]) : [],
    highlightsOn: local.highlightsOn !== false,
  };
}

/**
 * The page settings, read from storage once and again only after they change: a page's first highlight must not
 * wait for two storage reads. A read in flight when a change lands serves only the requests made before it.
 */
export function pageSettings(): Promise<PageSettingsReply> {
  cached ??= read();
  return cached;
}

/** Keeps the cache fresh; call once when the background starts. */
export function watchPageSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const keys = area === 'sync' ? SYNC_KEYS : area === 'local' ? LOCAL_KEYS : [];
    if (keys.some((k) => k in changes)) cached = null;
  });
  void pageSettings();
}
