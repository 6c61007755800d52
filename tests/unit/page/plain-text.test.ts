import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../../utils/page/plain-text';

const show = (text: string): string[] =>
  blocksFromPlainText(text).map((b) => `${b.kind}:${text.slice(b.start, b.end)}`);

describe('blocksFromPlainText', () => {
  it.each([
    ['bullets of every kind are items', '- Go\n• Rust\n* SQL\n· Kafka\n– Redis\n1. Python\n2) Java',
      ['item:- Go', 'item:• Rust', 'item:* SQL', 'item:· Kafka', 'item:– Redis', 'item:1. Python', 'item:2) Java']],
    ['short line before content is a heading', 'About the role\nYou will own the billing service.\nRequirements:\n- 5+ years of Go',
      ['heading:About the role', 'para:You will own the billing service.', 'heading:Requirements:', 'item:- 5+ years of Go']],
    ['a sentence with final punctuation is a paragraph', 'We ship every day.\nMore text here.', ['para:We ship every day.', 'para:More text here.']],
    ['a short last line is not a heading', 'Intro paragraph.\nThanks', ['para:Intro paragraph.', 'para:Thanks']],
    ['blank lines and indentation are skipped, not changed', '  Benefits  \n\n   Good pay.  ', ['heading:Benefits', 'para:Good pay.']],
    ['Windows line endings', 'Benefits\r\nGood pay.\r\n', ['heading:Benefits', 'para:Good pay.']],
  ])('%s', (_name, text, want) => {
    expect(show(text)).toEqual(want);
  });

  it('returns no blocks for empty text', () => {
    expect(blocksFromPlainText('')).toEqual([]);
    expect(blocksFromPlainText('\n  \n')).toEqual([]);
  });

  it('offsets are into the text as given, in order, without overlap', () => {
    const text = 'Title line\n\n- one\n  - two\nLast paragraph here.';
    let prev = 0;
    for (const b of blocksFromPlainText(text)) {
      expect(b.start).toBeGreaterThanOrEqual(prev);
      expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
      prev = b.end;
    }
  });
});
