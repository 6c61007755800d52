import type { BrowserBench } from './types';

/** Extension startup: time to a running service worker and to an open popup. */
const startup: BrowserBench = async (h) => {
  const t0 = performance.now();
  const session = await h.relaunch();
  const launchMs = performance.now() - t0;
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.locator('h1').first().waitFor();
  const popupMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.domContentLoadedEventEnd : performance.now();
  });
  await page.close();
  return [
    { name: 'browser launch to service worker', value: launchMs, unit: 'ms' },
    { name: 'popup DOMContentLoaded (first open)', value: popupMs, unit: 'ms' },
  ];
};
export default startup;
