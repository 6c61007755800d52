// schema.org JobPosting items from JSON-LD blocks: in @graph, arrays, nested values, with `@type` arrays.
import { parseLenientJson } from './lenient-json';

export type Json = Record<string, unknown>;

/** ld+json, also with the '+' entity-encoded in the attribute as some CMSs emit it. */
const LD_TYPE_RE = /ld(?:\+|&#x0*2b;|&#0*43;|&plus;)json/i;
const JOB_POSTING_TYPE_RE = /(?:^|[/:#])JobPosting$/i;
const MAX_DEPTH = 12;
/** Fields salvaged from a block that no repair can parse (e.g. cut short by a literal `</script>`). */
const SALVAGE_FIELDS = ['title', 'datePosted', 'validThrough', 'employmentType', 'identifier'];

/** True for a JSON-LD object whose @type is (or includes) JobPosting. */
export function isJobPostingType(o: Json): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && JOB_POSTING_TYPE_RE.test(x));
}

function collect(v: unknown, out: Json[], depth: number): void {
  if (!v || typeof v !== 'object' || depth > MAX_DEPTH) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  const o = v as Json;
  if (isJobPostingType(o)) out.push(o);
  else for (const k in o) collect(o[k], out, depth + 1);
}

function salvage(source: string): Json | null {
  if (!/"@type"\s*:\s*(?:\[[^\]]*)?"[^"]*JobPosting"/.test(source)) return null;
  const o: Json = { '@type': 'JobPosting' };
  for (const f of SALVAGE_FIELDS) {
    const m = new RegExp(`"${f}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(source);
    if (m) o[f] = parseLenientJson(`"${m[1]}"`) ?? m[1];
  }
  const org = /"hiringOrganization"\s*:\s*\{[^}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(source);
  if (org) o.hiringOrganization = { name: org[1] };
  return o;
}

/** A `<script type="application/ld+json">` (type possibly entity-encoded). */
export function isLdScript(el: Element): boolean {
  return LD_TYPE_RE.test(el.getAttribute('type') ?? '');
}

/** Source text of every JSON-LD script on the page. */
export function jsonLdSources(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('script')).filter(isLdScript).map((s) => s.textContent ?? '');
}

/**
 * Distinct JobPosting items declared in the page's JSON-LD (duplicates of one posting count once).
 * @example findJsonLdPostings(doc).length // 1 on a posting page, 0 elsewhere, > 1 on a listing
 */
export function findJsonLdPostings(doc: Document): Json[] {
  const found: Json[] = [];
  for (const src of jsonLdSources(doc)) {
    const parsed = parseLenientJson(src);
    if (parsed === undefined) {
      const s = salvage(src);
      if (s) found.push(s);
    } else collect(parsed, found, 0);
  }
  const seen = new Set<string>();
  return found.filter((o) => {
    const key = JSON.stringify([o.title ?? o.name, o.identifier, o.url]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
