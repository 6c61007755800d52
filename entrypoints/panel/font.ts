/** The panel's font family (styles.ts). */
export const PANEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Every face the panel's CSS uses (style and weight); a test keeps styles.ts to these. */
export const PANEL_FACES = ['400', '600', '700', 'italic 400'] as const;

/**
 * Resolves the panel's font faces through a canvas, one face per task, before the panel exists. The first use of a
 * system font in a tab asks fontconfig for it: 5–25 ms per face here, which otherwise lands in the panel's first
 * layout, the same frame as its mount (78 ms of layout on a cold 100k-word page).
 */
export async function prewarmPanelFonts(pause: () => Promise<void>): Promise<void> {
  if (typeof OffscreenCanvas !== 'function') return;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return;
  for (const face of PANEL_FACES) {
    await pause();
    ctx.font = `${face} 13px ${PANEL_FONT_FAMILY}`;
    ctx.measureText('Jobmark');
  }
}
