/** `npm run analyze`: dispatches a parsed command line; every failure becomes a message on stderr and an exit code. */
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE, UsageError } from './cli-args';
import { parseJsonl } from './jsonl-input';
import { InputError, readInput, readTextInput } from './read-input';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Buffer;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_CRASH = 3;

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: () => readFileSync(0),
};

// The engine (and compromise) load only once the command line and the input have passed their checks, so
// mistakes are reported at once.
const engineModules = () =>
  Promise.all([import('./analyze-input'), import('./jsonl'), import('./summary'), import('./to-output')]);

/**
 * Runs the CLI and returns its exit code; stdout gets only results (one JSON object, JSON lines, or summary lines).
 * @example await runCli(['posting.html', '--url', 'https://jobs.lever.co/acme/1']) // 0, prints {"isJobPosting":true,…}
 */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.mode) {
      case 'help':
        io.out(USAGE);
        return EXIT_OK;
      case 'page': {
        const input = readInput(cmd.input, io.readStdin);
        if (cmd.url && input.format === 'text') io.err('analyze: note: --url is not used for text input (no page to recognise)');
        const [{ analyzeInput }, , , { toOutput }] = await engineModules();
        const { analysis, parseMs, engineMs } = analyzeInput(input, cmd.url, { skills: true });
        io.out(JSON.stringify(toOutput(analysis)));
        io.err(
          `${input.name}: ${analysis.isJobPosting ? 'job posting' : 'not a job posting'} ` +
            `(${analysis.source}; parse ${parseMs.toFixed(1)} ms, engine ${engineMs.toFixed(1)} ms)`,
        );
        return EXIT_OK;
      }
      case 'jsonl': {
        const records = parseJsonl(readTextInput(cmd.input, io.readStdin));
        const [, { analyzeJsonl }] = await engineModules();
        analyzeJsonl(records, io.out);
        io.err(`${records.length} texts analysed`);
        return EXIT_OK;
      }
      case 'summary': {
        const [, , { formatSummary, summarizeFolder }] = await engineModules();
        for (const line of formatSummary(summarizeFolder(cmd.dir))) io.out(line);
        return EXIT_OK;
      }
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`analyze: ${err.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (err instanceof InputError) {
      io.err(`analyze: ${err.message}`);
      return EXIT_BAD_INPUT;
    }
    io.err(`analyze: unexpected error: ${(err as Error).stack ?? String(err)}`);
    return EXIT_CRASH;
  }
}
