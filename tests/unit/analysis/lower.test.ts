import { describe, expect, it } from 'vitest';
import { lowerSameLength } from '../../../utils/analysis/lower';

describe('lowerSameLength', () => {
  it.each([['Go AND Rust'], ['Straße ÄÖÜ'], ['İstanbul office, 5+ YEARS']])('keeps offsets in %s', (text) => {
    const lower = lowerSameLength(text);
    expect(lower).toHaveLength(text.length);
    expect(lower.indexOf('years') === -1 || text.slice(lower.indexOf('years'), lower.indexOf('years') + 5) === 'YEARS').toBe(true);
  });

  it('lower-cases ordinary letters', () => expect(lowerSameLength('Go İ')).toBe('go İ'));
});
