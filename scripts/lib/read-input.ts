/** Reads the CLI's input (a file or stdin) and refuses what we cannot analyse, with a message a person can act on. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** Bad input (missing, binary, empty…): its message goes to stderr, exit code 1. */
export class InputError extends Error {}

/** NUL bytes never occur in HTML or text; a few in the first 8 KB mean an image, PDF or archive. */
const SNIFF_BYTES = 8192;
const HTML_EXT_RE = /^\.(html?|xhtml)$/i;
const TEXT_EXT_RE = /^\.(txt|text|md)$/i;
const LOOKS_HTML_RE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<[a-z][a-z0-9-]*[\s>])/i;

export interface Input {
  name: string;
  content: string;
  format: 'html' | 'text';
}

function readBytes(path: string, readStdin: () => Buffer): Buffer {
  if (path === '-') return readStdin();
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new InputError(`no such file: ${path}`);
  }
  if (!isFile) throw new InputError(`not a file: ${path}`);
  return readFileSync(path);
}

/** The text of `bytes` if it is text; throws InputError for binary or empty input. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new InputError(`${name} looks like a binary file (it contains NUL bytes); give an .html or .txt page`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${name} is empty: nothing to analyse`);
  return text;
}

/** HTML or text: by extension, else by whether the content starts like markup. */
export function inputFormat(name: string, content: string): Input['format'] {
  const ext = extname(name);
  if (HTML_EXT_RE.test(ext)) return 'html';
  if (TEXT_EXT_RE.test(ext)) return 'text';
  return LOOKS_HTML_RE.test(content) ? 'html' : 'text';
}

/**
 * Reads a page from `path` ('-' = stdin).
 * @example readInput('posting.html').format // 'html'
 */
export function readInput(path: string, readStdin: () => Buffer = () => readFileSync(0)): Input {
  const name = path === '-' ? 'stdin' : path;
  const content = decodeText(readBytes(path, readStdin), name);
  return { name, content, format: inputFormat(path === '-' ? '' : path, content) };
}

/** Raw text of a file or stdin, for --jsonl (same missing/binary/empty checks). */
export function readTextInput(path: string, readStdin: () => Buffer = () => readFileSync(0)): string {
  return decodeText(readBytes(path, readStdin), path === '-' ? 'stdin' : path);
}
