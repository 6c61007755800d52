import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs its service worker from the extension origin', () => {
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('opens the popup and the dashboard', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Jobmark');
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/saved roles/i);
    await page.close();
  });

  it('marks a posting page with the toolbar badge', async () => {
    const page = await session.context.newPage();
    const url = server.url('/jsonld-basic.html');
    await page.goto(url);
    const badge = () =>
      session.worker.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return tab?.id == null ? null : chrome.action.getBadgeText({ tabId: tab.id });
      }, url);
    await expect.poll(badge, { timeout: 10_000 }).toBe('JOB');
    await page.close();
  });
});
