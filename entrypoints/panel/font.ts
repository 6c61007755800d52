/** The panel's font family (styles.ts). */
export const PANEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Every weight and size the panel's CSS uses, as a `font` shorthand prefix; a test keeps styles.ts to these. Few on
 * purpose: each one is a font lookup of its own the first time a tab uses it.
 */
export const PANEL_FACES = ['13px', '600 13px', '12px', '600 12px', '600 15px'] as const;

/** Characters of the panel's own labels outside ASCII: one missing from the main face is a fallback-font search. */
export const PANEL_SYMBOLS = '–·×…€£';

/**
 * Resolves the panel's font faces through a canvas, one step per task, before the panel exists. The first use of a
 * system font face (each weight and size) in a tab asks fontconfig for it, 2–12 ms each here, and a symbol missing
 * from it another 5–10 ms: otherwise all of that lands in the panel's first layout, the same frame as its mount.
 * The symbols get a step of their own, so no task carries a face and a fallback search together.
 */
export async function prewarmPanelFonts(pause: () => Promise<void>): Promise<void> {
  if (typeof OffscreenCanvas !== 'function') return;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return;
  for (const face of PANEL_FACES) {
    await pause();
    ctx.font = `${face} ${PANEL_FONT_FAMILY}`;
    ctx.measureText('Jobmark');
  }
  await pause();
  ctx.measureText(PANEL_SYMBOLS);
}
