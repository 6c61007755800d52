/**
 * Renders a posting's plain text as a plain career page (no JSON-LD, no board markup): the title in an <h1>, short
 * lines that introduce content as <h2>, "- " lines as <li> in a <ul>, everything else as <p>. All text is escaped.
 * Used to turn ../shared/seed-posting.txt into the page the engine must read right.
 */

const BULLET_RE = /^[-•*]\s+/;
/** Sentence-final punctuation sits on a word ("…platform."); a lone " ?" is a widget's help icon, not a question. */
const SENTENCE_END_RE = /[\p{L}\p{N})"”’][.!?,;:]$/u;
const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 10;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A heading: short, no sentence-final punctuation, not a bullet, and followed by something. */
export function isHeadingLine(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    line.length <= MAX_HEADING_CHARS &&
    line.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !BULLET_RE.test(line) &&
    !SENTENCE_END_RE.test(line)
  );
}

export interface CareerPageOptions {
  title: string;
  /** <title> of the document; the h1 title when absent. */
  documentTitle?: string;
  lang?: string;
}

/**
 * @example renderCareerPage('Requirements\n- 5+ years of Go', { title: 'Engineer' })
 *   // '…<h1>Engineer</h1>\n<h2>Requirements</h2>\n<ul>\n<li>5+ years of Go</li>\n</ul>…'
 */
export function renderCareerPage(text: string, opts: CareerPageOptions): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const body: string[] = [`<h1>${escapeHtml(opts.title)}</h1>`];
  let inList = false;
  lines.forEach((line, i) => {
    const bullet = BULLET_RE.test(line);
    if (inList && !bullet) {
      body.push('</ul>');
      inList = false;
    }
    if (bullet) {
      if (!inList) body.push('<ul>');
      inList = true;
      body.push(`<li>${escapeHtml(line.replace(BULLET_RE, ''))}</li>`);
    } else if (isHeadingLine(line, lines[i + 1])) {
      body.push(`<h2>${escapeHtml(line)}</h2>`);
    } else {
      body.push(`<p>${escapeHtml(line)}</p>`);
    }
  });
  if (inList) body.push('</ul>');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(opts.lang ?? 'en')}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(opts.documentTitle ?? opts.title)}</title></head>`,
    '<body>',
    '<main>',
    ...body,
    '<p><a href="#apply">Apply for this role</a></p>',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The lines of the section under `heading` in plain text (bullets without their marker), up to the next heading. */
export function sectionLines(text: string, heading: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isHeadingLine(line, lines[i + 1])) break;
    out.push(line.replace(BULLET_RE, ''));
  }
  return out;
}
