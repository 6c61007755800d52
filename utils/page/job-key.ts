// Canonical URL for de-duplication when no board or JSON-LD id is known.

/** Click/campaign trackers and referral markers: never part of a posting's identity. */
const TRACKING_PARAM_RE =
  /^(?:utm_\w*|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|igshid|mc_[ce]id|_hs(?:enc|mi)|_ga|_gl|trk\w*|refid|trackingid|ref|referer|referrer|ref_?src|src|source|lipi|si|gh_src|lever-(?:source|origin)(?:\[\])?|share_?id|campaign(?:id)?|cmp|eid)$/i;

/**
 * The URL with lowercase host, no fragment, no tracking params, params sorted, no trailing slash; null if invalid.
 * @example normaliseUrl('https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top') // 'https://jobs.example.com/a?a=1&b=2'
 */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const params = new URLSearchParams(u.search);
  for (const name of Array.from(params.keys())) if (TRACKING_PARAM_RE.test(name)) params.delete(name);
  params.sort();
  const q = params.toString();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${u.protocol}//${u.host.toLowerCase()}${path}${q ? `?${q}` : ''}`;
}

/** "acme" from "https://careers.acme.co.uk/x" — the registrable name of a host. */
export function hostName(host: string): string | null {
  const labels = host.toLowerCase().split('.').filter((l) => l && l !== 'www');
  if (labels.length < 2 || /^[\d.]+$/.test(host) || host === 'localhost') return null;
  const sld = labels.length > 2 && /^(co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels[labels.length - sld] ?? null;
}
