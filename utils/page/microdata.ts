// schema.org JobPosting microdata (itemscope/itemprop) read into the same shape as JSON-LD.
import type { Json } from './json-ld';

const JOB_POSTING_SELECTOR = '[itemscope][itemtype*="jobposting" i]';
const URL_VALUE_TAGS = new Set(['a', 'link', 'area']);
const WS_RE = /\s+/g;

function propValue(el: Element): string {
  const tag = el.localName;
  const attr =
    el.getAttribute('content') ??
    (tag === 'time' ? el.getAttribute('datetime') : null) ??
    (URL_VALUE_TAGS.has(tag) ? el.getAttribute('href') : null) ??
    (tag === 'data' || tag === 'meter' ? el.getAttribute('value') : null);
  return (attr ?? el.textContent ?? '').replace(WS_RE, ' ').trim();
}

function readItem(scope: Element, depth: number): Json {
  const type = scope.getAttribute('itemtype') ?? '';
  const item: Json = { '@type': type.slice(type.lastIndexOf('/') + 1) };
  if (depth > 4) return item;
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    const value = el.hasAttribute('itemscope') ? readItem(el, depth + 1) : propValue(el);
    for (const name of (el.getAttribute('itemprop') ?? '').split(' ')) {
      if (!name) continue;
      const prev = item[name];
      item[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return item;
}

/**
 * Top-level JobPosting microdata items on the page, as JSON-LD-like objects.
 * @example findMicrodataPostings(doc)[0]?.title // 'Data Engineer'
 */
export function findMicrodataPostings(doc: Document): Json[] {
  return Array.from(doc.querySelectorAll(JOB_POSTING_SELECTOR))
    .filter((el) => !el.parentElement?.closest(JOB_POSTING_SELECTOR))
    .map((el) => readItem(el, 0));
}
