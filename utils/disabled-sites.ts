// Pure helpers for the per-site off switch (no storage here: the content script imports this without the storage lib).

/** A hostname as the per-site switch stores it: lower case, no "www.". */
export function siteOf(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^www\./, '');
}

/**
 * Whether Jobmark is switched off for `hostname` (or a parent domain of it) by the per-site switch.
 * @example isSiteDisabled(['example.com'], 'jobs.example.com') // true
 */
export function isSiteDisabled(disabled: readonly string[], hostname: string): boolean {
  const host = siteOf(hostname);
  return disabled.some((d) => {
    const site = siteOf(d);
    return site !== '' && (host === site || host.endsWith(`.${site}`));
  });
}


/**
 * Whether automatic detection may read a frame at `url`: not in "only when I ask" mode, nor on a switched-off site.
 * A URL without a host (about:blank frames) is judged by the run mode alone.
 * @example runsOnItsOwn({ runMode: 'auto', disabledSites: ['example.com'] }, 'https://jobs.example.com/1') // false
 */
export function runsOnItsOwn(s: { runMode: string; disabledSites: readonly string[] }, url: string): boolean {
  if (s.runMode !== 'auto') return false;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // not a URL: the run mode decides
  }
  return host === '' || !isSiteDisabled(s.disabledSites, host);
}
