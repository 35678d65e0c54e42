// Tests for src/extract/pay/. Every input here is written for these tests (no corpus text).
import { rmSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { extractPay, loadPayLexicon, toPay, type PayMatch } from '../../src/extract/pay/index.js';
import { LEXICON_DIR, LexiconError } from '../../src/lexicon/yaml.js';
import { analyze } from '../../src/text/analyze.js';
import { LineIndex } from '../../src/text/lines.js';

/** The text the match points at. */
function quoted(text: string, m: PayMatch): string | null {
  return m.start === null || m.end === null ? null : text.slice(m.start, m.end);
}

interface Expect {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: PayMatch['period'];
  quote: string;
}

function expectPay(text: string, e: Expect): void {
  const m = extractPay(text);
  expect({
    disclosed: m.disclosed,
    vague: m.vague,
    min: m.min,
    max: m.max,
    currency: m.currency,
    period: m.period,
    quote: quoted(text, m),
  }).toEqual({
    disclosed: true,
    vague: false,
    min: e.min,
    max: e.max,
    currency: e.currency,
    period: e.period,
    quote: e.quote,
  });
}

function expectNoPay(text: string): void {
  const m = extractPay(text);
  expect(m).toEqual({
    disclosed: false,
    min: null,
    max: null,
    currency: null,
    period: null,
    vague: false,
    start: null,
    end: null,
  });
}

function expectVague(text: string, quote: string): void {
  const m = extractPay(text);
  expect({
    disclosed: m.disclosed,
    vague: m.vague,
    min: m.min,
    max: m.max,
    period: m.period,
    quote: quoted(text, m),
  }).toEqual({ disclosed: false, vague: true, min: null, max: null, period: null, quote });
}

describe('French amounts', () => {
  it('reads a single hourly amount with a comma decimal', () => {
    expectPay("Préposé à l'entretien. Salaire : 17,53 $", {
      min: 17.53,
      max: 17.53,
      currency: 'CAD',
      period: 'hour',
      quote: '17,53 $',
    });
  });

  it('reads a range per hour', () => {
    expectPay("Nous offrons 17,53$ à 21,67$ par heure selon l'échelon.", {
      min: 17.53,
      max: 21.67,
      currency: 'CAD',
      period: 'hour',
      quote: '17,53$ à 21,67$ par heure',
    });
  });

  it('reads an annual amount with a space as thousands separator', () => {
    expectPay('Le poste est offert à 45 000 $ par année, avec assurances.', {
      min: 45000,
      max: 45000,
      currency: 'CAD',
      period: 'year',
      quote: '45 000 $ par année',
    });
  });

  it('reads an annual range with a slash', () => {
    expectPay('Échelle : 45 000 $ - 55 000 $ / an', {
      min: 45000,
      max: 55000,
      currency: 'CAD',
      period: 'year',
      quote: '45 000 $ - 55 000 $ / an',
    });
  });

  it('reads $/h', () => {
    expectPay('Poste de jour, 20 $/h, temps plein', {
      min: 20,
      max: 20,
      currency: 'CAD',
      period: 'hour',
      quote: '20 $/h',
    });
  });

  it('reads "de l\'heure" with a typographic apostrophe', () => {
    expectPay('On paie 20$ de l’heure pour commencer.', {
      min: 20,
      max: 20,
      currency: 'CAD',
      period: 'hour',
      quote: '20$ de l’heure',
    });
  });

  it('reads "entre … et … $ l\'heure"', () => {
    expectPay("Le salaire se situe entre 18 et 22 $ l'heure.", {
      min: 18,
      max: 22,
      currency: 'CAD',
      period: 'hour',
      quote: "entre 18 et 22 $ l'heure",
    });
  });

  it('reads a "Salaire :" line', () => {
    expectPay('Salaire : 20,50 $\nHoraire : jour', {
      min: 20.5,
      max: 20.5,
      currency: 'CAD',
      period: 'hour',
      quote: '20,50 $',
    });
  });

  it('reads a "Taux horaire :" line, the period coming from the label', () => {
    expectPay('Taux horaire : 19 $', { min: 19, max: 19, currency: 'CAD', period: 'hour', quote: '19 $' });
  });

  it('reads k$', () => {
    expectPay('Rémunération : 60k$ et plus', {
      min: 60000,
      max: 60000,
      currency: 'CAD',
      period: 'year',
      quote: '60k$',
    });
  });

  it('reads euros per month (brut mensuel)', () => {
    expectPay('Rémunération de 2 100 € brut mensuel.', {
      min: 2100,
      max: 2100,
      currency: 'EUR',
      period: 'month',
      quote: '2 100 € brut mensuel',
    });
  });

  it('reads a France Travail range with decimals and spaces', () => {
    expectPay('Salaire : 25 000,00 € à 30 000,00 € par an', {
      min: 25000,
      max: 30000,
      currency: 'EUR',
      period: 'year',
      quote: '25 000,00 € à 30 000,00 € par an',
    });
  });

  it('reads "Mensuel de … Euros sur 12 mois" (period before the amount; "sur 12 mois" is not the period)', () => {
    expectPay('Salaire : Mensuel de 1801.80 Euros sur 12 mois', {
      min: 1801.8,
      max: 1801.8,
      currency: 'EUR',
      period: 'month',
      quote: '1801.80 Euros',
    });
    expectPay('Salaire : Annuel de 24 500,00 Euros à 27 000,00 Euros sur 12 mois', {
      min: 24500,
      max: 27000,
      currency: 'EUR',
      period: 'year',
      quote: '24 500,00 Euros à 27 000,00 Euros',
    });
  });

  it('reads EUR/h', () => {
    expectPay('Payé 11.50EUR/h brut', {
      min: 11.5,
      max: 11.5,
      currency: 'EUR',
      period: 'hour',
      quote: '11.50EUR/h brut',
    });
  });

  it('reads "à partir de" and "jusqu\'à"', () => {
    expectPay("Salaire à partir de 19 $ de l'heure", {
      min: 19,
      max: null,
      currency: 'CAD',
      period: 'hour',
      quote: "à partir de 19 $ de l'heure",
    });
    expectPay("Rémunération jusqu'à 25 $/h", {
      min: null,
      max: 25,
      currency: 'CAD',
      period: 'hour',
      quote: "jusqu'à 25 $/h",
    });
  });

  it('reads a range whose first number has no currency', () => {
    expectPay("La fourchette est de 26 - 34 CAD de l'heure.", {
      min: 26,
      max: 34,
      currency: 'CAD',
      period: 'hour',
      quote: "26 - 34 CAD de l'heure",
    });
  });

  it('reads "par semaine" and "par jour"', () => {
    expectPay('Allocation de séjour non incluse. Salaire : 900 $ par semaine', {
      min: 900,
      max: 900,
      currency: 'CAD',
      period: 'week',
      quote: '900 $ par semaine',
    });
    expectPay('Nous payons 180 $ par jour de tournage.', {
      min: 180,
      max: 180,
      currency: 'CAD',
      period: 'day',
      quote: '180 $ par jour',
    });
  });

  it('reads "dollars"', () => {
    expectPay("Le taux est de 21 dollars de l'heure.", {
      min: 21,
      max: 21,
      currency: 'CAD',
      period: 'hour',
      quote: "21 dollars de l'heure",
    });
  });
});

describe('English amounts', () => {
  it('reads $/hour and "an hour"', () => {
    expectPay('We pay $17.53/hour to start.', {
      min: 17.53,
      max: 17.53,
      currency: 'CAD',
      period: 'hour',
      quote: '$17.53/hour',
    });
    expectPay('Starting wage is $17.53 an hour.', {
      min: 17.53,
      max: 17.53,
      currency: 'CAD',
      period: 'hour',
      quote: '$17.53 an hour',
    });
  });

  it('reads an annual range with an en dash', () => {
    expectPay('Salary $45,000–$55,000 a year plus benefits', {
      min: 45000,
      max: 55000,
      currency: 'CAD',
      period: 'year',
      quote: '$45,000–$55,000 a year',
    });
  });

  it('reads an annual range with a hyphen and "per year"', () => {
    expectPay('The range is $45,000 - $55,000 per year.', {
      min: 45000,
      max: 55000,
      currency: 'CAD',
      period: 'year',
      quote: '$45,000 - $55,000 per year',
    });
  });

  it('reads /hr and hourly', () => {
    expectPay('Forklift operator, $20/hr, nights', {
      min: 20,
      max: 20,
      currency: 'CAD',
      period: 'hour',
      quote: '$20/hr',
    });
    expectPay('Cook needed: $20 hourly, tips shared', {
      min: 20,
      max: 20,
      currency: 'CAD',
      period: 'hour',
      quote: '$20 hourly',
    });
  });

  it('reads a "Pay:" line with a range', () => {
    expectPay('Job type: full-time\nPay: $18.00-$22.00 per hour\n', {
      min: 18,
      max: 22,
      currency: 'CAD',
      period: 'hour',
      quote: '$18.00-$22.00 per hour',
    });
  });

  it('reads the Job Bank style with the period in capitals glued to the amount', () => {
    expectPay('Salary: $33.50HOUR hourly', {
      min: 33.5,
      max: 33.5,
      currency: 'CAD',
      period: 'hour',
      quote: '$33.50HOUR hourly',
    });
    expectPay('Salary: $1,250.00 to $1,400.00WEEKLY weekly', {
      min: 1250,
      max: 1400,
      currency: 'CAD',
      period: 'week',
      quote: '$1,250.00 to $1,400.00WEEKLY weekly',
    });
    expectPay('Salary: $52,000 to $61,500YEAR annually (to be negotiated)', {
      min: 52000,
      max: 61500,
      currency: 'CAD',
      period: 'year',
      quote: '$52,000 to $61,500YEAR annually',
    });
  });

  it('reads $60K and $60k–$70k', () => {
    expectPay('Salary: $60K', { min: 60000, max: 60000, currency: 'CAD', period: 'year', quote: '$60K' });
    expectPay('Compensation: $60k–$70k depending on the level', {
      min: 60000,
      max: 70000,
      currency: 'CAD',
      period: 'year',
      quote: '$60k–$70k',
    });
  });

  it('reads From and Up to', () => {
    expectPay('Pay: From $20 per hour', {
      min: 20,
      max: null,
      currency: 'CAD',
      period: 'hour',
      quote: 'From $20 per hour',
    });
    expectPay('Earn up to $25/h with tips', {
      min: null,
      max: 25,
      currency: 'CAD',
      period: 'hour',
      quote: 'up to $25/h',
    });
    expectPay('Salary: $50,000+ per year', {
      min: 50000,
      max: null,
      currency: 'CAD',
      period: 'year',
      quote: '$50,000+ per year',
    });
    expectPay('Wage: $26/hr+, based on experience', {
      min: 26,
      max: null,
      currency: 'CAD',
      period: 'hour',
      quote: '$26/hr+',
    });
  });

  it('reads CA$ and USD', () => {
    expectPay('Rate: CA$20 per hour', { min: 20, max: 20, currency: 'CAD', period: 'hour', quote: 'CA$20 per hour' });
    expectPay('Remote contract paid 20 USD/hour.', {
      min: 20,
      max: 20,
      currency: 'USD',
      period: 'hour',
      quote: '20 USD/hour',
    });
    expectPay('Salary: US$85,000 per year', {
      min: 85000,
      max: 85000,
      currency: 'USD',
      period: 'year',
      quote: 'US$85,000 per year',
    });
  });

  it('reads a range under a heading line', () => {
    expectPay('Salary range\n\n$61,000 to $68,500\n', {
      min: 61000,
      max: 68500,
      currency: 'CAD',
      period: 'year',
      quote: '$61,000 to $68,500',
    });
  });

  it('keeps a bi-weekly amount without a period, and prefers the annual figure next to it', () => {
    expectPay('Salary: $2,100.00 - $2,400.00 bi-weekly', {
      min: 2100,
      max: 2400,
      currency: 'CAD',
      period: null,
      quote: '$2,100.00 - $2,400.00 bi-weekly',
    });
    expectPay('Salary: $2,100.00 - $2,400.00 bi-weekly ($54,810 - $62,640/year)', {
      min: 54810,
      max: 62640,
      currency: 'CAD',
      period: 'year',
      quote: '$54,810 - $62,640/year',
    });
  });
});

describe('period inferred from the amount', () => {
  it('takes a small amount as hourly and a large one as annual', () => {
    expectPay('Taux : 19,50 $', { min: 19.5, max: 19.5, currency: 'CAD', period: 'hour', quote: '19,50 $' });
    expectPay('Salaire : 52 000 $', { min: 52000, max: 52000, currency: 'CAD', period: 'year', quote: '52 000 $' });
  });

  it('leaves a mid-size dollar amount without a period, and takes euros 1 000–4 999 as monthly', () => {
    expectPay('Salary: $750', { min: 750, max: 750, currency: 'CAD', period: null, quote: '$750' });
    expectPay('Salaire : 2 300 €', { min: 2300, max: 2300, currency: 'EUR', period: 'month', quote: '2 300 €' });
  });

  it('reads a bare number on a labelled line, without a currency', () => {
    expectPay('Salaire : 45000\n', { min: 45000, max: 45000, currency: null, period: 'year', quote: '45000' });
    expectPay('Salary hourly: 24.75\n', { min: 24.75, max: 24.75, currency: null, period: 'hour', quote: '24.75' });
  });
});

describe('offsets', () => {
  it('points at the right characters in CRLF text with non-breaking spaces', () => {
    const text =
      'Commis de bureau\r\nLieu : Laval\r\n\r\nSalaire :\u00a045\u00a0000\u00a0$ par année\r\nHoraire : jour\r\n';
    const m = extractPay(text);
    expect(m.disclosed).toBe(true);
    expect(m.min).toBe(45000);
    expect(m.period).toBe('year');
    expect(m.start).toBe(text.indexOf('45'));
    expect(quoted(text, m)).toBe('45\u00a0000\u00a0$ par année');
    const pay = toPay(m, new LineIndex(text));
    expect(pay.span?.start).toEqual({ line: 4, column: 11, offset: m.start });
    expect(pay.span?.end).toEqual({ line: 4, column: 11 + '45 000 $ par année'.length, offset: m.end });
    expect(pay.text).toBe('45\u00a0000\u00a0$ par année');
  });

  it('reads narrow no-break spaces (U+202F) as thousands separators', () => {
    const text = 'Rémunération : 52\u202f500\u00a0$ à 58\u202f000\u00a0$ par an';
    expectPay(text, {
      min: 52500,
      max: 58000,
      currency: 'CAD',
      period: 'year',
      quote: '52\u202f500\u00a0$ à 58\u202f000\u00a0$ par an',
    });
  });

  it('points at vague wording', () => {
    const text = 'Avantages\r\n- Salaire concurrentiel\r\n- Assurances collectives\r\n';
    const m = extractPay(text);
    expect(m.start).toBe(text.indexOf('Salaire'));
    const pay = toPay(m, new LineIndex(text));
    expect(pay).toEqual({
      disclosed: false,
      min: null,
      max: null,
      currency: null,
      period: null,
      vague: true,
      text: 'Salaire concurrentiel',
      span: { start: { line: 2, column: 3, offset: 13 }, end: { line: 2, column: 24, offset: 34 } },
    });
  });

  it('gives a Pay without text or span when nothing is found', () => {
    const text = 'Aide-cuisinier\nHoraire : soir';
    expect(toPay(extractPay(text), new LineIndex(text))).toEqual({
      disclosed: false,
      min: null,
      max: null,
      currency: null,
      period: null,
    });
  });
});

describe('vague pay', () => {
  it('French wording', () => {
    expectVague('Nous offrons un salaire compétitif et des assurances.', 'salaire compétitif');
    expectVague('Rémunération concurrentielle', 'Rémunération concurrentielle');
    expectVague("Salaire : selon l'expérience", "selon l'expérience");
    expectVague('Salaire selon expérience', 'Salaire selon expérience');
    expectVague('Rémunération : à discuter', 'à discuter');
    expectVague('Conditions de travail selon la convention collective.', 'selon la convention collective');
  });

  it('English wording', () => {
    expectVague('We offer competitive pay and a great team.', 'competitive pay');
    expectVague('Competitive salary', 'Competitive salary');
    expectVague('A competitive hourly wage', 'competitive hourly wage');
    expectVague('Pay depending on experience', 'depending on experience');
    expectVague('Salary: DOE', 'DOE');
    expectVague('Compensation commensurate with experience.', 'commensurate with experience');
    expectVague('Salary: negotiable', 'negotiable');
  });

  it('needs a pay word for generic wording', () => {
    expectNoPay('Horaire à discuter avec la gestionnaire.');
    expectNoPay('Tasks vary depending on experience.');
    expectNoPay('John Doe will train you.');
  });

  it('is not vague when a figure is given', () => {
    expectPay('Competitive wage: $24.00-$28.00 per hour depending on experience', {
      min: 24,
      max: 28,
      currency: 'CAD',
      period: 'hour',
      quote: '$24.00-$28.00 per hour',
    });
    expectPay("Salaire concurrentiel : 23 $ de l'heure", {
      min: 23,
      max: 23,
      currency: 'CAD',
      period: 'hour',
      quote: "23 $ de l'heure",
    });
  });
});

describe('amounts that are not pay', () => {
  it('funding, budgets and millions', () => {
    expectNoPay('The company raised $5 million in funding last year.');
    expectNoPay('Vous gérerez un budget de 2 M$.');
    expectNoPay('Projet de 3,5 millions $ financé par le ministère.');
    expectNoPay('Liability coverage of $2,000,000 is provided.');
  });

  it('a bonus alone', () => {
    expectNoPay('Prime de 500 $ après trois mois.');
    expectNoPay('Receive a $1,000 signing bonus!');
    expectNoPay('Remise de 300 $ pour chaque référence.');
    expectNoPay('Plus up to $2,000 in seasonal bonuses.');
  });

  it('benefits and allowances', () => {
    expectNoPay("REER : contribution de l'employeur de 500 $.");
    expectNoPay('Allocation de 400 $ par année pour le sport.');
    expectNoPay('A $500 per year wellness allowance.');
    expectNoPay('Shift premium of $2.50/hour for nights.');
  });

  it('years, phone numbers, percentages and counts', () => {
    expectNoPay('Fondée en 2024, notre PME compte 25 employés.');
    expectNoPay('Appelez au 514-555-0199 ou au 1 800 555-0100.');
    expectNoPay('Augmentation de 3 % par année, 40 heures par semaine.');
    expectNoPay("Salaire : 25 employés dans l'équipe");
    expectNoPay('Salary: 2025 review cycle');
  });

  it('prefers the amount next to a pay word', () => {
    expectPay("Prime de 500 $ à l'embauche. Salaire : 22 $ l'heure.", {
      min: 22,
      max: 22,
      currency: 'CAD',
      period: 'hour',
      quote: "22 $ l'heure",
    });
    expectPay('Pay: $21/hr, plus a $500 signing bonus', {
      min: 21,
      max: 21,
      currency: 'CAD',
      period: 'hour',
      quote: '$21/hr',
    });
    expectPay("Rémunération : 16 $ de l'heure + commission", {
      min: 16,
      max: 16,
      currency: 'CAD',
      period: 'hour',
      quote: "16 $ de l'heure",
    });
    expectPay('Wage: $18.75/hour, evening premium $1.50/hr', {
      min: 18.75,
      max: 18.75,
      currency: 'CAD',
      period: 'hour',
      quote: '$18.75/hour',
    });
  });

  it('nothing at all', () => {
    expectNoPay('');
    expectNoPay('Magasinier\nVous préparez les commandes.');
  });
});

describe('robustness', () => {
  it('stays fast on long adversarial input', () => {
    const inputs = [
      '1 '.repeat(100_000),
      '$1-$1 '.repeat(40_000),
      '1,000'.repeat(40_000),
      'salaire '.repeat(30_000),
      'competitive '.repeat(20_000),
      '1 000 000 '.repeat(20_000),
      `${'a'.repeat(200_000)}$`,
      'Salaire : 1\n'.repeat(20_000),
      'Salaire : 20 $ 20 $ 20 $\n'.repeat(10_000),
      '$20 '.repeat(50_000),
    ];
    // Adversarial inputs for a backtracking matcher: they must finish (a catastrophic regex would hit the
    // test timeout) and find nothing wrong. Speed is measured by `npm run bench`, not asserted here.
    for (const input of inputs) {
      const r = extractPay(input + input);
      expect(typeof r.disclosed).toBe('boolean');
    }
  });

  it('reads text decoded from Windows-1252 (accents and no-break spaces as single characters)', () => {
    const text = 'R\u00e9mun\u00e9ration : 21,50\u00a0$ de l\u2019heure';
    expectPay(text, { min: 21.5, max: 21.5, currency: 'CAD', period: 'hour', quote: '21,50\u00a0$ de l\u2019heure' });
  });

  it('reads Windows-1252 bytes decoded as Latin-1 (C1 controls for \u2019 and \u20ac)', () => {
    const text = Buffer.from(
      'Salaire : 2\xa0100\xa0\x80 brut par mois, 35 h\nPay\xe9 \xe0 l\x92heure : non',
      'latin1',
    ).toString('latin1');
    expectPay(text, {
      min: 2100,
      max: 2100,
      currency: 'EUR',
      period: 'month',
      quote: '2\u00a0100\u00a0\u0080 brut par mois',
    });
    const hourly = Buffer.from('Taux : 19,75 $ de l\x92heure', 'latin1').toString('latin1');
    expectPay(hourly, { min: 19.75, max: 19.75, currency: 'CAD', period: 'hour', quote: '19,75 $ de l\u0092heure' });
  });
});

describe('currency words from the lexicon', () => {
  it('reads dollars of another country, before or after the word "dollars"', () => {
    expectPay("Salaire : 24 dollars américains de l'heure", {
      min: 24,
      max: 24,
      currency: 'USD',
      period: 'hour',
      quote: "24 dollars américains de l'heure",
    });
    expectPay('Pay: 30 US dollars per hour', {
      min: 30,
      max: 30,
      currency: 'USD',
      period: 'hour',
      quote: '30 US dollars per hour',
    });
    expectPay('Pay: 30 dollars per hour', {
      min: 30,
      max: 30,
      currency: 'CAD',
      period: 'hour',
      quote: '30 dollars per hour',
    });
  });

  it('reads a code in parentheses, and codes after "$" only in capitals', () => {
    expectPay('Wage: 40(CAD) per hour', {
      min: 40,
      max: 40,
      currency: 'CAD',
      period: 'hour',
      quote: '40(CAD) per hour',
    });
    expectPay("Salaire : 22 $ US de l'heure", {
      min: 22,
      max: 22,
      currency: 'USD',
      period: 'hour',
      quote: "22 $ US de l'heure",
    });
    expectPay('Pay: 22 $ us per hour', { min: 22, max: 22, currency: 'CAD', period: 'hour', quote: '22 $' });
  });

  it('joins a range with "through" and "au", and needs "between" before "and"', () => {
    expectPay('Pay: $20 through $24 an hour', {
      min: 20,
      max: 24,
      currency: 'CAD',
      period: 'hour',
      quote: '$20 through $24 an hour',
    });
    expectPay("Salaire : 20 $ au 24 $ de l'heure", {
      min: 20,
      max: 24,
      currency: 'CAD',
      period: 'hour',
      quote: "20 $ au 24 $ de l'heure",
    });
    expectPay('Pay: $20 and $24 an hour', { min: 24, max: 24, currency: 'CAD', period: 'hour', quote: '$24 an hour' });
  });

  it('takes milliards and MM as never pay', () => {
    expectNoPay('Une entreprise de 2 milliards $ de chiffre.');
    expectNoPay('A $3MM portfolio to manage.');
  });
});

describe('reading the analysis', () => {
  it('gives the same match for a text and for its analysis', () => {
    const text =
      "Préposé(e) à l'entretien\nSalaire : 19,50 $ à 21 $ l'heure, selon l'expérience.\nPrime de soir : 1,25 $/h";
    expect(extractPay(analyze(text))).toEqual(extractPay(text));
    expect(extractPay(analyze(text, 'en'))).toEqual(extractPay(text));
  });

  it('points at the right characters after letters the normalisation expands (œ, æ) or drops (a combining accent)', () => {
    expectPay('Main-d\u2019\u0153uvre et c\u0153ur \u00e6t\u00e9 : salaire de 21,50 $ de l\u2019heure', {
      min: 21.5,
      max: 21.5,
      currency: 'CAD',
      period: 'hour',
      quote: '21,50 $ de l\u2019heure',
    });
    expectPay('Pre\u0301pose\u0301 aux be\u0301ne\u0301ficiaires. Salaire : 24,75 $ de l\u2019heure', {
      min: 24.75,
      max: 24.75,
      currency: 'CAD',
      period: 'hour',
      quote: '24,75 $ de l\u2019heure',
    });
  });

  it('reads a zero-width space as a space and a middle dot as a bullet, not a full stop', () => {
    expectPay('Salary:\u200b$22.50/hour \u00b7 full time', {
      min: 22.5,
      max: 22.5,
      currency: 'CAD',
      period: 'hour',
      quote: '$22.50/hour',
    });
    expectPay('Taux horaire \u00b7 20 $', { min: 20, max: 20, currency: 'CAD', period: 'hour', quote: '20 $' });
  });
});

describe('lexicon', () => {
  it('loads the shipped lexicons', () => {
    expect(() => loadPayLexicon()).not.toThrow();
  });

  it('reports file:line for a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pay-lex-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const lang of ['fr', 'en']) mkdirSync(join(dir, lang));
    writeFileSync(join(dir, 'fr', 'pay.yaml'), readFileSync(join(LEXICON_DIR, 'fr', 'pay.yaml'), 'utf8'));
    writeFileSync(join(dir, 'en', 'pay.yaml'), 'labels:\n  - salary\nperiods:\n  fortnight: [fortnight]\n');
    let error: unknown;
    try {
      loadPayLexicon(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).message).toMatch(/en[\\/]pay\.yaml:4: periods: unknown period "fortnight"/);
  });
});

describe('lexicon errors', () => {
  /** Loads the shipped French file with `en` as the English one; the error's message. */
  function errorWith(en: string, fr?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pay-lex-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const lang of ['fr', 'en']) mkdirSync(join(dir, lang));
    writeFileSync(join(dir, 'fr', 'pay.yaml'), fr ?? readFileSync(join(LEXICON_DIR, 'fr', 'pay.yaml'), 'utf8'));
    writeFileSync(join(dir, 'en', 'pay.yaml'), en);
    try {
      loadPayLexicon(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      return (e as Error).message;
    }
    throw new Error('no error');
  }

  it('names an unknown currency or place', () => {
    expect(errorWith('labels: [pay]\ncurrencies:\n  GBP:\n    after-amount: [pounds]\n')).toMatch(
      /en[\\/]pay\.yaml:3: currencies: unknown currency "GBP"/,
    );
    expect(errorWith('currencies:\n  EUR:\n    inside: [euros]\n')).toMatch(
      /en[\\/]pay\.yaml:3: currencies\.EUR: unknown place "inside"/,
    );
  });

  it('wants one word where a word is read next to an amount', () => {
    expect(errorWith('millions:\n  - million\n  - million dollars\n')).toMatch(
      /en[\\/]pay\.yaml:3: .*"million dollars" must be one word/,
    );
  });

  it('checks the plausible amounts and the inferred periods', () => {
    expect(errorWith('plausible:\n  hour: [500, 5]\n')).toMatch(
      /en[\\/]pay\.yaml:2: plausible\.hour must be \[minimum, maximum\]/,
    );
    expect(errorWith('plausible:\n  hour: [5, 500]\n')).toMatch(/en[\\/]pay\.yaml:2: plausible\.hour is already given/);
    expect(errorWith('inferred-period:\n  - {period: hour, below: 200, from: 5}\n')).toMatch(
      /en[\\/]pay\.yaml:2: inferred-period: an entry needs a period and one of below, from/,
    );
    expect(errorWith('labels: [pay]\n', 'labels: [salaire]\n')).toMatch(
      /fr[\\/]pay\.yaml:1: plausible\.hour is missing/,
    );
  });
});
