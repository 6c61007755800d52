/**
 * `npm run --silent analyze -- FILE [--url URL]` · `-- --jsonl [FILE]` · `-- --summary DIR` (see scripts/lib/cli-args.ts).
 * Results on stdout, messages on stderr.
 */
import { runCli } from './lib/run-cli';

process.exitCode = await runCli(process.argv.slice(2));
