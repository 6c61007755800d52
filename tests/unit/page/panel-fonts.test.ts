import { describe, expect, it } from 'vitest';
import { PANEL_CSS } from '../../../entrypoints/panel/styles';
import { PANEL_FACES, PANEL_FONT_FAMILY } from '../../../entrypoints/panel/font';

describe('panel fonts', () => {
  it('uses only the faces the reader resolves before the panel mounts', () => {
    const weights = [...PANEL_CSS.matchAll(/font-weight:\s*(\d+)/g)].map((m) => m[1]!);
    expect(weights.length).toBeGreaterThan(0);
    for (const w of weights) expect(PANEL_FACES).toContain(w);
    if (/font-style:\s*italic/.test(PANEL_CSS)) expect(PANEL_FACES).toContain('italic 400');
    expect(PANEL_CSS).toContain(PANEL_FONT_FAMILY);
    // The UA's bold (h2, strong) is 700.
    expect(PANEL_FACES).toContain('700');
  });
});
