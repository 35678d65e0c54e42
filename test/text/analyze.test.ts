import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('sections', () => {
  const fr = [
    'Préposé(e) à l’entretien',
    '',
    'Description du poste',
    '- Nettoyer les chambres',
    '',
    'Profil recherché :',
    '- Bilinguisme',
    '',
    'Atouts',
    '- Permis de conduire',
    '',
    'Ce que nous offrons',
    '- Uniformes fournis',
  ].join('\n');

  it('recognises French headings and gives each line its section', () => {
    const a = analyze(fr);
    expect(a.lines[lineOf(fr, 'Description du poste')].heading).toBe('duties');
    expect(a.lines[lineOf(fr, '- Nettoyer')].section).toBe('duties');
    expect(a.lines[lineOf(fr, '- Bilinguisme')].section).toBe('requirements');
    expect(a.lines[lineOf(fr, '- Permis')].section).toBe('assets');
    expect(a.lines[lineOf(fr, '- Uniformes')].section).toBe('offer');
  });

  it('recognises English headings, with extra words around the phrase', () => {
    const en =
      'Cook\n\nPosition Responsibilities:\n- Prep food\n\nNice to have\n- Food handler card\n\n## Requirements\n- 2 years of experience\n';
    const a = analyze(en);
    expect(a.lines[lineOf(en, '- Prep')].section).toBe('duties');
    expect(a.lines[lineOf(en, '- Food handler')].section).toBe('assets');
    expect(a.lines[lineOf(en, '- 2 years')].section).toBe('requirements');
  });

  it('reads "Key: value" lines as a heading for that line only', () => {
    const t = 'Caissier\nScolarité : DES\nTâches\n- Accueillir les clients\n';
    const a = analyze(t);
    expect(a.lines[1].inlineHeading).toBe('requirements');
    expect(a.lines[1].section).toBe('requirements');
    expect(a.lines[3].section).toBe('duties');
  });

  it('does not take a bullet that happens to be a heading word for a heading', () => {
    const t = 'Exigences\n- Expérience\n- Bilinguisme\n';
    const a = analyze(t);
    expect(a.lines[1].heading).toBeNull();
    expect(a.lines[2].section).toBe('requirements');
  });
});

describe('language', () => {
  it('detects the posting language on the whole text, not on short segments', () => {
    const fr =
      'Plongeur\n\nNous cherchons une personne pour laver la vaisselle et garder la cuisine propre. Vous travaillerez avec une équipe accueillante dans un restaurant familial du quartier.\nBilinguisme requis\n';
    expect(analyze(fr).language).toBe('fr');
  });

  it('treats a posting with full French and English versions as French with both blocks', () => {
    const frPart =
      'Nous recherchons un préposé à l’accueil pour notre hôtel. Vous accueillerez les clients, vous répondrez au téléphone et vous gérerez les réservations avec soin. Vous travaillerez de jour et vous serez formé par notre équipe.';
    const enPart =
      'We are looking for a front desk clerk for our hotel. You will welcome guests, answer the phone and manage the bookings with care. You will work days and you will be trained by our team on the job.';
    const t = `Préposé à l'accueil / Front desk clerk\n\n${frPart}\n\n${enPart}\n`;
    const a = analyze(t);
    expect(a.bilingual).toBe(true);
    expect(a.language).toBe('fr');
    expect(a.lines[lineOf(t, 'We are')].lang).toBe('en');
    expect(a.lines[lineOf(t, 'Nous recherchons')].lang).toBe('fr');
  });
});
