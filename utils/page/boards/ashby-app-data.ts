// Ashby's fetched HTML is a client-app shell: the posting is in a `window.__appData = {…};` script. This turns it into
// a schema.org-shaped JobPosting item so facts and text read it like JSON-LD. Field names vary between Ashby's
// payloads (posting.descriptionHtml / descriptionPlain, locationName / location, organization.name /
// organizationName), so each is looked up among its known spellings.
import type { Json } from '../json-ld';
import { parseLenientJson } from '../lenient-json';

const APP_DATA_RE = /^\s*window\.__appData\s*=\s*/;
const TRAILING_RE = /;\s*$/;

function obj(v: unknown): Json | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}

function str(...vs: unknown[]): string | null {
  for (const v of vs) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

/**
 * The posting in an Ashby page's `window.__appData` script, as a JobPosting item, or null.
 * @example ashbyAppDataPosting(doc)?.title // 'Product Engineer'
 */
export function ashbyAppDataPosting(doc: Document): Json | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const src = script.textContent ?? '';
    if (!APP_DATA_RE.test(src)) continue;
    const data = obj(parseLenientJson(src.replace(APP_DATA_RE, '').replace(TRAILING_RE, '')));
    const posting = obj(data?.posting) ?? obj(data?.jobPosting);
    const title = str(posting?.title);
    if (!posting || !title) return null;
    const org = obj(data?.organization);
    const company = str(org?.name, posting.organizationName);
    const place = str(posting.locationName, posting.location);
    const item: Json = { '@type': 'JobPosting', title };
    const description = str(posting.descriptionHtml, posting.descriptionPlain, posting.descriptionPlainText);
    if (description) item.description = description;
    if (company) item.hiringOrganization = { '@type': 'Organization', name: company };
    if (place) item.jobLocation = { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: place } };
    return item;
  }
  return null;
}
