// The shape of one job board / ATS: how to recognise its posting pages and read their facts.

export interface Board {
  id: string;
  /**
   * Posting URLs, matched against "host/path?sorted-query" (host lowercase, no "www."). Named groups: `id` (the
   * job id, required) and `co` (the company's slug on the board, when the URL carries one).
   */
  urls: RegExp[];
  /** Marks this board's single-posting page in the DOM, so a saved copy or a page on 127.0.0.1 is recognised. */
  marker?: string;
  /** Container of the posting text. */
  root?: string;
  title?: string;
  company?: string;
  location?: string;
  /** A pay widget outside the posting text ("$70,000 - $85,000 a year"). */
  salary?: string;
  /** A work-mode widget outside the posting text ("remote type: On-site"). */
  workMode?: string;
}

/** "host/path?query" with a lowercase host without "www." and sorted query params: what board regexes see. */
export function urlKeySource(u: URL): string {
  const params = new URLSearchParams(u.search);
  params.sort();
  const q = params.toString();
  return u.hostname.toLowerCase().replace(/^www\./, '') + u.pathname + (q ? `?${q}` : '');
}

/**
 * The board's job key ("greenhouse:acme:12345", "linkedin:4012345678") when `u` is one of its postings.
 * @example boardKeyFromUrl(lever, new URL('https://jobs.lever.co/acme/0b1c…')) // 'lever:acme:0b1c…'
 */
export function boardKeyFromUrl(board: Board, u: URL): { key: string; co: string | null } | null {
  const src = urlKeySource(u);
  for (const re of board.urls) {
    const g = re.exec(src)?.groups;
    if (g?.id) {
      const co = g.co ? g.co.toLowerCase() : null;
      return { key: [board.id, co, g.id].filter(Boolean).join(':'), co };
    }
  }
  return null;
}
