import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_CSS } from '../../../entrypoints/panel/styles';
import { PANEL_FACES, PANEL_FONT_FAMILY, PANEL_SYMBOLS } from '../../../entrypoints/panel/font';

/** Each rule's own weight and size (the panel's base is 400 13px), as a PANEL_FACES entry would name them. */
function ruleFaces(css: string): string[] {
  const out: string[] = [];
  for (const [, body] of css.matchAll(/\{([^{}]*)\}/g)) {
    const size = /font(?:-size)?:[^;]*?(\d+)px/.exec(body!)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(body!)?.[1];
    if (!size && !weight) continue;
    const w = weight && weight !== '400' ? `${weight} ` : '';
    out.push(`${w}${size ?? '13'}px`);
  }
  return out;
}

describe('panel fonts', () => {
  it('uses only the weights and sizes the reader resolves before the panel mounts', () => {
    const faces = ruleFaces(PANEL_CSS);
    expect(faces).toContain('600 15px');
    for (const f of faces) expect(PANEL_FACES, f).toContain(f);
    expect(PANEL_CSS).not.toMatch(/font-style:\s*italic/);
    expect(PANEL_CSS).toContain(PANEL_FONT_FAMILY);
  });

  it("resolves every non-ASCII character of the panel's own labels", () => {
    const src = ['panel-ui.ts', 'format.ts']
      .map((f) => readFileSync(new URL(`../../../entrypoints/panel/${f}`, import.meta.url), 'utf8'))
      .join('\n')
      // comments are not shown
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const used = new Set([...src].filter((ch) => ch.codePointAt(0)! > 0x7f));
    expect(used.size).toBeGreaterThan(0);
    for (const ch of used) expect(PANEL_SYMBOLS, ch).toContain(ch);
  });
});
