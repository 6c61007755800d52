// Every known board, most specific first (an embedded Greenhouse board can sit on any company site).
import type { Board } from './board';
import { matchUrlTest } from './url-tests';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { breezy } from './breezy';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { workable } from './workable';
import { workday } from './workday';

export const BOARDS: readonly Board[] = [
  linkedin, indeed, lever, workday, ashby, smartrecruiters, workable, recruitee, personio, teamtailor, bamboohr,
  jobvite, icims, breezy, greenhouse,
];

/** One selector matching any board's posting marker: the gate's single DOM query. */
export const ANY_BOARD_MARKER = BOARDS.flatMap((b) => (b.marker ? [b.marker] : [])).join(',');

/** The board of each row of the generated URL table (same order: the table is derived from BOARDS). */
const URL_BOARDS: readonly Board[] = BOARDS.flatMap((b) => b.urls.map(() => b));

/**
 * The board whose posting URL `u` is, with its job key.
 * @example boardFromUrl(new URL('https://jobs.lever.co/acme/0b1c…'))?.key // 'lever:acme:0b1c…'
 */
export function boardFromUrl(u: URL): { board: Board; key: string; co: string | null } | null {
  const hit = matchUrlTest(u);
  if (!hit) return null;
  const board = URL_BOARDS[hit.row]!;
  const co = hit.groups.co ? hit.groups.co.toLowerCase() : null;
  return { board, key: [board.id, co, hit.groups.id].filter(Boolean).join(':'), co };
}

export interface BoardMatch {
  board: Board;
  /** Job key when the URL (or canonical URL) carries the job id. */
  key: string | null;
  /** Company slug from the URL, when there is one. */
  co: string | null;
  via: 'url' | 'dom';
}

/**
 * The board this page is a posting of: by URL first, then by its DOM marker (pages without their real URL).
 * @example matchBoard(doc, new URL('https://boards.greenhouse.io/acme/jobs/123'))?.key // 'greenhouse:acme:123'
 */
export function matchBoard(doc: Document, urls: URL[]): BoardMatch | null {
  for (const u of urls) {
    const hit = boardFromUrl(u);
    if (hit) return { ...hit, via: 'url' };
  }
  // One query for all markers first: each query is a full-tree scan in linkedom.
  if (!doc.querySelector(ANY_BOARD_MARKER)) return null;
  for (const board of BOARDS) {
    if (board.marker && doc.querySelector(board.marker)) return { board, key: null, co: null, via: 'dom' };
  }
  return null;
}
