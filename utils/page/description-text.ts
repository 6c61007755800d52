// JSON-LD description → text, for pages whose visible text is nearly empty (content rendered later by script).
// Parsed into an inert document (DOMParser): never innerHTML on the live page, and scripts in it never run.
import type { ExtractedText } from './extract-text';
import { extractText } from './extract-text';
import { blocksFromPlainText } from './plain-text';

const HTML_RE = /<[a-z][^>]*>/i;
const ENCODED_HTML_RE = /&lt;[a-z]/i;

type ParserCtor = new () => { parseFromString(s: string, type: 'text/html'): Document };

function parse(doc: Document, html: string): Document | null {
  const win = doc.defaultView as unknown as { DOMParser?: ParserCtor } | null;
  const Parser = win?.DOMParser ?? (globalThis as unknown as { DOMParser?: ParserCtor }).DOMParser;
  return Parser ? new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') : null;
}

/**
 * Text and blocks of a JSON-LD description (HTML, entity-encoded HTML or plain text).
 * @example descriptionText(document, '<h2>Requirements</h2><ul><li>Go</li></ul>').text // 'Requirements\nGo'
 */
export function descriptionText(doc: Document, description: string, maxChars?: number): ExtractedText {
  let html = description;
  if (!HTML_RE.test(html) && ENCODED_HTML_RE.test(html)) html = parse(doc, html)?.body?.textContent ?? html;
  const parsed = HTML_RE.test(html) ? parse(doc, html) : null;
  if (parsed?.body) return extractText(parsed.body, { maxChars });
  const text = description.slice(0, maxChars).trim();
  return { text, blocks: blocksFromPlainText(text) };
}
