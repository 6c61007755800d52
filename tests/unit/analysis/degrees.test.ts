import { describe, expect, it } from 'vitest';
import { degreeNames, findDegrees } from '../../../utils/analysis/degrees';

describe('findDegrees', () => {
  it.each([
    ["Bachelor's degree in Mathematics or a related field", ["Bachelor's"], ["Bachelor's degree"]],
    ['BS/BA in Computer Science or equivalent practical experience', ["Bachelor's"], ['BS', 'BA']],
    ["Master's in Statistics", ["Master's"], ["Master's"]],
    ['MSc in Physics or Chemistry', ["Master's"], ['MSc']],
    ['PhD in Machine Learning is a plus', ['PhD'], ['PhD']],
    ['Ph.D. in Biology', ['PhD'], ['Ph.D.']],
    ['degree in Computer Science or equivalent', ["Bachelor's"], ['degree']],
    ['BS, MS or PhD in a quantitative field', ["Bachelor's", "Master's", 'PhD'], ['BS', 'MS', 'PhD']],
    ['Abgeschlossenes Studium der Informatik', ["Bachelor's"], ['Abgeschlossenes Studium']],
    ['Bac+5 en informatique', ["Master's"], ['Bac+5']],
  ])('%s', (text, names, spans) => {
    const hits = findDegrees(text);
    expect(degreeNames(hits)).toEqual(names);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(spans);
  });

  it.each([['Advanced MS Office skills'], ['A valid driving licence'], ['We value a growth mindset']])(
    'no degree in %s',
    (text) => expect(findDegrees(text)).toEqual([]),
  );
});
