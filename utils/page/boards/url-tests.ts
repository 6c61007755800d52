// Board posting URLs, tested from the generated table: a plain `includes` per row, the row's regex compiled only when
// its needle is in the URL. Shared by the gate (every page) and the registry (the full read).
import { urlKeySource } from './board';
import { URL_TESTS } from './gate-table';

const compiled: (RegExp | undefined)[] = [];

/**
 * The first URL_TESTS row whose regex matches `u` with a job id, and its named groups; null when none does.
 * @example matchUrlTest(new URL('https://jobs.lever.co/acme/0b1c…'))?.groups.id // '0b1c…'
 */
export function matchUrlTest(u: URL): { row: number; groups: Record<string, string> } | null {
  // Needles never span two query parameters, so the raw URL serves for them; the key source (sorted query, which the
  // regexes expect) is built only once a needle is there.
  const raw = u.hostname + u.pathname + u.search;
  let lower: string | undefined;
  let src: string | undefined;
  for (let row = 0; row < URL_TESTS.length; row++) {
    const [needle, source, flags] = URL_TESTS[row]!;
    if (!(flags.includes('i') ? (lower ??= raw.toLowerCase()) : raw).includes(needle)) continue;
    const groups = (compiled[row] ??= new RegExp(source, flags)).exec((src ??= urlKeySource(u)))?.groups;
    if (groups?.id) return { row, groups: groups as Record<string, string> };
  }
  return null;
}

/** "host/path?query" of a URL string: after the scheme, before the #fragment. */
export function urlBody(url: string): string {
  const start = url.indexOf('//');
  const hash = url.indexOf('#');
  return url.slice(start < 0 ? 0 : start + 2, hash < 0 ? undefined : hash);
}

/** The path and query of a URL string ("/careers/123?x=1"), without parsing it. */
export function urlPath(url: string): string {
  const body = urlBody(url);
  const slash = body.indexOf('/');
  return slash < 0 ? '' : body.slice(slash);
}

/**
 * matchUrlTest for a URL string, parsed only once a row's needle is in it. The gate's case: it runs on every page,
 * most are no board, and a URL object is a first use of that class in the page's world (0.2–0.6 ms of a cold tab).
 * @example matchUrlText('https://example.com/blog') // null, without parsing the URL
 */
export function matchUrlText(url: string): { row: number; groups: Record<string, string> } | null {
  const body = urlBody(url).toLowerCase();
  if (!URL_TESTS.some(([needle]) => body.includes(needle))) return null;
  try {
    return matchUrlTest(new URL(url));
  } catch {
    return null;
  }
}
