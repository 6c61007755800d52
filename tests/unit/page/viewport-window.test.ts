import { describe, expect, it } from 'vitest';
import { spanInBand as spanOf, spanWithin, type Box } from '../../../utils/highlight/viewport-window';

interface Boxed {
  getBoundingClientRect(): Box;
}
const spanInBand = (ranges: readonly Boxed[], top: number, bottom: number) => spanOf(ranges, top, bottom, (r) => r.getBoundingClientRect());

/** Ranges one line (20 px) apart, `reads` counting the rect reads. */
function lines(n: number, scrollY = 0): { ranges: Boxed[]; reads: () => number } {
  let reads = 0;
  const ranges = Array.from({ length: n }, (_, i) => ({
    getBoundingClientRect: () => {
      reads++;
      return { top: i * 20 - scrollY, bottom: i * 20 + 16 - scrollY };
    },
  }));
  return { ranges, reads: () => reads };
}

describe('spanInBand', () => {
  it('finds the ranges that meet the band, with a few rect reads', () => {
    const { ranges, reads } = lines(2000, 10_000);
    // Lines 500.. are at 0.. in the viewport; the band is a screen (720 px) above to two below.
    const [from, to] = spanInBand(ranges, -720, 1440);
    expect(from).toBe(464); // line 464: top -720, bottom -704
    expect(to).toBe(573); // line 572: top 1440 is in, line 573 (1460) is not
    expect(reads()).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(2000)) + 2);
  });

  it('is empty above the first and below the last range, and whole when the band covers everything', () => {
    expect(spanInBand(lines(10).ranges, 500, 900)).toEqual([10, 10]);
    expect(spanInBand(lines(10, -1000).ranges, -50, 500)).toEqual([0, 0]);
    expect(spanInBand(lines(10).ranges, -100, 1000)).toEqual([0, 10]);
    expect(spanInBand([], 0, 100)).toEqual([0, 0]);
  });
});

describe('spanWithin', () => {
  it('says when a painted span still covers what is needed', () => {
    expect(spanWithin([10, 20], [5, 30])).toBe(true);
    expect(spanWithin([4, 20], [5, 30])).toBe(false);
    expect(spanWithin([10, 31], [5, 30])).toBe(false);
    expect(spanWithin([40, 40], [5, 30])).toBe(true);
  });
});
