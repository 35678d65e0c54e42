// Blocks and roles of the document model (src/text/blocks.ts), on postings written for the test and on the
// hand-checked roles of real postings (test/fixtures/block-roles.json).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { analyze, type Analysis } from '../../src/text/analyze.js';

/** The role of the line holding `needle`, and its block's evidence. */
function roleAt(a: Analysis, needle: string) {
  const at = a.text.indexOf(needle);
  if (at < 0) throw new Error(`no "${needle}" in the text`);
  const line = a.lines.find((l) => l.start <= at && at <= l.end)!;
  return { role: line.role, evidence: a.blocks[line.block].evidence };
}

const kinds = (text: string) =>
  auditPosting({ source: 't', text }, { date: '2026-06-01' }).requirements.map((r) => r.kind);

describe('roles from headings', () => {
  const fr = [
    'Plongeur / plongeuse',
    '',
    'Fondée en 1952, la Boulangerie du Quartier est un chef de file de la boulangerie artisanale.',
    '',
    'Vos tâches',
    '- Laver la vaisselle',
    '',
    'Profil recherché :',
    '- Capacité à soulever 20 kg',
    '',
    'Atouts',
    '- Expérience en restauration',
    '',
    'Avantages',
    '- Repas fournis',
    '',
    'Pour postuler',
    'Faites parvenir votre CV à emplois@exemple.ca',
  ].join('\n');

  it('gives each block the role its heading names, with the heading as evidence', () => {
    const a = analyze(fr);
    expect(roleAt(a, 'Plongeur').role).toBe('title');
    expect(roleAt(a, 'Fondée en 1952').role).toBe('about');
    expect(roleAt(a, 'Fondée en 1952').evidence).toEqual({ source: 'cue', line: 3, phrase: 'Fondée en 1952' });
    expect(roleAt(a, '- Laver').role).toBe('duties');
    expect(roleAt(a, '- Capacité').role).toBe('requirements');
    expect(roleAt(a, '- Capacité').evidence).toEqual({ source: 'heading', line: 8, phrase: 'Profil recherché' });
    expect(roleAt(a, '- Expérience').role).toBe('assets');
    expect(roleAt(a, '- Repas').role).toBe('benefits');
    expect(roleAt(a, 'Faites parvenir').role).toBe('apply');
  });

  it('covers every line with exactly one block, in order', () => {
    const a = analyze(fr);
    let next = 0;
    for (const b of a.blocks) {
      expect(b.lineFrom).toBe(next);
      expect(b.lineTo).toBeGreaterThan(b.lineFrom);
      next = b.lineTo;
    }
    expect(next).toBe(a.lines.length);
  });

  it('takes a first line in capitals with no heading phrase as the title', () => {
    const a = analyze('ASSISTANT APPROVISIONNEMENT (H/F)\n\nVos missions :\n- Passer les commandes\n');
    expect(roleAt(a, 'ASSISTANT').role).toBe('title');
    expect(roleAt(a, '- Passer').role).toBe('duties');
  });

  it('keeps a list of duties or asks across an unknown sub-heading, but not a how-to-apply block', () => {
    const a = analyze(
      'Titre\n\nVos missions :\n- Commander\n\nApprovisionnement :\n- Suivre les stocks\n\nPour postuler\nÉcrivez-nous.\n\nDivers :\n- DES requis\n',
    );
    expect(roleAt(a, '- Suivre').role).toBe('duties');
    expect(roleAt(a, '- DES').role).toBe('other');
  });

  it('lets a heading that names asks win over one that names applying ("Successful applicants’ qualifications")', () => {
    const a = analyze('Camp counsellor\n\n**Successful Applicants qualifications :**\n- Police check required\n');
    expect(roleAt(a, '- Police').role).toBe('requirements');
  });

  it('reads a short line alone between blank lines as a heading, but not a short sentence', () => {
    const a = analyze(
      'Clerk\n\nHow to apply\n\nSend a resume.\n\nAPS Competencies\n\nAgility to prioritize tasks\n\nLearn more about degree equivalency.\n\nText',
    );
    expect(roleAt(a, 'Agility').role).toBe('requirements');
    expect(roleAt(a, 'Learn more').evidence.line).toBe(7); // still under "APS Competencies"
  });
});

describe('roles from lead-ins', () => {
  it('reads "We’re looking for a person who:" and "Although not essential, the following are assets:"', () => {
    const text = [
      'Warehouse associate',
      '',
      'We’re looking for a person who:',
      '- has a forklift certificate',
      '',
      'Although not essential, the following are assets:',
      '- a driver’s licence',
    ].join('\n');
    const a = analyze(text);
    expect(roleAt(a, '- has a forklift').role).toBe('requirements');
    expect(roleAt(a, '- has a forklift').evidence.source).toBe('lead-in');
    expect(roleAt(a, '- a driver').role).toBe('assets');
    expect(roleAt(a, '- a driver').evidence).toEqual({
      source: 'lead-in',
      line: 6,
      phrase: 'Although not essential',
    });
  });

  it('reads French lead-ins; an unknown short heading goes on with the block above', () => {
    const a = analyze(
      'Commis\n\nNos attentes :\n- Bilinguisme requis\n\nAu quotidien, voici ce qui vous attend :\n- Accueillir les clients\n\nPar exemple, nous aimons :\n- Le café\n',
    );
    expect(roleAt(a, '- Bilinguisme').role).toBe('requirements');
    expect(roleAt(a, '- Accueillir').role).toBe('duties');
    expect(roleAt(a, '- Accueillir').evidence).toEqual({ source: 'lead-in', line: 6, phrase: 'Au quotidien' });
    // An unknown short heading inside a list of duties is a sub-heading of it.
    expect(roleAt(a, '- Le café')).toEqual({ role: 'duties', evidence: { source: 'heading', line: 9, phrase: null } });
  });
});

describe('cue paragraphs', () => {
  it('makes an equal-opportunity paragraph its own block, then goes back to the block it interrupted', () => {
    const text = [
      'Cook',
      '',
      'Requirements',
      '- Food handler certificate',
      '',
      'We are an equal opportunity employer and welcome applications from all qualified candidates.',
      '',
      '- Two years of experience in a kitchen',
    ].join('\n');
    const a = analyze(text);
    expect(roleAt(a, 'We are an equal').role).toBe('boilerplate');
    expect(roleAt(a, '- Two years').role).toBe('requirements');
    expect(roleAt(a, '- Two years').evidence.source).toBe('continued');
  });

  it('does not take a paragraph that asks for something as boilerplate', () => {
    const a = analyze(
      'Electrician\n\nOffer of employment is conditional upon a criminal record check. We thank all applicants for their interest.\n',
    );
    expect(roleAt(a, 'Offer of employment').role).not.toBe('boilerplate');
  });

  it('reads a condition of hiring inside a how-to-apply block as an ask', () => {
    const text =
      'Camp instructor\n\nHow to apply\nApply online.\n\nAs a condition of employment, a criminal record check with vulnerable sector screening is required.\n';
    const a = analyze(text);
    expect(roleAt(a, 'As a condition').role).toBe('requirements');
    expect(kinds(text)).toContain('criminal-record-check');
  });

  it('needs two words for a cue: one word names a heading only', () => {
    const a = analyze(
      'Commis\n\nExigences\n- Permis de conduire requis\n\nVos coordonnées seront traitées avec soin.\n',
    );
    expect(roleAt(a, 'Vos coordonnées').role).toBe('requirements');
  });
});

describe('asks are not read where a posting does not ask', () => {
  it('ignores the employer description ("a bakery with 140 years of experience")', () => {
    const text =
      'Production worker\n\nAbout You:\n- Able to lift 20 kg\n\nAcme Bread is a leading Canadian bakery with 140 years of experience in baking.\n';
    expect(kinds(text)).not.toContain('experience');
    expect(kinds(text)).not.toContain('canadian-experience');
  });

  it('ignores how-to-apply text ("applicants who completed post-secondary studies outside Canada")', () => {
    const text =
      'Clerk\n\nQualifications\n- Two years of office experience required\n\nHow to Apply\nApplicants who have completed post-secondary studies outside of Canada must have their credentials assessed.\n';
    expect(kinds(text)).toEqual(['experience']);
  });

  it('ignores legal boilerplate in French', () => {
    const text =
      'Préposé\n\nExigences\n- DES requis\n\nNous souscrivons au principe de l’équité en emploi; les personnes ayant un diplôme étranger sont invitées à postuler.\n';
    expect(kinds(text)).toEqual(['secondary-diploma']);
  });
});

// The roles of real postings, checked by hand. The shared corpus sits beside the project on the team's machines.
const CORPUS = '../shared/corpus/postings';
const fixture = JSON.parse(readFileSync('test/fixtures/block-roles.json', 'utf8')) as {
  postings: Record<string, { blocks: string[]; wrong?: Record<string, string> }>;
};

describe.skipIf(!existsSync(CORPUS))('roles of real postings (hand-checked)', () => {
  for (const [file, expected] of Object.entries(fixture.postings)) {
    it(file, () => {
      const a = analyze(readFileSync(`${CORPUS}/${file}`, 'utf8'));
      const got = a.blocks
        .map((b) => `${b.lineFrom + 1} ${b.role}`)
        .filter((b) => !(b.split(' ')[0] in (expected.wrong ?? {})));
      const want = expected.blocks.filter((b) => !(b.split(' ')[0] in (expected.wrong ?? {})));
      expect(got).toEqual(want);
    });
  }
});
