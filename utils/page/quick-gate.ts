// The cheap first look run on every page: false means "certainly not a posting, stop here".
// Native selector queries first (JSON-LD, heading-like elements, board markers), the walk over the page's nodes only
// when they leave it open: in a new tab, each node read from script costs a wrapper in the content script's world,
// and walking the first 2,500 nodes of a real page cost 4–9 ms there, against well under 1 ms for the queries.
// In linkedom queries scan the whole tree (still well under 1 ms on real pages).
// Board URLs and markers come from a generated table of strings (gate-table.ts): on a cold tab, building the board
// objects and deriving their needles here cost more than the rest of the gate.
import { MARKER_SELECTOR } from './boards/gate-table';
import { matchUrlText, urlPath } from './boards/url-tests';
import { isLdScript } from './json-ld';
import { countCues, looksLikeJobTitle, looksLikeJobUrl, MAX_READ_CHARS } from './gate-cues';

const JOB_POSTING_RE = /jobposting/i;
/** Where postings put their section headings ("Requirements", "Benefits") and their apply button. */
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,dt,th,strong,b,label,legend,summary,button,[role=heading]';
/** Bounds the heading pass on pages with thousands of bold runs. */
const MAX_HEADINGS = 1500;
/** Microdata JobPosting or a known board's markup, in one native query. */
const MARKUP_SELECTOR = `[itemtype*="jobposting" i],${MARKER_SELECTOR}`;
/** Fewer elements than this in body: a shell whose content may still arrive (Workday, SPAs). */
const SPARSE_ELEMENTS = 150;

const MAX_NODES = 2500;
/** Subtrees with no posting text (menus, site header and footer, graphics). */
const SKIP_TAGS = new Set(['script', 'style', 'svg', 'nav', 'header', 'footer', 'noscript', 'template', 'select', 'iframe']);
/** Candidates for JSON-LD; the type test (which also takes an entity-encoded '+') and the text test are ours. */
const JSON_SCRIPTS = 'script[type*="json" i]';
const MIN_CUES = 2;

/** A JSON-LD item typed as an article or a post ("NewsArticle", "BlogPosting", ["Article", …]); JobPosting is tested first. */
const ARTICLE_TYPE_RE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[\w:/.#]*[/:#])?(?:\w*Article|\w*Posting)"/;
/** Open Graph's page type, where the publisher says "article". Tested in one native query (no wrapper unless found). */
const OG_ARTICLE = 'meta[property="og:type" i][content="article" i]';

type ScriptsSay = 'posting' | 'article' | null;

/**
 * What the page's JSON-LD says it is, by one selector query: in Chrome it cost 0.1–1.1 ms of a cold tab on real pages,
 * against 0.8–9.2 ms for reading the head's children and the end of body (a wrapper for each element).
 * 'posting' for a JobPosting anywhere, else 'article' for an article or blog post, else null.
 */
function scriptsSay(doc: Document): ScriptsSay {
  const found = doc.querySelectorAll(JSON_SCRIPTS);
  let say: ScriptsSay = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (!isLdScript(el)) continue;
    const text = el.textContent ?? '';
    if (JOB_POSTING_RE.test(text)) return 'posting';
    if (!say && ARTICLE_TYPE_RE.test(text)) say = 'article';
  }
  return say;
}

/**
 * The page declares itself an article (Open Graph's og:type, or JSON-LD without a JobPosting): a news story or a blog
 * post about hiring, not one posting. Most news and blog pages say so (25 of the 40 corpus pages here), and on them
 * the gate stops before reading any heading. A posting that is also typed an article has its JobPosting read first.
 */
function declaresArticle(doc: Document, scripts: ScriptsSay): boolean {
  return scripts === 'article' || doc.querySelectorAll(OG_ARTICLE).length > 0;
}

/** Walks the first MAX_NODES nodes of body (page chrome and scripts skipped) for short texts holding cue words.
 * Returns -1 for "maybe a posting", else the nodes seen. (Microdata and board markup were queried before it.) */
function walk(body: Element): number {
  const texts: string[] = [];
  let node: Node | null = body;
  let n = 0;
  for (; node && n < MAX_NODES; n++) {
    let descend = false;
    if (node.nodeType === 3) {
      // Length first: reading `data` of a long text node copies it out of the DOM in browsers.
      if ((node as Text).length <= MAX_READ_CHARS) texts.push((node as Text).data);
    } else if (node.nodeType === 1) {
      descend = !SKIP_TAGS.has((node as Element).localName);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = node && node !== body ? node.nextSibling : null;
  }
  return countCues(texts, MIN_CUES) >= MIN_CUES ? -1 : n;
}

/** Distinct cue words in short heading-like elements, counted up to MIN_CUES. */
function headingCues(body: Element): number {
  const found = body.querySelectorAll(HEADING_SELECTOR);
  const n = Math.min(found.length, MAX_HEADINGS);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) texts.push(found[i]!.textContent ?? '');
  return countCues(texts, MIN_CUES);
}

/**
 * The gate's strong signals, no walk: a known board's posting URL, or JSON-LD JobPosting anywhere in the document.
 * Cheap enough to read the moment the content script starts.
 * @example strongSignal(document, 'https://jobs.lever.co/acme/0b1c2d3e-…') // true
 */
export function strongSignal(doc: Document, url: string | null): boolean {
  return strongSay(doc, url) === 'posting';
}

/** 'posting' for a known board's posting URL, else what the page's JSON-LD says (scriptsSay). */
function strongSay(doc: Document, url: string | null): ScriptsSay {
  return url != null && matchUrlText(url) != null ? 'posting' : scriptsSay(doc);
}

/** Fewer nodes than this (page chrome not counted), for the walk: a shell whose content may still arrive. */
const SPARSE_NODES = 300;

export interface GateLook {
  /** False: certainly not a posting. */
  maybe: boolean;
  /** Not a posting yet, but so little is on the page that the posting may still arrive: worth watching a while. */
  sparse: boolean;
}

/**
 * Cheap check, well under 1 ms on any page, that also says whether the page looks like a shell still loading.
 * @example gateLook(document, location.href) // { maybe: false, sparse: false } on a news article
 */
export function gateLook(doc: Document, url: string | null): GateLook {
  const scripts = strongSay(doc, url);
  if (scripts === 'posting') return { maybe: true, sparse: false };
  // A page that says it is an article does not turn into a posting later (a single-page site's navigation is a new look).
  if (declaresArticle(doc, scripts)) return { maybe: false, sparse: false };
  return weakLook(doc, url);
}

/**
 * gateLook's second half, once the strong signals said no. Two cue headings, or posting markup, say maybe. Otherwise
 * the walk over the page's short texts decides (labels in plain divs, "Apply" links), but only where the page's title
 * or URL leaves a posting plausible: most pages stop at the queries.
 */
function weakLook(doc: Document, url: string | null): GateLook {
  const body = doc.body;
  if (!body) return { maybe: false, sparse: true };
  const heads = headingCues(body);
  if (heads >= MIN_CUES || body.querySelector(MARKUP_SELECTOR)) return { maybe: true, sparse: false };
  // Walking is the gate's dearest step (4–11 ms in a cold tab): only where the title or URL could name a role or a
  // jobs page (a cue heading alone no longer suffices: one "Benefits" or "Apply" is common on any site).
  if (!looksLikeJobTitle(doc.title) && !(url && looksLikeJobUrl(urlPath(url)))) {
    // getElementsByTagName counts natively in browsers; linkedom answers 0 for '*'.
    const elements = body.getElementsByTagName('*').length || body.querySelectorAll('*').length;
    return { maybe: false, sparse: elements < SPARSE_ELEMENTS };
  }
  const seen = walk(body);
  return { maybe: seen < 0, sparse: seen >= 0 && seen < SPARSE_NODES };
}

/**
 * Cheap check, well under 1 ms on any page: false means "certainly not a posting, stop here".
 * @example quickGate(document, location.href) // false on a news article
 */
export function quickGate(doc: Document, url: string | null): boolean {
  return gateLook(doc, url).maybe;
}
