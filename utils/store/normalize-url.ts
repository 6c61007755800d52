/**
 * URL normalisation for dedupe: the same job reached through tracking links, mobile hosts or a different parameter
 * order must give one key. Pure; runs anywhere.
 */

/** Parameters that track the visit, never identify the job. */
const TRACKING_PARAM = /^(utm_|mc_|_hs|hsa_|pk_|mtm_)|^(gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|igshid|twclid|li_fat_id|trk|trkinfo|trackingid|refid|ref|referer|referrer|source|src|lipi|eboost|alid|sharedid|from|cmp|campaign|gh_src|lever-source|lever-origin|rx_.*|tk|vjk_src|sid)$/i;
/** LinkedIn's job id, in /jobs/view/123 or /jobs/view/some-title-123 or ?currentJobId=123. */
const LINKEDIN_VIEW = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/;
const LINKEDIN_HOST = /(^|\.)linkedin\.com$/;
/** Indeed's job key lives in `jk` or `vjk`. */
const INDEED_HOST = /(^|\.)indeed\.[a-z.]+$/;

/**
 * A canonical form of a job URL: lower-case host without `www.`/`m.`, no fragment, no tracking parameters,
 * parameters sorted, no trailing slash. LinkedIn and Indeed URLs collapse to their job id.
 * Returns the input trimmed when it is not an http(s) URL.
 *
 * @example
 * normalizeJobUrl('https://www.Example.com/jobs/42/?utm_source=x&b=2&a=1#apply') // 'https://example.com/jobs/42?a=1&b=2'
 * normalizeJobUrl('https://www.linkedin.com/jobs/search/?currentJobId=3812345678') // 'linkedin:3812345678'
 */
export function normalizeJobUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw.trim();
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  if (LINKEDIN_HOST.test(host)) {
    const id = url.pathname.match(LINKEDIN_VIEW)?.[1] ?? url.searchParams.get('currentJobId');
    if (id && /^\d+$/.test(id)) return `linkedin:${id}`;
  }
  if (INDEED_HOST.test(host)) {
    const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
    if (jk && /^[a-z0-9]+$/i.test(jk)) return `indeed:${jk.toLowerCase()}`;
  }
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '';
  const port = url.port ? `:${url.port}` : '';
  // http and https variants of one posting are the same job.
  return `https://${host}${port}${path}${query}`;
}

/**
 * The key a role is stored under: the analyser's job key when it has one (JSON-LD identifier, board id…), else
 * the normalised URL. A key that is itself a URL is normalised too, so tracking variants still collapse.
 *
 * @example
 * roleJobKey('greenhouse:acme:123', 'https://boards.greenhouse.io/acme/jobs/123') // 'greenhouse:acme:123'
 * roleJobKey(null, 'https://acme.example/jobs/7?utm_medium=email') // 'https://acme.example/jobs/7'
 */
export function roleJobKey(analysisKey: string | null | undefined, url: string): string {
  const key = analysisKey?.trim();
  if (!key) return normalizeJobUrl(url);
  return /^https?:\/\//i.test(key) ? normalizeJobUrl(key) : key;
}
