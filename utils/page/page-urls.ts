// The URLs a page is known by: its address, then its canonical and og:url (saved copies and 127.0.0.1 pages
// often still declare where they came from).

function toUrl(href: string | null | undefined, base?: URL): URL | null {
  if (!href) return null;
  try {
    return base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
}

/**
 * Distinct http(s) URLs for the page, the given URL first.
 * @example pageUrls(doc, 'https://boards.greenhouse.io/acme/jobs/1').map(String)
 */
export function pageUrls(doc: Document, url: string | null): URL[] {
  const own = toUrl(url);
  const out: URL[] = [];
  const hrefs = [
    url,
    doc.querySelector('link[rel=canonical]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of hrefs) {
    const u = toUrl(href, own ?? undefined);
    if (u && /^https?:$/.test(u.protocol) && !out.some((x) => x.href === u.href)) out.push(u);
  }
  return out;
}
