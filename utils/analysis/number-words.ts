/**
 * Number words (English, German, French, Spanish) for experience phrases. A small table beats a grammar parser here:
 * postings only spell out small counts ("two to three years", "mindestens drei Jahre", "deux ans").
 */
const WORDS: Record<string, number> = {
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20,
  // German
  ein: 1, eine: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, 'zwölf': 12, 'fünfzehn': 15, zwanzig: 20,
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20,
  // Spanish
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, quince: 15, veinte: 20,
};

/** Regex alternation of every number word, longest first so "fifteen" wins over "five"-like prefixes. */
export const NUMBER_WORD_SOURCE = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Parses digits or a number word.
 * @example parseCount('three') // 3
 * @example parseCount('12') // 12
 */
export function parseCount(token: string): number | null {
  const t = token.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return WORDS[t] ?? null;
}
