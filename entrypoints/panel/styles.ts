import { PANEL_FONT_FAMILY } from './font';

/** The panel's styles, scoped to its shadow root (px only: the host page's root font size must not leak in). */
export const PANEL_CSS = `
/* Out of flow: an inline host at the end of body made the browser lay out the whole body again (~50 ms on a
   100k-word page). Not a containing block for .jm (no transform or contain), so .jm stays fixed to the viewport. */
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; }
.jm { position: fixed; z-index: 2147483647; font: 13px/1.4 ${PANEL_FONT_FAMILY};
  color: #1c1917; color-scheme: light dark; }
.jm[data-corner="bottom-right"] { right: 16px; bottom: 16px; }
.jm[data-corner="bottom-left"] { left: 16px; bottom: 16px; }
.jm[data-corner="top-right"] { right: 16px; top: 16px; }
.jm[data-corner="top-left"] { left: 16px; top: 16px; }
.card { box-sizing: border-box; width: 320px; max-height: min(560px, calc(100vh - 32px)); overflow: auto;
  background: #fffdf8; border: 1px solid #d6d3d1; border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
  padding: 12px 14px; }
.jm[data-collapsed="true"] .card { display: none; }
.jm[data-collapsed="false"] .tab { display: none; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #a8a29e; background: #f5f5f4;
  border-radius: 6px; padding: 3px 8px; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.tab { background: #2f6f4f; color: #fff; border-color: #1f4d37; padding: 6px 12px; font-weight: 600;
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.25); }
header { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; }
.brand { font-weight: 600; color: #2f6f4f; flex: 1; font-size: 12px; letter-spacing: 0.4px; text-transform: uppercase; }
header button { padding: 0 7px; line-height: 20px; }
h2 { font-size: 15px; line-height: 1.3; margin: 0 0 2px; font-weight: 600; }
.company { margin: 0 0 8px; color: #57534e; }
.note { margin: 0 0 8px; font-size: 12px; color: #57534e; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
dt { color: #57534e; } dd { margin: 0; font-weight: 600; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; }
.chips:empty { display: none; }
.chip { font-size: 12px; padding: 1px 7px; border-radius: 999px; background: rgb(250 204 21 / 0.35); border-color: #ca8a04; }
.chip.skill { background: rgb(45 212 191 / 0.25); border-color: #0d9488; border-style: dotted; }
.chip .n { color: #57534e; margin-left: 3px; }
.label { font-size: 12px; color: #57534e; text-transform: uppercase; letter-spacing: 0.4px; margin: 6px 0 3px; }
details { margin: 4px 0 8px; } summary { cursor: pointer; color: #57534e; font-size: 12px; }
.legend { list-style: none; margin: 4px 0 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 8px; }
.sw { padding: 0 3px; text-underline-offset: 3px; }
.sw.must { text-decoration: underline solid rgb(234 88 12) 2px; }
.sw.nice { text-decoration: underline dashed rgb(37 99 235) 2px; }
.sw.tech { background: rgb(250 204 21 / 0.45); }
.sw.skill { background: rgb(45 212 191 / 0.3); text-decoration: underline dotted rgb(13 148 136) 2px; }
.sw.experience { background: rgb(192 132 252 / 0.3); text-decoration: underline wavy rgb(147 51 234) 1px; }
.sw.salary { background: rgb(74 222 128 / 0.4); text-decoration: underline double rgb(22 163 74) 3px; }
.sw.degree { text-decoration: overline dotted rgb(219 39 119) 2px; }
.actions { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
/* Save stays in view when a long tech/skill list makes the card scroll (the card has 12px of bottom padding). */
.card > .actions { position: sticky; bottom: -12px; margin: 0 -14px -12px; padding: 8px 14px 12px;
  background: #fffdf8; border-top: 1px solid #e7e5e4; }
.save { background: #2f6f4f; color: #fff; border-color: #1f4d37; font-weight: 600; padding: 5px 14px; }
.save[disabled] { opacity: 0.7; cursor: default; }
.status { font-size: 12px; color: #2f6f4f; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .jm { color: #f5f5f4; }
  .card, .card > .actions { background: #1c1917; border-color: #44403c; }
  button { background: #292524; border-color: #57534e; }
  .company, .note, dt, summary, .label, .chip .n { color: #a8a29e; }
  .brand, .status { color: #6ee7b7; }
}
`;
