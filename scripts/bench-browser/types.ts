import type { ExtensionSession } from '../../tests/support/chromium';
import type { FixtureServer } from '../../tests/support/fixture-server';

/** One measured figure. `target` is the budget it is held to (same unit), `lowerIsBetter` by default. */
export interface BenchRow {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'count' | 'x';
  target?: number;
}

export interface BenchHarness {
  session: ExtensionSession;
  server: FixtureServer;
  /** Relaunch the browser with a fresh profile (e.g. for a cold service worker); the old session is closed. */
  relaunch(): Promise<ExtensionSession>;
}

/** A benchmark module in scripts/bench-browser/: measures inside the browser, returns rows. */
export type BrowserBench = (h: BenchHarness) => Promise<BenchRow[]>;
