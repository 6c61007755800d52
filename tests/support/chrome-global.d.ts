// Code passed to worker.evaluate()/page.evaluate() runs in the extension, where `chrome` exists.
declare global {
  const chrome: typeof import('wxt/browser').browser;
}
export {};
