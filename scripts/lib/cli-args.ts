/** Command line of `npm run analyze`: options may come before or after the file; `-` is stdin. */

export type CliCommand =
  | { mode: 'help' }
  | { mode: 'page'; input: string; url: string | null }
  | { mode: 'jsonl'; input: string }
  | { mode: 'summary'; dir: string };

/** A mistake in how the CLI was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  npm run --silent analyze -- FILE [--url URL]   analyse one page (.html or .txt; - = stdin), one JSON object out
  npm run --silent analyze -- --jsonl [FILE]     lines {"id","text"} in (stdin or FILE), one JSON line out per input
  npm run --silent analyze -- --summary DIR      one line per page in DIR (file, posting?, ms, title, company) + totals
Options:
  --url URL   the address the page was served from (helps recognise job boards; detection works without it)
  --help      this text`;

function takeValue(args: string[], i: number, name: string, inline: string | undefined): [string, number] {
  if (inline !== undefined) return [inline, i];
  const v = args[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${name} needs a value`);
  return [v, i + 1];
}

function checkUrl(url: string): string {
  try {
    new URL(url);
    return url;
  } catch {
    throw new UsageError(`--url: not a valid absolute URL: ${url}`);
  }
}

/**
 * Parses argv (without node and script).
 * @example parseArgs(['page.html', '--url', 'https://x.test/job']) // {mode:'page', input:'page.html', url:'https://x.test/job'}
 */
export function parseArgs(args: string[]): CliCommand {
  let url: string | null = null;
  let jsonl = false;
  let summary: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') ? [arg.split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg, undefined];
    if (name === '--') {
      positional.push(...args.slice(i + 1));
      break;
    } else if (name === '--help' || name === '-h') return { mode: 'help' };
    else if (name === '--url') [url, i] = takeValue(args, i, '--url', inline);
    else if (name === '--summary') [summary, i] = takeValue(args, i, '--summary', inline);
    else if (name === '--jsonl') jsonl = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else positional.push(arg);
  }
  if (jsonl && summary !== null) throw new UsageError('--jsonl and --summary cannot be combined');
  if (positional.length > 1) throw new UsageError(`one input at a time (got ${positional.join(', ')})`);
  if (summary !== null) {
    if (positional.length) throw new UsageError('--summary takes a folder, not a file as well');
    if (url !== null) throw new UsageError('--url does not apply to --summary');
    return { mode: 'summary', dir: summary };
  }
  if (jsonl) {
    if (url !== null) throw new UsageError('--url does not apply to --jsonl (texts are analysed as posting text)');
    return { mode: 'jsonl', input: positional[0] ?? '-' };
  }
  const input = positional[0];
  if (input === undefined) throw new UsageError('no input: give a FILE (or - for stdin), --jsonl or --summary DIR');
  return { mode: 'page', input, url: url === null ? null : checkUrl(url) };
}
