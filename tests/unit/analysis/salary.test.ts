import { describe, expect, it } from 'vitest';
import { findSalary } from '../../../utils/analysis/salary';

describe('findSalary', () => {
  it.each([
    ['The yearly base pay band for this job is $267,000 - $400,400.', '$267,000 - $400,400', 267000, 400400, 'USD', 'year'],
    ['Salary: €60k–80k depending on level', '€60k–80k', 60000, 80000, 'EUR', 'year'],
    ['Gehalt: 60.000 – 80.000 EUR', '60.000 – 80.000 EUR', 60000, 80000, 'EUR', 'year'],
    ["Salary: CHF 120'000", "CHF 120'000", 120000, 120000, 'CHF', 'year'],
    ['Salary of £45,000 per annum plus pension', '£45,000', 45000, 45000, 'GBP', 'year'],
    ['Pay: $55/hour, paid weekly', '$55', 55, 55, 'USD', 'hour'],
    ['Salary: up to $150k', '$150k', null, 150000, 'USD', 'year'],
    ['Jahresgehalt: 120.000 EUR brutto/Jahr', '120.000 EUR', 120000, 120000, 'EUR', 'year'],
    ['Rémunération : 45 000 € par an', '45 000 €', 45000, 45000, 'EUR', 'year'],
    ['Compensation: $60-80k', '$60-80k', 60000, 80000, 'USD', 'year'],
    ['Monthly salary: 4.500 € pro Monat', '4.500 €', 4500, 4500, 'EUR', 'month'],
    ['Base pay between $120,000 and $150,000 USD', '$120,000 and $150,000 USD', 120000, 150000, 'USD', 'year'],
    ['$91,000 to $112,000 CAD annually, plus a bonus', '$91,000 to $112,000 CAD', 91000, 112000, 'CAD', 'year'],
    ['The yearly base salary is CAD $77,000 – $93,000.', 'CAD $77,000 – $93,000', 77000, 93000, 'CAD', 'year'],
    ['CTC: ₹14,00,000 – ₹21,00,000 per annum', '₹14,00,000 – ₹21,00,000', 1400000, 2100000, 'INR', 'year'],
    ['Pay: ₹9,00,000/yr - ₹12,00,000/yr', '₹9,00,000/yr - ₹12,00,000', 900000, 1200000, 'INR', 'year'],
    ['Vergütung: 3.200 – 3.900 € brutto im Monat', '3.200 – 3.900 €', 3200, 3900, 'EUR', 'month'],
    ["Monthly salary CHF 7'800 – 9'100 gross (13 payments per year)", "CHF 7'800 – 9'100", 7800, 9100, 'CHF', 'month'],
    ['The base pay range is $131K–$162K per year, plus equity.', '$131K–$162K', 131000, 162000, 'USD', 'year'],
    ['Salary: $96,000 • Offers equity', '$96,000', 96000, 96000, 'USD', 'year'],
    ['Rate: £480 - £560 per day, outside IR35.', '£480 - £560', 480, 560, 'GBP', 'day'],
    ['Salario de 31.000 € a 39.000 € brutos anuales', '31.000 € a 39.000 €', 31000, 39000, 'EUR', 'year'],
  ])('%s', (text, phrase, min, max, currency, period) => {
    const hit = findSalary(text);
    expect(hit?.salary).toEqual({ min, max, currency, period });
    expect(text.slice(hit!.start, hit!.end)).toBe(phrase);
  });

  it.each([
    ['We raised $50M in our Series B round last year.'],
    ['The company passed $200,000,000 in annual revenue.'],
    ['Every engineer gets a $1,000 learning stipend per year.'],
    ['Our pay is fair, and there is a $2,000 annual learning budget.'],
    ['401(k) plan with a generous salary match'],
    ['Salary expectations: 3-5 years of experience required'],
    ['Salary reviews give 5% raises yearly'],
    ['We are valued at $2 billion after our latest funding.'],
    ['Pricing starts at $49 per month for small teams.'],
    ['Salary: competitive, and a $12,000 annual training budget'],
  ])('never reports: %s', (text) => {
    expect(findSalary(text)).toBeNull();
  });

  it('takes an amount with no cue word of its own inside a pay section', () => {
    const text = 'Compensation\n$150K – $190K';
    expect(findSalary(text)).toBeNull();
    expect(findSalary(text, [{ start: 0, end: text.length }])?.salary).toEqual({ min: 150000, max: 190000, currency: 'USD', period: 'year' });
  });

  it('labels the range', () => {
    expect(findSalary('Salary range: $267,000 - $400,400')?.label).toBe('267,000–400,400 USD/year');
  });
});
