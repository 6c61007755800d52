// The reference board matcher for tests: every board's every URL regex, in registry order, with no needle or table.
import { boardKeyFromUrl } from '../../../utils/page/boards/board';
import { BOARDS } from '../../../utils/page/boards/registry';

export function boardKeyOf(url: string | URL): string | null {
  const u = typeof url === 'string' ? new URL(url) : url;
  for (const b of BOARDS) {
    const hit = boardKeyFromUrl(b, u);
    if (hit) return hit.key;
  }
  return null;
}
