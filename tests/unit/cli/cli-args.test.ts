import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/lib/cli-args';

describe('parseArgs', () => {
  it.each([
    [['a.html'], { mode: 'page', input: 'a.html', url: null }],
    [['a.html', '--url', 'https://x.test/j/1'], { mode: 'page', input: 'a.html', url: 'https://x.test/j/1' }],
    [['--url=https://x.test/j/1', '-'], { mode: 'page', input: '-', url: 'https://x.test/j/1' }],
    [['--jsonl'], { mode: 'jsonl', input: '-' }],
    [['in.jsonl', '--jsonl'], { mode: 'jsonl', input: 'in.jsonl' }],
    [['--summary', 'pages/'], { mode: 'summary', dir: 'pages/' }],
    [['--help'], { mode: 'help' }],
  ])('%j', (args, want) => {
    expect(parseArgs(args)).toEqual(want);
  });

  it.each([
    [[], /no input/],
    [['a.html', 'b.html'], /one input at a time/],
    [['a.html', '--url'], /--url needs a value/],
    [['a.html', '--url', 'not a url'], /not a valid absolute URL/],
    [['--summary'], /--summary needs a value/],
    [['--jsonl', '--summary', 'd'], /cannot be combined/],
    [['-x', 'a.html'], /unknown option: -x/],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseArgs(args)).toThrow(UsageError);
    expect(() => parseArgs(args)).toThrow(message);
  });
});
