// Which elements hold no readable posting text: invisible parts, controls, navigation and site chrome.

const SKIP_TAGS = new Set(
  ('script style noscript template svg math iframe frame object embed canvas video audio picture img map head ' +
    'title meta link select input textarea button option datalist label nav menu').split(' '),
);
/** Outside main/article these are site chrome (the page's header, footer and sidebars). */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
const SKIP_ROLES = new Set(['navigation', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'tablist']);
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Cookie/consent banners, screen-reader-only labels and breadcrumbs, by id or class. */
const CHROME_CLASS_RE = /cookie|consent|gdpr|onetrust|sr-only|visually-hidden|screen-reader|breadcrumb|skip-link/i;
const NEVER_CHROME_RE = /^(html|body|main|article)$/;

/**
 * True when `el` and its subtree should not be read.
 * @example isSkipped(doc.querySelector('nav')!, 'nav', false) // true
 */
export function isSkipped(el: Element, tag: string, inMain: boolean): boolean {
  if (SKIP_TAGS.has(tag) || (!inMain && CHROME_TAGS.has(tag))) return true;
  if (!el.hasAttributes()) return tag === 'dialog';
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE_RE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role && (SKIP_ROLES.has(role) || (!inMain && CHROME_ROLES.has(role)))) return true;
  if (NEVER_CHROME_RE.test(tag)) return false;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return !!(id || cls) && CHROME_CLASS_RE.test(`${id ?? ''} ${cls ?? ''}`);
}
