import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/dashboard/App';
import { FirstScreenView } from '../../../entrypoints/dashboard/FirstScreenView';
import { getDb } from '../../../utils/store/db';
import { saveAnalysis } from '../../../utils/store/save-role';
import { deleteAllData, setStatus } from '../../../utils/store/role-writes';
import { makeAnalysis } from '../store/make-analysis';
import { byText, click, render, typeInto, waitFor } from './render';

const status = (c: HTMLElement) => c.querySelector('.jm-dash-head [role="status"]')?.textContent ?? '';

// happy-dom has no layout: give the table's scroller a height so the virtualiser renders rows.
const SCROLLER_SIZE = { clientHeight: 600, clientWidth: 1000, offsetHeight: 600, offsetWidth: 1000 };
const saved = Object.keys(SCROLLER_SIZE).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);

describe('dashboard', () => {
  let view: Awaited<ReturnType<typeof render>>;
  beforeAll(() => {
    for (const [k, v] of Object.entries(SCROLLER_SIZE))
      Object.defineProperty(HTMLElement.prototype, k, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('jm-tbody') ? v : 0;
        },
      });
  });
  afterAll(() => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(HTMLElement.prototype, k, d);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k];
    }
  });
  beforeEach(async () => {
    const db = getDb();
    await deleteAllData(db);
    await saveAnalysis(db, makeAnalysis({ jobKey: 'a', title: 'Rust Platform Engineer', company: 'Ferrous', techStack: [{ name: 'Rust', category: 'language', mentions: 3 }] }), 'https://f.example/1');
    const b = await saveAnalysis(db, makeAnalysis({ jobKey: 'b', title: 'Data Analyst', company: 'Tally', workMode: 'remote' }), 'https://t.example/2');
    await saveAnalysis(db, makeAnalysis({ jobKey: 'c', title: 'Frontend Developer', company: 'Pixel', text: 'Build <b>UI</b> <script>alert(1)</script>' }), 'https://p.example/3');
    await setStatus(db, [b.id!], 'applied');
    view = await render(<App />);
  });
  afterEach(() => view.unmount());

  it('shows counts per status and filters by search text and status', async () => {
    const c = view.container;
    await waitFor(() => status(c) === '3 roles');
    expect(c.querySelector('[data-status="saved"]')?.textContent).toBe('2 Saved');
    expect(c.querySelector('[data-status="applied"]')?.textContent).toBe('1 Applied');
    await typeInto(c.querySelector<HTMLInputElement>('input[aria-label="Search roles"]')!, 'ferrous rust');
    await waitFor(() => status(c) === '1 of 3 shown');
    expect(byText(c, 'button', /Export CSV \(1 shown\)/)).toBeTruthy();
    await typeInto(c.querySelector<HTMLInputElement>('input[aria-label="Search roles"]')!, '');
    await click(c.querySelector<HTMLElement>('[data-status="applied"]')!);
    await waitFor(() => status(c) === '1 of 3 shown');
  });

  it('shows the empty state to a new user', async () => {
    await deleteAllData(getDb());
    await waitFor(() => /No saved roles yet/.test(view.container.textContent ?? ''));
  });

  it('shows the saved posting as text, never as markup', async () => {
    const c = view.container;
    const open = await waitFor(() => byText(c, 'button.jm-open', 'Frontend Developer'));
    await click(open);
    const snap = await waitFor(() => c.querySelector('.jm-snapshot'));
    expect(snap.textContent).toContain('<script>alert(1)</script>');
    expect(snap.querySelector('script, b')).toBeNull();
  });

  it('deletes selected roles and brings them back with undo', async () => {
    const c = view.container;
    const box = await waitFor(() => c.querySelector<HTMLInputElement>('input[aria-label="Select Data Analyst"]'));
    await click(box);
    await click(byText(c, '.jm-bulk button', 'Delete'));
    await waitFor(() => status(c) === '2 roles');
    expect(await getDb().roles.count()).toBe(2);
    await click(byText(c, '.jm-undo button', 'Undo'));
    await waitFor(() => status(c) === '3 roles');
    expect((await getDb().roles.where('jobKey').equals('b').first())?.status).toBe('applied');
  });

  it('disables what needs the store in the first frame, and enables it once the app takes over', async () => {
    view.unmount();
    const roles = await getDb().roles.toArray();
    view = await render(<FirstScreenView roles={roles} />);
    const controls = (c: HTMLElement) => [
      ...c.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('[role="table"] select, [role="table"] input[type="checkbox"], .jm-sort, .jm-open, .jm-filters input, .jm-filters select, .jm-counts button'),
    ];
    const first = controls(view.container);
    expect(first.length).toBeGreaterThan(10);
    expect(first.filter((e) => !e.disabled)).toEqual([]);
    expect(view.container.querySelector<HTMLTextAreaElement>('textarea[aria-label^="Notes for"]')?.disabled).toBe(false);
    view.unmount();
    view = await render(<App />);
    await waitFor(() => status(view.container) === '3 roles');
    expect(controls(view.container).filter((e) => e.disabled)).toEqual([]);
  });
});
