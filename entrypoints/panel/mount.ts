import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelState } from '@/utils/settings';
import { writePanelState } from '../posting/settings-lite';
import { PAGE_BRIDGE_KEY, PANEL_HANDLE_KEY, shared, type PageBridge, type PanelHandle } from './bridge';
import { PanelUi } from './panel-ui';
import { PANEL_CSS } from './styles';

const TAG = 'jobmark-panel';
const noop = () => {};

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

/** Mounts <jobmark-panel> once per page, from the content script's bridge; resolves once it is in the page. */
export async function mountPanel(stored: Promise<PanelState>): Promise<boolean> {
  const bridge = shared[PAGE_BRIDGE_KEY];
  const taken = shared[PANEL_HANDLE_KEY];
  if (taken) return taken.mounted;
  if (!bridge || bridge.ctx.isInvalid || !bridge.view() || !document.body) return false;
  const slot: Slot = { ui: null, shell: null, removed: false };
  let settle: (mounted: boolean) => void = () => {};
  // Claim the slot before any await, so a second injection finds it taken.
  const handle: PanelHandle = {
    mounted: new Promise((ok) => (settle = ok)),
    update: (v) => slot.ui?.update(v),
    expand: () => slot.ui?.expand(),
    remove: () => {
      slot.removed = true;
      slot.shell?.remove();
    },
  };
  shared[PANEL_HANDLE_KEY] = handle;
  // The reader waits on `mounted` before it paints: it must settle whatever happens here.
  const mounted = await place(bridge, handle, slot, stored).catch(() => false);
  settle(mounted);
  return mounted;
}

interface Slot {
  ui: PanelUi | null;
  shell: ShadowRootContentScriptUi<PanelUi> | null;
  removed: boolean;
}

/** Builds the shadow root and puts the panel in the page; false when the page moved on first. */
async function place(bridge: PageBridge, handle: PanelHandle, slot: Slot, read: Promise<PanelState>): Promise<boolean> {
  const release = () => {
    if (shared[PANEL_HANDLE_KEY] === handle) shared[PANEL_HANDLE_KEY] = undefined;
  };
  const stored = await read;
  // A user's first posting opens expanded, so they see what Jobmark does and where Save is.
  const state: PanelState = stored.seenFirstPosting ? stored : { ...stored, collapsed: false, seenFirstPosting: true };
  if (state !== stored) void writePanelState(state).catch(noop);
  if (slot.removed || bridge.ctx.isInvalid || !bridge.view()) {
    release();
    return false;
  }
  const shell = (slot.shell = await createShadowRootUi<PanelUi>(bridge.ctx, {
    name: TAG,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'open',
    inheritStyles: true, // our own :host reset lives in the adopted sheet
    isolateEvents: true,
    onMount(container, shadow) {
      adoptStyles(shadow);
      const ui = new PanelUi(bridge, state, (s) => void writePanelState(s).catch(noop));
      slot.ui = ui;
      container.append(ui.root);
      return ui;
    },
    onRemove() {
      slot.ui = null;
      release();
    },
  }));
  if (slot.removed) {
    shell.remove();
    return false;
  }
  shell.mount();
  // The view may have moved on while we were loading.
  const v = bridge.view();
  if (v) slot.ui?.update(v);
  return true;
}
