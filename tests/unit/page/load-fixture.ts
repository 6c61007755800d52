// Reads a fixture page; a first-line comment `<!-- url: … -->` gives the URL it stands for.
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../../utils/node/parse-html';

const URL_COMMENT_RE = /^<!--\s*url:\s*(\S+)\s*-->/;

export function loadFixture(path: string): { doc: Document; url: string | null; html: string } {
  const html = readFileSync(path, 'utf8');
  return { doc: parseHtml(html), url: URL_COMMENT_RE.exec(html)?.[1] ?? null, html };
}
