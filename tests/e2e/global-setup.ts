import { assertBuilt, chromiumPath } from '../support/chromium';

// Fail loudly, never skip: a missing browser or build is an error that names its fix.
export default function setup(): void {
  chromiumPath();
  assertBuilt();
}
