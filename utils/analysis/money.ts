/** One money-looking number in the text: "$267,000", "80k", "120'000 CHF", "45 000 €". */
export interface MoneyToken {
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code when a currency sign or code touches the number. */
  currency: string | null;
  /** The currency was named unambiguously (a code, €, £, US$), not a bare "$". */
  explicit: boolean;
  k: boolean;
}

const CURRENCY_CODES: Record<string, string> = {
  'us$': 'USD', 'ca$': 'CAD', 'c$': 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'nz$': 'NZD', 's$': 'SGD', 'hk$': 'HKD',
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'fr.': 'CHF', chf: 'CHF', eur: 'EUR', usd: 'USD',
  gbp: 'GBP', cad: 'CAD', aud: 'AUD', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', inr: 'INR', jpy: 'JPY',
  sgd: 'SGD', nzd: 'NZD', hkd: 'HKD', euro: 'EUR', euros: 'EUR', dollars: 'USD', franken: 'CHF',
};
const CUR_PRE = `(?:CAD|USD|AUD|NZD|SGD|HKD|MXN) ?\\$|US\\$|CA\\$|C\\$|AU?\\$|NZ\\$|S\\$|HK\\$|\\$|€|£|¥|₹|CHF|Fr\\.|EUR|USD|GBP|CAD|AUD|SEK|NOK|DKK|PLN|INR|JPY|SGD|NZD|HKD`;
const CUR_POST = `€|\\$|CHF|EUR|USD|GBP|CAD|AUD|SEK|NOK|DKK|PLN|INR|JPY|SGD|NZD|HKD|euros?|Euros?|dollars|Franken`;
// Thousands groups with , . ' ’ or (narrow) spaces; a lone group of 1-2 digits after the separator is a decimal.
const NUM = `\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.'’\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?`;
const MONEY_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(${CUR_PRE})\\s?)?(${NUM})(\\s?[kK](?![\\p{L}]))?(?:\\s?(${CUR_POST})(?![\\p{L}]))?`,
  'gu',
);
/** "$50M", "$2 billion", "401(k)": not a pay figure. */
const BIG_OR_ODD_AFTER = /^(?:\s?(?:m|mm|mn|b|bn|million|billion|mio|mrd|milliarden?|millions?|milliards?)(?![\p{L}])|\(|%|\s?percent)/iu;

function parseNumber(raw: string): number {
  const s = raw.replace(/[\u00a0\u202f ]/g, '');
  // Indian grouping: ₹18,00,000.
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/u.test(s)) return Number(s.replace(/,/gu, ''));
  const m = /^(\d{1,3}(?:[,.'’]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (m) return Number((m[1] ?? '').replace(/[,.'’]/g, '') + (m[2] ? `.${m[2]}` : ''));
  return Number(s.replace(',', '.'));
}

function currencyCode(raw: string | undefined): string | null {
  // "CAD $88,000": the code names the dollar.
  const key = raw && /^[A-Z]{3} ?\$$/u.test(raw) ? raw.slice(0, 3) : raw;
  return key ? (CURRENCY_CODES[key.toLowerCase()] ?? null) : null;
}

/**
 * Every number that could be money, with its currency when one touches it. Millions, percentages and "401(k)" are
 * dropped here.
 * @example findMoney('$267,000 - $400,400')[1].value // 400400
 */
export function findMoney(text: string): MoneyToken[] {
  const out: MoneyToken[] = [];
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) {
    let end = m.index + m[0].length;
    if (BIG_OR_ODD_AFTER.test(text.slice(end, end + 12))) continue;
    while (end > m.index && /\s/.test(text[end - 1] ?? '')) end--;
    out.push({
      start: m.index,
      end,
      value: parseNumber(m[2] ?? ''),
      // "$85,000 CAD": the code after a bare "$" names the dollar.
      currency: (m[1] === '$' ? currencyCode(m[4]) : null) ?? currencyCode(m[1]) ?? currencyCode(m[4]),
      explicit: Boolean((m[1] && m[1] !== '$') || (m[4] && m[4] !== '$')),
      k: Boolean(m[3]),
    });
  }
  return out;
}
