import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Role } from '@/utils/store/role';
import { App } from './App';

/** Mounts the dashboard once the first screen of rows is read, so the first frame already shows them. */
export async function boot(firstScreen: Promise<Role[] | null>): Promise<void> {
  const first = await firstScreen;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App firstScreen={first ?? undefined} />
    </StrictMode>,
  );
}
