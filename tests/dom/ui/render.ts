// Renders a React tree into happy-dom and waits for live queries to settle.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function render(node: ReactNode): Promise<{ container: HTMLElement; root: Root; unmount: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Polls (inside act) until `check` passes: live queries resolve asynchronously. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<Exclude<T, null | undefined | false>> {
  const start = Date.now();
  for (;;) {
    try {
      const v = check();
      if (v !== false && v != null) return v as Exclude<T, null | undefined | false>;
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
    }
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

export const byText = (root: ParentNode, selector: string, text: RegExp | string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) => (typeof text === 'string' ? el.textContent === text : text.test(el.textContent ?? '')));

/** Sets an input's value the way a user does, so React sees the change. */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => el.click());
}
