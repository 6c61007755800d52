import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Role } from '@/utils/store/role';
import { FirstScreenView } from './FirstScreenView';

/** Resolves once the frame in progress has been painted (a task queued from the next animation frame). */
const afterPaint = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/**
 * Mounts the dashboard once the first screen of rows is read. Those rows paint first, with React and the table
 * only; App (Dexie, live queries, store writes) loads right after that paint and takes over with the same layout.
 */
export async function boot(firstScreen: Promise<Role[] | null>): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const first = await firstScreen;
  if (first?.length) {
    root.render(
      <StrictMode>
        <FirstScreenView roles={first} />
      </StrictMode>,
    );
    await afterPaint();
  }
  const { App } = await import('./App');
  root.render(
    <StrictMode>
      <App firstScreen={first ?? undefined} />
    </StrictMode>,
  );
}
