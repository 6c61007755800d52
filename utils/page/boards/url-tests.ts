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
