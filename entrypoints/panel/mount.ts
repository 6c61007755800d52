import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { panelStateItem, type PanelState } from '@/utils/settings';
import { PAGE_BRIDGE_KEY, PANEL_HANDLE_KEY, shared, type PanelHandle } from './bridge';
import { PanelUi } from './panel-ui';
import { PANEL_CSS } from './styles';

const TAG = 'jobmark-panel';

/** Styles through a constructed sheet: CSSOM is not subject to the page's CSP (a <style> would be, on strict pages). */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    shadow.prepend(style);
  }
}

/** Mounts <jobmark-panel> once per page, from the content script's bridge. */
export async function mountPanel(): Promise<void> {
  const bridge = shared[PAGE_BRIDGE_KEY];
  if (!bridge || shared[PANEL_HANDLE_KEY] || bridge.ctx.isInvalid || !bridge.view() || !document.body) return;
  const slot: { ui: PanelUi | null } = { ui: null };
  let removed = false;
  // Claim the slot before any await, so a second injection finds it taken.
  const handle: PanelHandle = {
    update: (v) => slot.ui?.update(v),
    expand: () => slot.ui?.expand(),
    remove: () => {
      removed = true;
      shell?.remove();
    },
  };
  shared[PANEL_HANDLE_KEY] = handle;
  let shell: Awaited<ReturnType<typeof createShadowRootUi<PanelUi>>> | null = null;
  const stored = await panelStateItem.getValue().catch(() => panelStateItem.fallback);
  // A user's first posting opens expanded, so they see what Jobmark does and where Save is.
  const state: PanelState = stored.seenFirstPosting ? stored : { ...stored, collapsed: false, seenFirstPosting: true };
  if (state !== stored) void panelStateItem.setValue(state);
  if (removed || bridge.ctx.isInvalid || !bridge.view()) {
    if (shared[PANEL_HANDLE_KEY] === handle) shared[PANEL_HANDLE_KEY] = undefined;
    return;
  }
  shell = await createShadowRootUi<PanelUi>(bridge.ctx, {
    name: TAG,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'open',
    inheritStyles: true, // our own :host reset lives in the adopted sheet
    isolateEvents: true,
    onMount(container, shadow) {
      adoptStyles(shadow);
      const ui = new PanelUi(bridge, state, (s) => void panelStateItem.setValue(s));
      slot.ui = ui;
      container.append(ui.root);
      return ui;
    },
    onRemove() {
      slot.ui = null;
      if (shared[PANEL_HANDLE_KEY] === handle) shared[PANEL_HANDLE_KEY] = undefined;
    },
  });
  if (removed) return shell.remove();
  shell.mount();
  // The view may have moved on while we were loading.
  const v = bridge.view();
  if (v) slot.ui?.update(v);
}
