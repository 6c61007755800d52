// PageFacts: what the markup states (JSON-LD / microdata item, board DOM, meta tags), before any text analysis.
import type { PageFacts } from '../types';
import type { BoardMatch } from './boards/registry';
import type { Json } from './json-ld';
import { companyFromPage, textOf, titleFromPage } from './facts-page';
import { factsFromLd } from './facts-ld';
import { normaliseUrl } from './job-key';

const SLUG_RE = /[^a-z0-9]+/g;

/**
 * Facts for the page, preferring the posting item, then the board's DOM, then generic page signals.
 * `firstHeading`: the posting text's first heading, the title of last resort.
 * @example readFacts(doc, new URL('https://stripe.com/jobs/listing/x'), null, null, root).company // 'Stripe'
 */
export function readFacts(
  doc: Document, url: URL | null, item: Json | null, match: BoardMatch | null, root: Element,
  firstHeading: string | null = null,
): PageFacts {
  const ld = item ? factsFromLd(item) : null;
  const board = match?.board ?? null;
  const knownTitle = ld?.title ?? textOf(doc, board?.title) ?? textOf(root, 'h1') ?? textOf(doc, 'h1');
  const company = ld?.company ?? companyFromPage(doc, board, match?.co ?? null, url?.hostname ?? null, knownTitle, root);
  const title = ld?.title ?? titleFromPage(doc, root, board, company, firstHeading);
  const boardLocation = textOf(doc, board?.location);
  const idOwner = ld?.orgHost ?? url?.hostname.replace(/^www\./, '') ?? company?.toLowerCase().replace(SLUG_RE, '-');
  const ldKey = ld?.id && idOwner ? `${idOwner}:${ld.id}` : null;
  return {
    title,
    company,
    locations: ld?.locations?.length ? ld.locations : boardLocation ? [boardLocation] : [],
    workMode: ld?.workMode ?? null,
    employmentType: ld?.employmentType ?? null,
    datePosted: ld?.datePosted ?? null,
    validThrough: ld?.validThrough ?? null,
    salary: ld?.salary ?? null,
    jobKey: match?.key ?? ldKey ?? (url ? normaliseUrl(url.href) : null),
    salaryText: ld?.salary ? null : textOf(doc, board?.salary),
    workModeText: ld?.workMode ? null : textOf(doc, board?.workMode),
  };
}
