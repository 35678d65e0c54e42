import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { extractRequirements } from '../../src/extract/requirements.js';
import type { Kind, Requirement } from '../../src/types.js';

const reqs = (text: string) => extractRequirements(analyze(text)).requirements;
const one = (text: string, kind: Kind): Requirement | undefined => {
  const all = reqs(text).filter((r) => r.kind === kind);
  return all.find((r) => r.strength === 'required') ?? all[0];
};

describe('strength', () => {
  it('reads required cues in French and English, with inflections', () => {
    expect(one('Plongeur\nDES requis', 'secondary-diploma')?.strength).toBe('required');
    expect(one('Plongeuse\nDiplôme d’études secondaires exigé', 'secondary-diploma')?.strength).toBe('required');
    expect(one('Caissière\nUne expérience en vente est requise.', 'experience')?.strength).toBe('required');
    expect(one('Cashier\nYou must have a high school diploma.', 'secondary-diploma')?.strength).toBe('required');
    expect(one('Cleaner\nA valid driver’s licence is mandatory.', 'driver-licence')?.strength).toBe('required');
  });

  it('reads asset cues, which win over wording that only addresses the candidate', () => {
    expect(one('Commis\nPermis de conduire, un atout', 'driver-licence')?.strength).toBe('asset');
    expect(one('Commis\nIdéalement, vous avez une expérience en entrepôt.', 'experience')?.strength).toBe('asset');
    expect(one('Clerk\nA driver’s licence is preferred.', 'driver-licence')?.strength).toBe('asset');
    expect(one('Clerk\nForklift experience is an asset but not required.', 'experience')?.strength).toBe('asset');
  });

  it('takes the cue of its own comma-part when one line mixes both', () => {
    const all = reqs('Commis\nDES requis, anglais un atout\n');
    expect(all.find((r) => r.kind === 'secondary-diploma')?.strength).toBe('required');
    expect(all.find((r) => r.kind === 'second-language')?.strength).toBe('asset');
  });

  it('uses the section heading when the line has no cue', () => {
    const t = 'Journalier\n\nExigences\n- Permis de conduire classe 5\n\nAtouts\n- DEP en mécanique\n';
    expect(one(t, 'driver-licence')?.strength).toBe('required');
    expect(one(t, 'post-secondary')?.strength).toBe('asset');
  });

  it('does not count what the job description only describes', () => {
    const t = 'Livreur\n\nResponsabilités\n- Conduire le camion de l’entreprise\n- Notre équipe est bilingue\n';
    expect(reqs(t).filter((r) => r.kind === 'second-language' || r.kind === 'driver-licence')).toEqual([]);
    expect(reqs('Server\n\nAbout us\nOur team is bilingual and we love food.\n')).toEqual([]);
  });

  it('drops negated asks and entry-level wording', () => {
    expect(one('Plongeur\nAucune expérience requise', 'experience')).toBeUndefined();
    expect(one('Dishwasher\nNo experience necessary, we will train you.', 'experience')).toBeUndefined();
    expect(one('Helper\nNo degree, certificate or diploma', 'post-secondary')).toBeUndefined();
    expect(extractRequirements(analyze('Plongeur\nAucune expérience requise')).entryLevel).not.toBeNull();
  });

  it('does not take other senses of requirement words', () => {
    expect(one('Server\nRequirements\n- Create a great guest experience', 'experience')).toBeUndefined();
    expect(one('Tutor\nRequirements\n- Teach small classes', 'driver-licence')).toBeUndefined();
  });
});

describe('years of experience', () => {
  const years = (text: string) => one(text, 'experience')?.years;
  it('reads numbers, ranges, plus signs and months', () => {
    expect(years('Cuisinier\n2 ans d’expérience exigés')).toBe(2);
    expect(years('Cuisinier\nExpérience : 1-3 ans')).toBe(1);
    expect(years('Cuisinier\nDe 1 à 3 ans d’expérience')).toBe(1);
    expect(years('Developer\n5+ years of experience with TypeScript')).toBe(5);
    expect(years('Helper\nAt least 6 months of experience')).toBe(0.5);
    expect(years('Cook\nTwo years of experience in a busy kitchen')).toBe(2);
  });
  it('reports no years when none is given', () => {
    expect(years('Commis\nExpérience en service à la clientèle requise')).toBeUndefined();
  });
  it('counts "N years of experience" stated flatly as required', () => {
    expect(one('Mechanic\n\n3 years of experience repairing trucks.', 'experience')?.strength).toBe('required');
  });
});

describe('education', () => {
  it('notes equivalence', () => {
    expect(one('Commis\nDES ou l’équivalent requis', 'secondary-diploma')?.equivalence).toBe(true);
    expect(one('Analyst\nBachelor’s degree or equivalent experience required', 'post-secondary')?.equivalence).toBe(
      true,
    );
    expect(one('Commis\nDES obligatoire', 'secondary-diploma')?.equivalence).toBe(false);
  });
  it('tells post-secondary from secondary', () => {
    expect(
      one('Technicien\nExigences\n- Post-secondary education in electronics', 'secondary-diploma'),
    ).toBeUndefined();
    expect(one('Analyste\nBac en informatique requis', 'secondary-diploma')).toBeUndefined();
    expect(one('Analyste\nBac en informatique requis', 'post-secondary')?.strength).toBe('required');
    expect(one('Agent (H/F)\nFormation : Bac exigé', 'secondary-diploma')?.strength).toBe('required');
    expect(one('Agent (H/F)\nFormation : Bac+2 exigé', 'post-secondary')?.strength).toBe('required');
  });
  it('matches acronyms only in capitals', () => {
    expect(one('Commis\nExigences\n- DES', 'secondary-diploma')?.strength).toBe('required');
    expect(one('Commis\nExigences\n- Connaître des logiciels', 'secondary-diploma')).toBeUndefined();
  });
});

describe('second language', () => {
  it('finds the language, and whether a reason is stated, with its span', () => {
    const r = one('Commis\nBilinguisme requis', 'second-language');
    expect(r).toMatchObject({ strength: 'required', languages: ['en'], reasonStated: false });
    const t = 'Agent\nAnglais requis pour servir nos clients de l’Ontario.';
    const s = one(t, 'second-language');
    expect(s?.reasonStated).toBe(true);
    expect(s?.reason?.text).toMatch(/clients/);
  });
  it('does not count the posting’s own language', () => {
    const t = 'Warehouse associate\n\nRequirements\n- Basic English to read pick lists\n- Able to lift 50 lb\n';
    expect(one(t, 'second-language')).toBeUndefined();
    const f = one('Cleaner\n\nRequirements\n- French is required\n', 'second-language');
    expect(f).toMatchObject({ strength: 'required', languages: ['fr'] });
  });
});

describe('spans', () => {
  it('point at the right characters in CRLF text', () => {
    const t = 'Plongeur\r\n\r\nExigences\r\n- DES obligatoire\r\n';
    const r = one(t, 'secondary-diploma')!;
    expect(t.slice(r.span.start.offset, r.span.end.offset)).toBe('DES obligatoire');
    expect(r.span.start).toEqual({ line: 4, column: 3, offset: t.indexOf('DES') });
  });

  const texts = (t: string) => reqs(t).map((r) => [r.kind, r.text, t.slice(r.span.start.offset, r.span.end.offset)]);

  it('give each ask on a line its own span', () => {
    expect(texts('Commis\n\nDES obligatoire, bilinguisme requis, permis de conduire requis\n')).toEqual([
      ['secondary-diploma', 'DES obligatoire', 'DES obligatoire'],
      ['second-language', 'bilinguisme requis', 'bilinguisme requis'],
      ['driver-licence', 'permis de conduire requis', 'permis de conduire requis'],
    ]);
  });

  it('leave the years to the experience they count', () => {
    const t = 'Clerk\n\nRequirements:\n- High school diploma plus a minimum of two years of related experience\n';
    const all = reqs(t);
    expect(all.find((r) => r.kind === 'secondary-diploma')?.text).toBe('High school diploma');
    const exp = all.find((r) => r.kind === 'experience');
    expect(exp?.years).toBe(2);
    expect(exp?.text).toMatch(/two years of related experience$/);
    expect(
      reqs('Commis\n\nExigences :\n- DES et au moins deux ans d’expérience en entrepôt\n').find(
        (r) => r.kind === 'secondary-diploma',
      )?.text,
    ).toBe('DES');
  });

  it('keep the ask’s own qualifiers: strength, years, equivalence', () => {
    expect(
      one(
        'Commis\n\nExigences :\n- 2 ans d’expérience en entrepôt, DEC en administration ou équivalent\n',
        'post-secondary',
      )?.text,
    ).toBe('DEC en administration ou équivalent');
    expect(
      one(
        'Commis\n\nExigences :\n- 2 ans d’expérience en entrepôt, DEC en administration ou équivalent\n',
        'experience',
      )?.text,
    ).toBe('2 ans d’expérience');
    expect(
      one(
        'Technicien\n\nExigences :\n- DEC de 2 ans en électronique\n- Permis de conduire classe 1 valide exigé\n',
        'driver-licence',
      )?.text,
    ).toBe('Permis de conduire classe 1 valide exigé');
    expect(
      one(
        'Developer\n\nRequirements:\n- Bachelor’s degree in computer science, or equivalent experience\n- 3+ years of experience\n',
        'post-secondary',
      )?.text,
    ).toBe('Bachelor’s degree in computer science, or equivalent experience');
  });

  it('end a language reason before the next ask', () => {
    const s = reqs('Commis\n\nAnglais requis pour servir la clientèle, permis de conduire requis\n').find(
      (r) => r.kind === 'second-language',
    );
    expect(s?.text).toBe('Anglais requis');
    expect(s?.reason?.text).toBe('pour servir la clientèle');
  });

  it('stay short on one long line of asks (the JSON grows with the line, not its square)', () => {
    const line = 'DES obligatoire, bilinguisme requis, permis de conduire requis, '.repeat(500);
    const all = reqs(`Commis\n\n${line}\n`);
    expect(all.length).toBe(1500);
    expect(Math.max(...all.map((r) => r.text.length))).toBeLessThan(30);
  });
});
