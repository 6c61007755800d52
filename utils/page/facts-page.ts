// Title and company from the page itself when no JSON-LD states them: board DOM, the posting's h1, meta tags,
// the document title's " | Company" suffix, and the domain as last resort.
import type { Board } from './boards/board';
import { BOARDS } from './boards/registry';
import { hostName } from './job-key';
import { companyFromAboutHeading } from './company-name';

const WS_RE = /\s+/g;
const TITLE_SEP_RE = /\s+[|–—·•-]\s+|\s+::\s+/;
const CAREERS_WORDS_RE = /\b(?:careers?|jobs?|job board|job openings?|vacancies|hiring|stellenangebote|karriere|emplois?|recrutement)\b(?:\s+(?:at|bei|chez|@))?/gi;
/** "Platform Engineer at Quarry Labs", "Mobile Engineer @ Kestrel". */
const AT_COMPANY_RE = /(?:^|\s)(?:at|@|bei|chez)\s+(.+)$/i;
const AT_PREFIX_RE = /^(?:at|bei|chez|@)\s+/i;
/** A job board's own name is never the hiring company. */
const BOARD_NAME_RE = new RegExp(`^(?:${BOARDS.map((b) => b.id).join('|')}|glassdoor|indeed\\.com|breezy hr)$`, 'i');
/** Labels boards append to the title element: Indeed's h1 ends with a visually hidden "- job post" span, often with no
 * space before it ("PHP Developer- job post"). */
const BOARD_TITLE_NOISE_RE = /\s*-\s+job post$/i;
const H1_EXCLUDED = 'aside,nav,footer,[role=complementary]';
const MAX_FACT_CHARS = 160;
const MAX_ABOUT_HEADINGS = 40;

/** Where an element keeps its value when it is not its text: a logo's alt, a microdata meta's content, and the
 * attribute of a web component saved before it rendered (SmartRecruiters' <spl-job-location formattedaddress>). */
function valueOf(el: Element): string | null {
  if (el.localName === 'img') return el.getAttribute('alt');
  if (el.localName === 'meta') return el.getAttribute('content');
  return el.textContent?.trim() || el.getAttribute('formattedaddress');
}

/** Collapsed text of the first element matching `selector` (an image's alt text: logos name companies), or null. */
export function textOf(scope: ParentNode, selector: string | undefined): string | null {
  const el = selector ? scope.querySelector(selector) : null;
  const t = (el ? valueOf(el) : null)
    ?.replace(WS_RE, ' ').replace(BOARD_TITLE_NOISE_RE, '').trim();
  return t && t.length <= MAX_FACT_CHARS ? t : null;
}

function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`);
  return el?.getAttribute('content')?.replace(WS_RE, ' ').trim() || null;
}

function titleCase(slug: string): string {
  return slug.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

function cleanCompany(s: string | null): string | null {
  const c = s?.replace(CAREERS_WORDS_RE, '').replace(AT_PREFIX_RE, '').replace(WS_RE, ' ').trim();
  return c && c.length <= 60 && !BOARD_NAME_RE.test(c) ? c : null;
}

/**
 * "Engineering Manager" from "Engineering Manager | Stripe" or "Engineering Manager - Careers at Stripe".
 * @example stripTitleSuffix('Data Engineer – Careers at Acme') // 'Data Engineer'
 */
export function stripTitleSuffix(title: string): string {
  const parts = title.split(TITLE_SEP_RE).map((p) => p.trim()).filter(Boolean);
  return parts.find((p) => p.replace(CAREERS_WORDS_RE, '').trim().length > 1) ?? title.trim();
}

/** The posting's title from the board DOM, the posting's h1, og:title / the document title, or the text's first heading. */
export function titleFromPage(
  doc: Document, root: Element, board: Board | null, company: string | null, firstHeading: string | null,
): string | null {
  const fromBoard = textOf(doc, board?.title);
  if (fromBoard) return fromBoard;
  const isName = (t: string): boolean => !!company && t.toLowerCase() === company.toLowerCase();
  for (const scope of [root, doc]) {
    for (const h1 of Array.from(scope.querySelectorAll('h1'))) {
      const t = h1.textContent?.replace(WS_RE, ' ').trim();
      if (t && t.length <= MAX_FACT_CHARS && !isName(t) && !h1.closest(H1_EXCLUDED)) return t;
    }
  }
  const raw = meta(doc, 'og:title') ?? doc.title;
  let t = raw ? stripTitleSuffix(raw) : '';
  const at = AT_COMPANY_RE.exec(t);
  if (at && company && at[1]?.toLowerCase() === company.toLowerCase()) t = t.slice(0, at.index).trim();
  if (t && !isName(t)) return t;
  return firstHeading && !isName(firstHeading) ? firstHeading : null;
}

/** Company named in a document title: "Role | Acme", "Acme - Role" (when the role is known), "Role at Acme". */
function companyFromTitle(raw: string | null, knownTitle: string | null): string | null {
  const t = knownTitle?.toLowerCase();
  // A role that itself contains a separator ("Supervisor - Nights"): only what follows it can name the company.
  const rest = t && raw && raw.toLowerCase().startsWith(t) ? raw.slice(t.length) : null;
  if (rest !== null) return cleanCompany(rest.split(TITLE_SEP_RE).map((p) => p.trim()).filter(Boolean).pop() ?? null);
  const parts = raw?.split(TITLE_SEP_RE).map((p) => p.trim()) ?? [];
  const titleIdx = parts.findIndex((p) => p.toLowerCase() === t);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    if (i === titleIdx) continue;
    const at = cleanCompany(AT_COMPANY_RE.exec(part)?.[1] ?? null);
    if (at) return at;
    // The first part is the role itself unless another part was recognised as the role.
    if (i === 0 && titleIdx < 0) continue;
    const c = cleanCompany(part);
    if (c) return c;
  }
  return null;
}

/** A page served from anywhere (127.0.0.1, a saved file) still names its company in an "About Acme" heading. */
function aboutHeadingCompany(root: Element): string | null {
  const hs = root.querySelectorAll('h2,h3,h4');
  for (let i = 0; i < hs.length && i < MAX_ABOUT_HEADINGS; i++) {
    const c = cleanCompany(companyFromAboutHeading(hs[i]?.textContent ?? ''));
    if (c) return c;
  }
  return null;
}

/**
 * The hiring company from the board DOM, og:site_name, the document title, an "About X" heading in the posting,
 * the board's URL slug or the domain.
 * @example companyFromPage(doc, null, null, 'stripe.com', null) // 'Stripe' when nothing better is on the page
 */
export function companyFromPage(
  doc: Document, board: Board | null, slug: string | null, host: string | null, knownTitle: string | null,
  root: Element | null = null,
): string | null {
  const found =
    cleanCompany(textOf(doc, board?.company)) ??
    cleanCompany(meta(doc, 'og:site_name')) ??
    companyFromTitle(doc.title, knownTitle) ??
    companyFromTitle(meta(doc, 'og:title'), knownTitle) ??
    (root ? aboutHeadingCompany(root) : null);
  if (found) return found;
  if (slug) return titleCase(slug);
  const name = !board && host ? hostName(host) : null;
  return name && !BOARD_NAME_RE.test(name) ? titleCase(name) : null;
}
