// Node-only: HTML string → Document for the CLI and tests. linkedom never runs scripts or loads styles/frames.
import { parseHTML } from 'linkedom';

const HAS_DOCUMENT_RE = /<html[\s>]|<body[\s>]/i;

/**
 * Parses an HTML page (or a fragment, which is wrapped in a body) into a DOM Document.
 * @example parseHtml('<h1>Engineer</h1>').querySelector('h1')?.textContent // 'Engineer'
 */
export function parseHtml(html: string): Document {
  const source = HAS_DOCUMENT_RE.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
