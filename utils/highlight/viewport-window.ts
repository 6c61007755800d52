/** What the window needs of an item: its box, in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
}

/**
 * The slice [from, to) of `items` whose boxes (`boxOf`) meet the band [top, bottom] (viewport coordinates). `items`
 * are in document order, which is top-to-bottom for text in normal flow, so two binary searches find it with about
 * 2·log2(n) rect reads instead of one per item. Text laid out out of order (floats, columns) may fall just outside.
 * @example spanInBand(ranges, -innerHeight, 2 * innerHeight, (r) => r.getBoundingClientRect()) // a screen above to two below
 */
export function spanInBand<T>(items: readonly T[], top: number, bottom: number, boxOf: (item: T) => Box): [number, number] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(items[mid]!).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(items[mid]!).top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/** Whether the span `inner` needs nothing outside `outer` (an empty span never does). */
export function spanWithin(inner: readonly [number, number], outer: readonly [number, number]): boolean {
  return inner[0] >= inner[1] || (inner[0] >= outer[0] && inner[1] <= outer[1]);
}
