import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import type { Role } from '../../utils/store/role';
import { extensionUrl, readRoles, tabIdFor, waitForPosting } from './store-support';

// Notes with everything a CSV can trip on, typed as the last thing before the popup closes.
const NOTES = 'Spoke to Zoë, "great" team;\nsalary, equity TBD — café ☕ 👩‍💻\n=SUM(A1) is not a formula';

describe('saved roles in the built extension', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let profileDir: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    profileDir = await mkdtemp(join(tmpdir(), 'jobmark-store-e2e-'));
    session = await launchWithExtension({ profileDir });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('saves a posting from the popup, keeps notes typed right before the popup closes, shows it in the dashboard', async () => {
    const posting = await session.context.newPage();
    const url = server.url('/jsonld-basic.html');
    await posting.goto(url);
    const tabId = await tabIdFor(session, url);
    await waitForPosting(session, tabId);

    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, `popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).first().textContent()).toContain('Backend Engineer');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText('Saved ✓').waitFor();
    // Type, then close at once: the port must flush the last keystrokes.
    await popup.getByRole('textbox', { name: 'Notes' }).first().pressSequentially(NOTES.slice(0, 20));
    await popup.getByRole('textbox', { name: 'Notes' }).first().fill(NOTES);
    await popup.close();

    const dash = await session.context.newPage();
    await dash.goto(extensionUrl(session, 'dashboard.html'));
    const row = dash.getByRole('row').filter({ hasText: 'Backend Engineer' });
    await row.waitFor();
    await expect.poll(() => row.getByRole('textbox').inputValue()).toBe(NOTES);
    const roles = await readRoles(dash);
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ title: 'Backend Engineer, Payments Ledger', notes: NOTES, status: 'saved' });

    // Saving the same job again (a tracking-parameter variant) says "already saved" and keeps one role.
    const again = await session.context.newPage();
    const variant = `${url}?utm_source=newsletter#apply`;
    await again.goto(variant);
    const tab2 = await tabIdFor(session, variant);
    await waitForPosting(session, tab2);
    const popup2 = await session.context.newPage();
    await popup2.goto(extensionUrl(session, `popup.html?tabId=${tab2}`));
    await popup2.getByText('Saved ✓').waitFor();
    expect(await popup2.getByRole('textbox', { name: 'Notes' }).first().inputValue()).toBe(NOTES);
    expect(await readRoles(dash)).toHaveLength(1);
    await Promise.all([posting.close(), again.close(), popup2.close(), dash.close()]);
  });

  it('finds everything again after the browser restarts on the same profile', async () => {
    await session.context.close();
    session = await launchWithExtension({ profileDir });
    const dash = await session.context.newPage();
    await dash.goto(extensionUrl(session, 'dashboard.html'));
    const row = dash.getByRole('row').filter({ hasText: 'Backend Engineer' });
    await row.waitFor();
    expect(await row.getByRole('textbox').inputValue()).toBe(NOTES);
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    await popup.getByRole('button', { name: /Backend Engineer/ }).click();
    expect(await popup.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(NOTES);
    await Promise.all([dash.close(), popup.close()]);
  });

  it('exports a CSV through a real download whose every field matches the stored role', async () => {
    const dash = await session.context.newPage();
    await dash.goto(extensionUrl(session, 'dashboard.html'));
    await dash.getByRole('row').filter({ hasText: 'Backend Engineer' }).waitFor();
    // A status change first, so the history has two dated entries.
    await dash.getByRole('combobox', { name: /^Status of/ }).selectOption('applied');
    await expect.poll(async () => (await readRoles(dash))[0]?.status).toBe('applied');
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: /Export CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jobmark-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    const row = parsed.data[0]!;
    const role = (await readRoles(dash))[0] as unknown as Role;
    const iso = (ms: number) => new Date(ms).toISOString();
    const salary = role.salary;
    const req = role.requirements;
    const str = (v: unknown) => (v == null ? '' : String(v));
    expect(row).toEqual({
      id: str(role.id),
      title: role.title,
      company: role.company,
      location: role.location,
      work_mode: str(role.workMode),
      status: 'applied',
      salary_min: str(salary?.min),
      salary_max: str(salary?.max),
      salary_currency: str(salary?.currency),
      salary_period: str(salary?.period),
      tech_stack: role.techStack.join('; '),
      must_have_count: str(req.must),
      nice_to_have_count: str(req.nice),
      years_min: str(req.yearsMin),
      years_max: str(req.yearsMax),
      employment_type: str(role.employmentType),
      date_posted: str(role.datePosted),
      tags: role.tags.join('; '),
      notes: NOTES,
      status_history: role.statusHistory.map((h) => `${h.status} ${iso(h.at)}`).join('; '),
      saved_at: iso(role.savedAt),
      updated_at: iso(role.updatedAt),
      url: role.url,
      job_key: role.jobKey,
      corrected_fields: role.edited.join('; '),
    });
    expect(row.status_history).toMatch(/^saved \S+Z; applied \S+Z$/);
    expect(row.url).toBe(server.url('/jsonld-basic.html'));
    await dash.close();
  });

  it('two dashboard tabs editing the same role lose nothing', async () => {
    const a = await session.context.newPage();
    const b = await session.context.newPage();
    for (const p of [a, b]) {
      await p.goto(extensionUrl(session, 'dashboard.html'));
      await p.getByRole('row').filter({ hasText: 'Backend Engineer' }).waitFor();
    }
    const notesB = b.getByRole('textbox', { name: /^Notes for/ });
    await notesB.click();
    await notesB.press('Control+End');
    await notesB.pressSequentially(' +B');
    await a.getByRole('combobox', { name: /^Status of/ }).selectOption('interviewing');
    await notesB.pressSequentially(' more');
    // Each tab shows the other's change, live.
    await expect.poll(() => b.getByRole('combobox', { name: /^Status of/ }).inputValue()).toBe('interviewing');
    await expect.poll(() => a.getByRole('textbox', { name: /^Notes for/ }).inputValue()).toBe(`${NOTES} +B more`);
    const [role] = await readRoles(a);
    expect(role).toMatchObject({ status: 'interviewing', notes: `${NOTES} +B more` });
    await Promise.all([a.close(), b.close()]);
  });
});
