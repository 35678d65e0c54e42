// Jurisdiction and law: escalations only where the jurisdiction is known and from the date in force.
// Hand-built profiles in French and English, then whole postings through auditPosting.
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { criminalRecord } from '../../src/rules/background.js';
import { canadianExperience } from '../../src/rules/experience.js';
import { judge } from '../../src/rules/index.js';
import { frenchVersion, secondLanguage } from '../../src/rules/language.js';
import { aiDisclosure, vacancyStatus } from '../../src/rules/legal.js';
import { money, payUndisclosed, payVague, rangeWidth } from '../../src/rules/pay.js';
import type { AuditOptions, Finding, Pay } from '../../src/types.js';
import {
  at,
  context,
  EN_POSTING,
  expectWellFormed,
  FR_POSTING,
  PAID,
  profile,
  requirement,
  signal,
  UNPAID,
} from './helpers.js';

const T = FR_POSTING;
const E = EN_POSTING;
const ids = (fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule);
const audit = (text: string, options: AuditOptions) => auditPosting({ source: 'test', text }, options).findings;

describe('Québec — Charter of the French language', () => {
  const bilingual = requirement(T, 'Bilingue (français/anglais) requis', 'second-language', 'required', {
    languages: ['en'],
  });
  const reasonText = "pour servir notre clientèle de l'Ontario";
  const withReason = requirement(
    T,
    "Anglais requis pour servir notre clientèle de l'Ontario",
    'second-language',
    'required',
    { languages: ['en'], reasonStated: true, reason: { text: reasonText, span: at(T, reasonText) } },
  );

  it('art. 46: another language required without a reason → error in QC from 2022-06-01, warning before', () => {
    expect(
      secondLanguage.check(profile('fr', [bilingual]), context(T, { jurisdiction: 'QC', date: '2026-06-01' }))[0]
        .severity,
    ).toBe('error');
    expect(
      secondLanguage.check(profile('fr', [bilingual]), context(T, { jurisdiction: 'QC', date: '2022-05-31' }))[0]
        .severity,
    ).toBe('warning');
    const [en] = secondLanguage.check(
      profile('fr', [bilingual]),
      context(T, { locale: 'en', jurisdiction: 'QC', date: '2026-06-01' }),
    );
    expect(en.severity).toBe('error');
    expect(en.message).toMatch(/section 46 of the Charter of the French language/);
    expect(en.suggestions).toHaveLength(3);
    expectWellFormed(en, 'en');
  });

  it('art. 46 with a reason → info recalling the three art. 46.1 conditions and quoting the reason', () => {
    for (const locale of ['fr', 'en'] as const) {
      const [f] = secondLanguage.check(
        profile('fr', [withReason]),
        context(T, { locale, jurisdiction: 'QC', date: '2026-06-01' }),
      );
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(
        locale === 'fr'
          ? /1\) évalué les besoins linguistiques réels.*2\).*3\) restreint/
          : /\(1\) assessed.*\(2\).*\(3\) restricted/,
      );
      if (locale === 'fr') expect(f.message).toContain(`(${reasonText})`);
      expectWellFormed(f, locale);
    }
  });

  it('art. 41: an English-only posting for a QC job → warning at the title line, with the start of a French version', () => {
    const p = profile('en', []);
    for (const locale of ['fr', 'en'] as const) {
      const [f] = frenchVersion.check(p, context(E, { locale, jurisdiction: 'QC', date: '2026-06-01' }));
      expect(f.ruleId).toBe('language/french-version');
      expect(f.severity).toBe('warning');
      expect(f.span).toEqual(at(E, 'Warehouse Associate'));
      expect(f.excerpt).toBe('Warehouse Associate');
      expect(f.message).toMatch(
        locale === 'fr'
          ? /article 41 de la Charte de la langue française/
          : /section 41 of the Charter of the French language/,
      );
      expect(f.suggestions[0].replacement).toMatch(
        locale === 'fr' ? /^\[Titre du poste en français/ : /^\[Job title in French/,
      );
      expect(f.suggestions[0].replacement.endsWith('\n\nWarehouse Associate')).toBe(true);
      expect(f.references.map((r) => r.url).join(' ')).toMatch(/legisquebec\.gouv\.qc\.ca/);
      expectWellFormed(f, locale);
    }
  });

  it('art. 41: no finding for a bilingual or French posting, outside QC, with no jurisdiction, or before 2022-06-01', () => {
    const qc = context(E, { jurisdiction: 'QC', date: '2026-06-01' });
    expect(frenchVersion.check(profile('en', [], { bilingual: true }), qc)).toEqual([]);
    expect(frenchVersion.check(profile('fr', []), qc)).toEqual([]);
    expect(frenchVersion.check(profile('en', []), { ...qc, jurisdiction: 'ON' })).toEqual([]);
    expect(frenchVersion.check(profile('en', []), { ...qc, jurisdiction: null })).toEqual([]);
    expect(frenchVersion.check(profile('en', []), { ...qc, date: '2022-05-31' })).toEqual([]);
    expect(frenchVersion.check(profile('en', []), { ...qc, jurisdiction: 'ca-qc' })).toHaveLength(1);
  });
});

describe('Québec — Charter of human rights and freedoms, art. 18.2', () => {
  it('blanket "casier judiciaire vierge" → warning, rewrite limited to offences related to the job', () => {
    const req = requirement(T, 'Casier judiciaire vierge', 'criminal-record-check');
    const [f] = criminalRecord.check(profile('fr', [req]), context(T, { jurisdiction: 'QC', date: '2026-06-01' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/article 18\.2/);
    expect(f.suggestions[0].replacement).toMatch(/^Vérification des antécédents judiciaires liés à l'emploi/);
    expectWellFormed(f, 'fr');
  });

  it('the ask is widened to the blanket word next to it, so the rewrite replaces all of it', () => {
    const text = 'Caissier\n- Casier judiciaire vierge exigé\n';
    const req = requirement(text, 'Casier judiciaire', 'criminal-record-check');
    const [f] = criminalRecord.check(profile('fr', [req]), context(text));
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toBe('Casier judiciaire vierge');
    expect(f.span).toEqual(at(text, 'Casier judiciaire vierge'));
  });

  it('"No criminal record" in English → warning with the job-related rewrite', () => {
    const req = requirement(E, 'No criminal record', 'criminal-record-check');
    const [f] = criminalRecord.check(profile('en', [req]), context(E, { locale: 'en' }));
    expect(f.severity).toBe('warning');
    expect(f.suggestions[0].replacement).toMatch(/^Background check for offences related to the job/);
  });
});

describe('Ontario — Employment Standards Act, postings from 2026-01-01', () => {
  const on = (date: string, locale: 'fr' | 'en' = 'en') => context(E, { locale, jurisdiction: 'ON', date });
  const range = (min: number, max: number, period: Pay['period'], text: string): Pay => ({
    disclosed: true,
    min,
    max,
    currency: 'CAD',
    period,
    text,
    span: at(E, 'Warehouse Associate'),
  });

  it('no pay → info on 2025-12-31, error on 2026-01-01', () => {
    const p = profile('en', [], { pay: UNPAID });
    expect(payUndisclosed.check(p, on('2025-12-31'))[0].severity).toBe('info');
    expect(payUndisclosed.check(p, on('2026-01-01'))[0].severity).toBe('error');
  });

  it('an hourly range wider than $50,000 a year → error, converted at 2,080 hours, citing the Ontario guide', () => {
    const p = profile('en', [], { pay: range(20, 50, 'hour', '$20 to $50 per hour') });
    const [f] = payUndisclosed.check(p, on('2026-01-01'));
    expect(f.ruleId).toBe('pay/undisclosed');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('a spread of $62,400 a year (hourly amounts converted at 2,080 hours a year)');
    expect(f.message).toMatch(/The Ontario guide states that a range may not exceed \$50,000 a year/);
    expect(f.message).toMatch(/above \$200,000/);
    expect(f.suggestions[0].replacement).toBe('$20.00 to [at most $44.03] per hour');
    expect(f.references.map((r) => r.url)).toContain(
      'https://www.ontario.ca/document/your-guide-employment-standards-act-0/requirements-related-publicly-advertised-job',
    );
    expectWellFormed(f, 'en');
    const [fr] = payUndisclosed.check(p, on('2026-01-01', 'fr'));
    expect(fr.message).toContain(
      'soit un écart de 62 400 $ par année (montants horaires convertis à raison de 2 080 heures par année)',
    );
    expect(fr.message).toMatch(/Le guide de l'Ontario indique/);
    expect(fr.suggestions[0].replacement).toBe("20,00 $ à [au plus 44,03 $] de l'heure");
    expectWellFormed(fr, 'fr');
  });

  it('the range rule: not before 2026, not outside Ontario, not at $50,000 or less, not when the top exceeds $200,000', () => {
    const wide = profile('en', [], { pay: range(20, 50, 'hour', '$20 to $50 per hour') });
    expect(payUndisclosed.check(wide, on('2025-12-31'))).toEqual([]);
    expect(payUndisclosed.check(wide, context(E, { locale: 'en', jurisdiction: 'QC', date: '2026-06-01' }))).toEqual(
      [],
    );
    expect(payUndisclosed.check(wide, context(E, { locale: 'en', jurisdiction: null, date: '2026-06-01' }))).toEqual(
      [],
    );
    expect(
      payUndisclosed.check(
        profile('en', [], { pay: range(60_000, 110_000, 'year', '$60,000 to $110,000') }),
        on('2026-06-01'),
      ),
    ).toEqual([]);
    expect(
      payUndisclosed.check(profile('en', [], { pay: range(60_000, 110_001, 'year', 'x') }), on('2026-06-01'))[0]
        .severity,
    ).toBe('error');
    expect(
      payUndisclosed.check(profile('en', [], { pay: range(150_000, 260_000, 'year', 'x') }), on('2026-06-01')),
    ).toEqual([]);
    expect(payUndisclosed.check(profile('en', [], { pay: range(20, 40, 'hour', 'x') }), on('2026-06-01'))).toEqual([]);
  });

  it('range width per year: hour × 2,080, day × 260, week × 52, month × 12; other currencies are not judged', () => {
    expect(rangeWidth(range(20, 50, 'hour', ''))).toEqual({ width: 62_400, top: 104_000, factor: 2080 });
    expect(rangeWidth(range(100, 400, 'day', ''))?.width).toBe(78_000);
    expect(rangeWidth(range(4000, 9000, 'month', ''))?.width).toBe(60_000);
    expect(rangeWidth({ ...range(20, 50, 'hour', ''), currency: 'EUR' })).toBeNull();
    expect(rangeWidth(PAID)?.width).toBe(4160);
    expect(money(65000, 'year', 'fr')).toBe('65 000 $');
    expect(money(17.5, 'hour', 'en')).toBe('$17.50');
  });

  it('"Canadian experience" → error from 2026-01-01, warning before', () => {
    const req = requirement(E, 'Canadian experience required', 'canadian-experience');
    expect(canadianExperience.check(profile('en', [req]), on('2026-01-01'))[0].severity).toBe('error');
    expect(canadianExperience.check(profile('en', [req]), on('2025-12-31'))[0].severity).toBe('warning');
  });

  it('no AI statement / no vacancy statement → info at the title line, noting the under-25 exemption', () => {
    for (const [rule, id] of [
      [aiDisclosure, 'legal/ai-disclosure'],
      [vacancyStatus, 'legal/vacancy-status'],
    ] as const) {
      for (const locale of ['fr', 'en'] as const) {
        const [f] = rule.check(profile('en', []), on('2026-01-01', locale));
        expect(f.ruleId).toBe(id);
        expect(f.severity).toBe('info');
        expect(f.span).toEqual(at(E, 'Warehouse Associate'));
        expect(f.message).toMatch(locale === 'fr' ? /moins de 25 employés/ : /fewer than 25 employees/);
        expect(f.suggestions[0].replacement.startsWith('Warehouse Associate\n')).toBe(true);
        expectWellFormed(f, locale);
      }
      expect(rule.check(profile('en', []), on('2025-12-31'))).toEqual([]);
      expect(
        rule.check(profile('en', []), context(E, { locale: 'en', jurisdiction: 'QC', date: '2026-06-01' })),
      ).toEqual([]);
      expect(
        rule.check(profile('en', []), context(E, { locale: 'en', jurisdiction: null, date: '2026-06-01' })),
      ).toEqual([]);
    }
  });

  it('a statement found in the posting → no finding', () => {
    const text =
      'Cashier\nThis posting is for an existing vacancy. We use artificial intelligence to screen applications.\n';
    const p = profile('en', [], {
      signals: [
        signal(text, 'existing vacancy', 'vacancy-statement', 'none'),
        signal(text, 'artificial intelligence', 'ai-statement', 'none'),
      ],
    });
    const ctx = context(text, { locale: 'en', jurisdiction: 'ON', date: '2026-06-01' });
    expect(aiDisclosure.check(p, ctx)).toEqual([]);
    expect(vacancyStatus.check(p, ctx)).toEqual([]);
  });

  it('"AI" that is not about screening applicants is not the statement', () => {
    const text = 'Software Developer\nAbout us: we build AI products for hospitals.\n';
    const p = profile('en', [], { signals: [signal(text, 'AI', 'ai-statement', 'about')] });
    const ctx = context(text, { locale: 'en', jurisdiction: 'ON', date: '2026-06-01' });
    expect(aiDisclosure.check(p, ctx).map((f) => f.ruleId)).toEqual(['legal/ai-disclosure']);
    const fr = "Développeur\nNous utilisons l'intelligence artificielle pour trier les candidatures.\n";
    const q = profile('fr', [], { signals: [signal(fr, 'intelligence artificielle', 'ai-statement', 'none')] });
    expect(aiDisclosure.check(q, context(fr, { jurisdiction: 'ON', date: '2026-06-01' }))).toEqual([]);
  });
});

describe('British Columbia — Pay Transparency Act, from 2023-11-01', () => {
  const bc = (date: string, locale: 'fr' | 'en' = 'en') => context(E, { locale, jurisdiction: 'BC', date });
  const open = (min: number | null, max: number | null, text: string): Pay => ({
    disclosed: true,
    min,
    max,
    currency: 'CAD',
    period: 'hour',
    text,
    span: at(E, 'Warehouse Associate'),
  });

  it('no pay → error from 2023-11-01, not before', () => {
    const p = profile('en', [], { pay: UNPAID });
    expect(payUndisclosed.check(p, bc('2023-11-01'))[0].severity).toBe('error');
    expect(payUndisclosed.check(p, bc('2023-10-31'))[0].severity).toBe('info');
  });

  it('open-ended "from $20" / "up to $25" → error, with a rewrite that asks for the missing end', () => {
    const [from] = payUndisclosed.check(
      profile('en', [], { pay: open(20, null, 'from $20 per hour') }),
      bc('2024-01-01'),
    );
    expect(from.severity).toBe('error');
    expect(from.message).toMatch(/open-ended wording/);
    expect(from.suggestions[0].replacement).toBe('$20.00 to $[maximum] per hour');
    expectWellFormed(from, 'en');
    const [upTo] = payUndisclosed.check(
      profile('en', [], { pay: open(null, 25, "jusqu'à 25 $ de l'heure") }),
      bc('2024-01-01', 'fr'),
    );
    expect(upTo.severity).toBe('error');
    expect(upTo.suggestions[0].replacement).toBe("[minimum] $ à 25,00 $ de l'heure");
    expectWellFormed(upTo, 'fr');
  });

  it('open-ended pay: not before 2023-11-01, not in Ontario or with no jurisdiction; a full range is fine', () => {
    const p = profile('en', [], { pay: open(20, null, 'from $20') });
    expect(payUndisclosed.check(p, bc('2023-10-31'))).toEqual([]);
    expect(payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2026-06-01' }))).toEqual([]);
    expect(payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: null, date: '2026-06-01' }))).toEqual([]);
    expect(payUndisclosed.check(profile('en', [], { pay: open(20, 24, '$20 to $24') }), bc('2024-01-01'))).toEqual([]);
  });

  it('vague pay alone → error in BC', () => {
    const pay = { ...UNPAID, vague: true, text: 'Salary: competitive', span: at(E, 'Salary: competitive') };
    expect(payVague.check(profile('en', [], { pay }), bc('2024-01-01'))[0].severity).toBe('error');
  });
});

describe('elsewhere or unknown: the same asks, no legal severity', () => {
  it('the full French test profile with no jurisdiction, or in France, has no error', () => {
    const reqs = [
      requirement(T, 'Bilingue (français/anglais) requis', 'second-language', 'required', { languages: ['en'] }),
      requirement(T, 'Expérience canadienne exigée', 'canadian-experience'),
      requirement(T, 'Casier judiciaire vierge', 'criminal-record-check'),
    ];
    for (const jurisdiction of [null, 'FR', 'NS']) {
      const found = judge(profile('fr', reqs, { pay: UNPAID }), context(T, { jurisdiction, date: '2026-06-01' }));
      expect(found.filter((f) => f.severity === 'error')).toEqual([]);
      expect(found.map((f) => f.ruleId)).toEqual(
        expect.arrayContaining([
          'language/second-language',
          'experience/canadian',
          'background/criminal-record',
          'pay/undisclosed',
        ]),
      );
    }
  });
});

// ── whole postings ───────────────────────────────────────────────────────────────────────────────────

const QC_EN = `Warehouse Associate
Entrepôts Boréal — Laval, Quebec

Duties:
- Pick and pack orders
- Load trucks at the dock

Requirements:
- Able to lift 20 kg

Pay: $19 to $21 per hour
`;

const QC_FR = `Commis de bureau
Groupe Lavoie — Québec

Tâches :
- Classer les documents et répondre au téléphone

Exigences :
- Anglais requis
- Casier judiciaire vierge

Salaire : 20 $ de l'heure
`;

const ON_EN = `Customer Service Representative
Maple Telecom — Toronto, Ontario

Duties:
- Answer customer calls and emails

Requirements:
- Canadian experience required

Pay: $20 to $50 per hour
`;

const ON_FR = `Représentant(e) du service à la clientèle
Télécom Érable — Ottawa (Ontario)

Tâches :
- Répondre aux appels des clients

Exigences :
- Expérience canadienne exigée

Salaire : 20 $ à 50 $ de l'heure
`;

const ON_DONE = `Customer Service Representative
Maple Telecom — Toronto, Ontario

Duties:
- Answer customer calls and emails

Pay: $20 to $24 per hour
This posting is for an existing vacancy. We do not use artificial intelligence to screen, assess or select applicants.
`;

const BC_EN = `Barista
Coastal Coffee — Vancouver, British Columbia

Duties:
- Prepare drinks and serve customers

Pay: from $18 per hour
`;

describe('end to end', () => {
  it('QC: an English-only posting → language/french-version at line 1; a French one → none', () => {
    const en = audit(QC_EN, { jurisdiction: 'QC', date: '2026-06-01' });
    const [f] = ids(en, 'language/french-version');
    expect(f.severity).toBe('warning');
    expect(f.span.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(ids(audit(QC_FR, { jurisdiction: 'QC', date: '2026-06-01' }), 'language/french-version')).toEqual([]);
    expect(ids(audit(QC_EN, { jurisdiction: 'ON', date: '2026-06-01' }), 'language/french-version')).toEqual([]);
  });

  it('QC: "Anglais requis" → error; "Casier judiciaire vierge" → warning, the whole wording replaced', () => {
    const found = audit(QC_FR, { jurisdiction: 'QC', date: '2026-06-01' });
    expect(ids(found, 'language/second-language').map((f) => f.severity)).toEqual(['error']);
    const [record] = ids(found, 'background/criminal-record');
    expect(record.severity).toBe('warning');
    expect(record.excerpt).toBe('Casier judiciaire vierge');
    // Same posting, jurisdiction unknown: judged, without legal severity.
    const unknown = audit(QC_FR, { jurisdiction: null, date: '2026-06-01' });
    expect(ids(unknown, 'language/second-language').map((f) => f.severity)).toEqual(['warning']);
  });

  for (const [lang, text] of [
    ['en', ON_EN],
    ['fr', ON_FR],
  ] as const) {
    it(`ON (${lang}): wide range and Canadian experience → errors from 2026-01-01; AI and vacancy → info; none of it on 2025-12-31`, () => {
      const found = audit(text, { jurisdiction: 'ON', date: '2026-01-01' });
      expect(ids(found, 'pay/undisclosed').map((f) => f.severity)).toEqual(['error']);
      expect(ids(found, 'pay/undisclosed')[0].message).toMatch(lang === 'en' ? /2,080 hours/ : /2 080 heures/);
      expect(ids(found, 'experience/canadian').map((f) => f.severity)).toEqual(['error']);
      expect(ids(found, 'legal/ai-disclosure').map((f) => f.severity)).toEqual(['info']);
      expect(ids(found, 'legal/vacancy-status').map((f) => f.severity)).toEqual(['info']);
      for (const f of found) expectWellFormed(f, lang);
      const before = audit(text, { jurisdiction: 'ON', date: '2025-12-31' });
      expect(before.filter((f) => f.severity === 'error')).toEqual([]);
      expect(ids(before, 'pay/undisclosed')).toEqual([]);
      expect(ids(before, 'legal/ai-disclosure')).toEqual([]);
    });
  }

  it('ON: a posting with its statements and a narrow range → none of the Ontario findings', () => {
    const found = audit(ON_DONE, { jurisdiction: 'ON', date: '2026-06-01' });
    for (const id of ['pay/undisclosed', 'legal/ai-disclosure', 'legal/vacancy-status'])
      expect(ids(found, id)).toEqual([]);
  });

  it('ON: no pay at all → error on 2026-01-01, info on 2025-12-31', () => {
    const text = ON_DONE.replace('Pay: $20 to $24 per hour\n', '');
    expect(
      ids(audit(text, { jurisdiction: 'ON', date: '2026-01-01' }), 'pay/undisclosed').map((f) => f.severity),
    ).toEqual(['error']);
    expect(
      ids(audit(text, { jurisdiction: 'ON', date: '2025-12-31' }), 'pay/undisclosed').map((f) => f.severity),
    ).toEqual(['info']);
  });

  it('BC: "from $18 per hour" → error from 2023-11-01; nothing on 2023-10-31', () => {
    const [f] = ids(audit(BC_EN, { jurisdiction: 'BC', date: '2023-11-01' }), 'pay/undisclosed');
    expect(f.severity).toBe('error');
    expect(f.excerpt).toMatch(/\$18/);
    expect(ids(audit(BC_EN, { jurisdiction: 'BC', date: '2023-10-31' }), 'pay/undisclosed')).toEqual([]);
  });
});
