// Code passed to worker.evaluate()/page.evaluate() runs in the extension, where `chrome` exists.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
export {};
