// Tests for src/context/jurisdiction/ (through src/context/jurisdiction.ts). Every input here is written for these
// tests (no corpus text).
import { rmSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  explainJurisdiction,
  inferJurisdiction,
  loadJurisdictionData,
  type JurisdictionCode,
} from '../../src/context/jurisdiction.js';
import { LEXICON_DIR, LexiconError } from '../../src/lexicon/yaml.js';
import { analyze } from '../../src/text/analyze.js';
import { wordOf } from '../../src/text/tokens.js';
import { cacheSizes } from '../../src/util/cache.js';

/** Asserts the code, and that the evidence quotes `quote` at its offsets. */
function expectCode(text: string, code: JurisdictionCode, quote?: string): void {
  const g = inferJurisdiction(text);
  expect(g.code, JSON.stringify(explainJurisdiction(text).scores)).toBe(code);
  expect(g.evidence).toBeDefined();
  expect(text.slice(g.evidence!.start, g.evidence!.end)).toBe(g.evidence!.text);
  if (quote !== undefined) expect(g.evidence!.text).toBe(quote);
  expect(g.confidence).toBeGreaterThan(0);
  expect(g.confidence).toBeLessThanOrEqual(1);
}

function expectUnsure(text: string): void {
  const g = inferJurisdiction(text);
  expect(g.code, JSON.stringify(explainJurisdiction(text).scores)).toBeNull();
  expect(g.evidence).toBeUndefined();
  expect(g.confidence).toBe(0);
}

describe('location lines', () => {
  it('reads French and English labels', () => {
    expectCode('Préposé à l’entretien\nLieu : Sherbrooke\n\nNous cherchons une personne fiable.', 'QC', 'Sherbrooke');
    expectCode('Caissier\nLieu de travail : Trois-Rivières\n', 'QC', 'Trois-Rivières');
    expectCode('Commis\nVille : Rimouski\nHoraire : jour', 'QC', 'Rimouski');
    expectCode('Adresse : 200, boulevard des Érables, Drummondville\n', 'QC', 'Drummondville');
    expectCode('Warehouse associate\nLocation: Kelowna\n\nWe are hiring.', 'BC', 'Kelowna');
    expectCode('Cashier\nWork Location: Moncton\n', 'NB', 'Moncton');
  });

  it('reads markdown and run-together fields', () => {
    expectCode('# Cook\n\n- **Lieu :** Gatineau\n- **Horaire :** soir', 'QC', 'Gatineau');
    expectCode('**Team:** Sales **Location:** Saskatoon\n', 'SK', 'Saskatoon');
  });

  it('reads a label alone on its line as the head of the next line', () => {
    expectCode('Baker\n\nLocation\nLethbridge\n\nEarly shifts.', 'AB', 'Lethbridge');
  });

  it('weighs a location line above mentions elsewhere', () => {
    const text = 'Analyst\nLocation: Calgary\n\nOur head office is in Toronto and we have a team in Montréal.';
    expectCode(text, 'AB', 'Calgary');
  });

  it('ignores location lines that name no place', () => {
    expectUnsure('Driver\nWork Location: In person\n\nDeliveries all day.');
    expectUnsure('Driver\nLocation: ON THE ROAD\n');
  });

  it('reads province abbreviations on a location line', () => {
    expectCode('Clerk\nLocation: AB\n', 'AB', 'AB');
    expectCode('Clerk\nLocation: Various locations, MB\n', 'MB', 'MB');
    expectCode('Commis\nLieu : Saint-Zotique, Qc\n', 'QC', 'Qc');
    expectCode('Commis\nLieu : Nelson, C.-B.\n', 'BC', 'C.-B.');
  });
});

describe('postal codes', () => {
  it('maps the first letter to the province, with or without a space', () => {
    expectCode('Apply at 55 Main Street, Sudbury P3A 1A1', 'ON', 'P3A 1A1');
    expectCode('Envoyez votre CV : 123 rue Principale, G5L9Z9', 'QC', 'G5L9Z9');
    expectCode('Office: 10 King Rd, Regina S4P 3Y2', 'SK', 'S4P 3Y2');
    expectCode('Drop by 40 Water St, B3J 1A1', 'NS', 'B3J 1A1');
    expectCode('Mail: PO Box 9, A1C 5M2', 'NL', 'A1C 5M2');
    expectCode('Apply: 1 Queen St, C1A 4A1', 'PE', 'C1A 4A1');
    expectCode('Apply: 2 Front St, Y1A 2B3', 'YT', 'Y1A 2B3');
    expectCode('Apply: 3 Lake Rd, X1A 2P8', 'NT', 'X1A 2P8');
    expectCode('Apply: Box 10, X0A 0H0', 'NU', 'X0A 0H0');
  });

  it('rejects invalid letters and codes inside longer words', () => {
    expectUnsure('Reference D1A 1A1 and W2B 2C3.');
    expectUnsure('Part number XM5V2T6Q.');
  });

  it('reads a code glued to its province by a scraper', () => {
    const text = 'Welder\nLocation: 10 - 5 Street NE, Red Deer, ABT4N 1A1\n';
    expectCode(text, 'AB', 'T4N 1A1');
  });

  it('points at the code in the original text', () => {
    const text = 'Titre\n\nPour postuler : 1000, rue Wellington, Montréal (Québec) H3C 1V4.';
    const g = inferJurisdiction(text);
    expect(g.code).toBe('QC');
    expect(g.evidence).toEqual({ text: 'H3C 1V4', start: text.indexOf('H3C'), end: text.indexOf('H3C') + 7 });
  });
});

describe('province names and abbreviations', () => {
  it('reads full names in both languages', () => {
    expectCode('Emploi saisonnier en Colombie-Britannique, hébergement fourni.', 'BC', 'Colombie-Britannique');
    expectCode('Seasonal work in British Columbia, housing provided.', 'BC', 'British Columbia');
    expectCode('Poste basé en Nouvelle-Écosse.', 'NS', 'Nouvelle-Écosse');
    expectCode('Join our team in New Brunswick!', 'NB', 'New Brunswick');
    expectCode('Nous recrutons au Québec pour la saison estivale.', 'QC', 'Québec');
    expectCode('We are hiring in Quebec for the summer.', 'QC', 'Quebec');
  });

  it('counts an abbreviation only where an address puts it', () => {
    expectCode('We are a bakery in Kanata, ON and we are hiring.', 'ON', 'ON');
    expectCode('Boulangerie à Magog, QC, on embauche.', 'QC', 'QC');
    expectUnsure('Work ON your own schedule. QA/QC experience is an asset. BC or AB blood types welcome.');
  });

  it('lets the abbreviation confirm an unlisted small town', () => {
    expectCode('Camp counsellor\nLocation: Tiny Creek, ON\n', 'ON', 'ON');
  });

  it('reads "City (Province)", the Québec address style', () => {
    expectCode('Bureau situé à Granby (Québec).', 'QC', 'Québec');
  });
});

describe('cities', () => {
  it('finds cities of each province', () => {
    expectCode('Rejoignez notre équipe de Longueuil!', 'QC', 'Longueuil');
    expectCode('Entrepôt à Saint-Jérôme, quart de soir.', 'QC', 'Saint-Jérôme');
    expectCode('Entrepôt à St-Jérôme, quart de soir.', 'QC', 'St-Jérôme');
    expectCode('Notre usine de Val-d’Or recrute.', 'QC', 'Val-d’Or');
    expectCode('Join our Mississauga warehouse.', 'ON', 'Mississauga');
    expectCode('Our Thunder Bay clinic is growing.', 'ON', 'Thunder Bay');
    expectCode('Our Kamloops store is hiring.', 'BC', 'Kamloops');
    expectCode('Our Edmonton office is hiring.', 'AB', 'Edmonton');
    expectCode('Our Winnipeg plant is hiring.', 'MB', 'Winnipeg');
    expectCode('Notre bureau de Fredericton embauche.', 'NB', 'Fredericton');
    expectCode('Our St. John’s office is hiring.', 'NL', 'St. John’s');
    expectCode('Our Saint John office is hiring.', 'NB', 'Saint John');
    expectCode('Our Charlottetown office is hiring.', 'PE', 'Charlottetown');
    expectCode('Our Whitehorse office is hiring.', 'YT', 'Whitehorse');
    expectCode('Our Yellowknife office is hiring.', 'NT', 'Yellowknife');
    expectCode('Our Iqaluit office is hiring.', 'NU', 'Iqaluit');
  });

  it('does not read lower-case common words as places outside a location line', () => {
    expectUnsure('Nice to have: a sense of humour. Mind the gap. Hope to meet you.');
  });

  it('needs a capital outside a location line, not on it', () => {
    expectUnsure('we ship to montreal and toronto customers');
    expectCode('Chauffeur\nlieu : montréal\n', 'QC', 'montréal');
  });
});

describe('ambiguous places', () => {
  it('London: Ontario with a province, elsewhere with a country', () => {
    expectCode('Nurse\nLocation: London, ON\n', 'ON');
    expectCode('Nurse\nLocation: London, Ontario\n', 'ON');
    expectUnsure('Nurse\nLocation: London, UK\n');
    expectUnsure('Nurse\nLocation: London\nSalary: £32,000');
    expectUnsure('We have offices in London and Sydney.');
  });

  it('Richmond: British Columbia; Richmond Hill: Ontario; Richmond, VA: elsewhere', () => {
    expectCode('Server\nLocation: Richmond\n', 'BC', 'Richmond');
    expectCode('Server\nLocation: Richmond, BC\n', 'BC');
    expectCode('Server\nLocation: Richmond Hill\n', 'ON', 'Richmond Hill');
    expectCode('Our Richmond Hill store needs a cashier.', 'ON', 'Richmond Hill');
    expectUnsure('Server\nLocation: Richmond, VA\n');
  });

  it('Victoria and Hamilton need a location line or a province', () => {
    expectCode('Clerk\nLocation: Victoria, BC\n', 'BC');
    expectCode('Clerk\nLocation: Victoria\n', 'BC', 'Victoria');
    expectUnsure('Ask for Victoria at the front desk.');
    expectCode('Our Hamilton, ON warehouse is hiring.', 'ON', 'ON');
    expectUnsure('Please contact Hamilton Smith.');
    expectUnsure('Clerk\nLocation: Hamilton, OH 45011\n');
  });

  it('Victoriaville is not Victoria', () => {
    expectCode('Usine de Victoriaville.', 'QC', 'Victoriaville');
  });

  it('Québec, the province or the city, is QC', () => {
    expectCode('Emploi à Québec, dans le quartier Saint-Roch.', 'QC');
    expectCode('Job in Québec City.', 'QC', 'Québec City');
    expectCode('Lieu : Ville de Québec', 'QC', 'Ville de Québec');
  });

  it('Laval is QC unless France says otherwise', () => {
    expectCode('Préposé\nLieu : Laval\n', 'QC', 'Laval');
    expectCode('Magasinier (H/F)\nLieu : 53 - LAVAL\nContrat : CDI\nSalaire : 1 900 € brut', 'FR', '53 - LAVAL');
    expectCode('Magasinier\nAdresse : 12 rue de la Gare, 53000 Laval', 'FR', '53000 ');
    expectCode('Magasinier à Laval (53). CDI, salaire en euros.', 'FR', '(53)');
  });

  it('conflicting French and Québec evidence of equal weight is unsure', () => {
    expectUnsure('Poste à Laval.\nCDI.');
  });
});

describe('France', () => {
  it('reads France Travail location lines', () => {
    expectCode(
      'ASSISTANT COMPTABLE (H/F)\nEntreprise: EXEMPLE SA\nLieu: 69 - Villeurbanne\nContrat: CDI',
      'FR',
      '69 - Villeurbanne',
    );
    expectCode('Vendeur\nLieu: 2A - AJACCIO\n', 'FR', '2A - AJACCIO');
    expectCode('Vendeur\nLieu : 974 - SAINT PIERRE\n', 'FR');
  });

  it('reads French markers and cities', () => {
    expectCode('Vendeur H/F en CDI, salaire 2 000 € brut mensuel, à Lyon.', 'FR');
    expectCode('Poste en CDD de 6 mois, tickets restaurant, RTT.', 'FR');
    expectCode('Nous recrutons en France pour nos agences.', 'FR', 'France');
  });

  it('a Canadian street number is not a département', () => {
    expectCode('Welder\nLocation: 12345 - 67 Avenue, Edmonton, AB\n', 'AB');
  });
});

describe('Canada as a whole', () => {
  it('answers CA when only Canada is named', () => {
    expectCode('Developer (remote)\nLocation: Canada\n', 'CA', 'Canada');
    expectCode('This role can be done from anywhere in Canada.', 'CA', 'from anywhere in Canada');
    expectCode('Poste en télétravail, partout au Canada.', 'CA', 'partout au Canada');
    expectCode('Support agent - Remote (Canada)', 'CA', 'Remote (Canada)');
  });

  it('a Canada-wide job stays CA when a head office is mentioned', () => {
    expectCode('Analyst - Remote, Canada\n\nOur head office is in Toronto.', 'CA');
  });

  it('a province named more strongly than Canada wins', () => {
    expectCode('Clerk\nLocation: Toronto, Ontario, Canada\n', 'ON');
    expectCode('Clerk\nLocation: Sharon, CA\n\nOur museum is north of Toronto, Ontario.', 'ON');
    expectCode('We are a Montréal, Canada startup.', 'QC', 'Montréal');
  });
});

describe('conflicts and nothing found', () => {
  it('returns null with no location at all', () => {
    expectUnsure('Dishwasher\n\nWe need someone reliable, available evenings and weekends.\nNo experience required.');
    expectUnsure('');
  });

  it('returns null when provinces conflict without a clear winner', () => {
    expectUnsure('Offices in Toronto and Vancouver.');
    expectUnsure('Clerk\nLocation: Calgary\nLocation: Ottawa\n');
    expectUnsure('Capacité à se déplacer au Québec et en Ontario.');
  });

  it('several cities of one province in one sentence count once', () => {
    expectUnsure('Nos bureaux : Ottawa, Toronto, Kitchener et Montréal.');
  });

  it('a clear winner beats a passing mention', () => {
    expectCode('Clerk\nLocation: Halifax, NS B3H 1A1\n\nSome of our clients are in Ontario.', 'NS', 'B3H 1A1');
  });

  it('other countries give null, not a province', () => {
    expectUnsure('Engineer\nLocation: Seattle, WA 98101\n');
    expectUnsure('Engineer\nLocation: Sydney NSW 2000\n');
    expectUnsure('Ingénieur\nLieu : Genève, Suisse\n');
    expectUnsure('Conseiller (H/F)\nLieu : Bruxelles\nContrat : CDI');
    expectUnsure('Developer\nLocation: Remote (US)\n');
  });

  it('a phrase that is not a place mutes its province on the line', () => {
    const clause = 'Preference goes to veterans, except for a job in Nunavut, where Nunavut Inuit are appointed first.';
    expectCode(`Analyst\n\nThe job can be done anywhere in Canada.\n${clause}`, 'CA');
    expectUnsure(`Analyst\n\n${clause}`);
  });
});

describe('telephone area codes', () => {
  it('count as a city would', () => {
    expectCode('Appelez-nous au 514-555-0199.', 'QC', '514-555-0199');
    expectCode('Call (604) 555-0199 to apply.', 'BC', '(604) 555-0199');
    expectUnsure('Call 1-800-555-0199 to apply.');
  });
});

describe('offsets', () => {
  it('point at the evidence with CRLF line endings and accents before it', () => {
    const text = 'Poste : électricien·ne\r\nÉmployeur : Électro inc.\r\nLieu de travail : Saint-Hyacinthe\r\n';
    const g = inferJurisdiction(text);
    expect(g.code).toBe('QC');
    expect(g.evidence).toEqual({
      text: 'Saint-Hyacinthe',
      start: text.indexOf('Saint-Hyacinthe'),
      end: text.indexOf('Saint-Hyacinthe') + 15,
    });
  });

  it('point at the evidence after expanded characters (œ, ligatures)', () => {
    const text = 'Cœur de l’équipe — œuvre sociale\nLieu : Rouyn-Noranda';
    const g = inferJurisdiction(text);
    expect(g.evidence?.start).toBe(text.indexOf('Rouyn'));
    expect(g.evidence?.text).toBe('Rouyn-Noranda');
  });

  it('explainJurisdiction lists every piece with its offsets', () => {
    const text = 'Cook\nLocation: Banff, AB T1L 1A1\nCall 403-555-0199';
    const { scores, evidence } = explainJurisdiction(text);
    expect(scores.AB).toBeGreaterThan(20);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.map((e) => e.text)).toEqual(['T1L 1A1', 'AB', 'Banff', '403-555-0199']);
  });
});

describe('linear time', () => {
  it('finishes on long inputs and adversarial long lines (speed is measured by npm run bench)', () => {
    const line = 'Offices in Montréal, QC and Toronto, ON; call 514-555-0199; CDI H/F €; Lieu: ';
    const big = `${line.repeat(5000)}\n`.repeat(4);
    const worst = `${'Laval (53) , ON '.repeat(20000)}${'a'.repeat(200000)}`;
    expect(inferJurisdiction(big).code).toBeNull();
    expect(inferJurisdiction(worst).code).not.toBe('QC');
  });
});

describe('lexicon', () => {
  it('the shipped lexicon is valid and lists the cities the brief names', () => {
    const data = loadJurisdictionData();
    const places = new Map(data.places.map(([p, c]) => [p, c]));
    for (const city of [
      'Montréal',
      'Laval',
      'Gatineau',
      'Saguenay',
      'Sept-Îles',
      'Boucherville',
      'Brossard',
      'Joliette',
    ])
      expect(places.get(city)).toBe('QC');
    for (const city of ['Toronto', 'Ottawa', 'Brampton', 'Oakville', 'Guelph', 'Thunder Bay'])
      expect(places.get(city)).toBe('ON');
    for (const city of ['Vancouver', 'Surrey', 'Burnaby', 'Nanaimo', 'Prince George'])
      expect(places.get(city)).toBe('BC');
  });

  it('errors name the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobaudit-juris-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bad = (yaml: string, message: RegExp, line: number): void => {
      const file = join(dir, `j${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(file, yaml);
      try {
        loadJurisdictionData(file);
        expect.unreachable('should have failed');
      } catch (e) {
        expect(e).toBeInstanceOf(LexiconError);
        expect((e as LexiconError).line).toBe(line);
        expect((e as Error).message).toMatch(message);
      }
    };
    bad('jurisdictions:\n  ZZ:\n    cities: [Nowhere]\n', /unknown jurisdiction "ZZ"/, 2);
    bad('jurisdictions:\n  QC:\n    towns: [Laval]\n', /unknown list "towns"/, 3);
    bad(
      'jurisdictions:\n  QC:\n    cities:\n      - Laval\n  FR:\n    cities:\n      - Laval\n',
      /"Laval" is already listed/,
      7,
    );
    bad('jurisdictions:\n  QC:\n    area-codes: [51]\n', /area code is 3 digits/, 3);
    bad('places: []\n', /unknown group "places"/, 1);
    bad('same-words:\n  St: Saint\n  Mt: Mount Royal\n', /must be one word/, 3);
    bad('common-words: [a, the, "de la"]\n', /a common word must be one word/, 1);
  });

  it('the lexicon file does not hold corpus paths or long quotes', () => {
    const text = readFileSync(join(LEXICON_DIR, 'jurisdictions.yaml'), 'utf8');
    expect(text).not.toMatch(/corpus\/postings/);
  });
});

describe('inferJurisdiction with the analysis of the text', () => {
  const samples = ['fr', 'en'].flatMap((d) => readdirSync(join('samples', d)).map((f) => join('samples', d, f)));
  const extra = [
    'Préposé(e) à l’entretien\nLieu de travail :\nGatineau (Québec) J8T 4K1\nTél. : 819 555-0199',
    '**Department:** Sales **Location:** Laval\r\nSalary: $20/h\r\nOffice at 100 King St W, Toronto, ON M5X 1A9',
    'Agent de service H/F\nCDI, 35 h, Bac+2\nLieu : 69 - Villeurbanne\nSalaire : 1 900 € brut par mois',
    'Cashier\nJob location: Regina, Sask.\nThe Pas office, Qc, Ste-Foy and Saint-Jean-sur-Richelieu',
  ];
  it('answers as it does from the text alone (the analysis only spares folding and cutting again)', () => {
    for (const text of [...samples.map((f) => readFileSync(f, 'utf8')), ...extra]) {
      expect(inferJurisdiction(text, analyze(text)), text.slice(0, 40)).toEqual(inferJurisdiction(text));
    }
  });
  it('explains from the analysis as from the text, and keeps what it learns of words out of the shared Word', () => {
    const text = extra[3];
    expect(explainJurisdiction(text, analyze(text))).toEqual(explainJurisdiction(text));
    expect(Object.keys(wordOf('regina')).sort()).toEqual(['id', 'norm', 'num', 'vote']);
    expect(cacheSizes().find((c) => c.name === 'jurisdiction.word')?.size).toBeGreaterThan(0);
  });
  it('refuses the analysis of another text', () => {
    expect(() => inferJurisdiction('Laval, QC', analyze('Toronto, ON'))).toThrow(/another text/);
  });
});

describe('lines read for evidence (what announces a place, an abbreviation or a marker)', () => {
  const codes = (text: string) => explainJurisdiction(text).evidence.map((e) => `${e.code}:${e.text}`);
  it('reads a line whose only evidence is a run of capitals that is an abbreviation or a marker', () => {
    expect(codes('Plongeur recherché\nBureau de Sherbrooke, QC\nBonne ambiance')).toContain('QC:QC');
    expect(codes('Commis\nPoste en CDI\nAmbiance')).toContain('FR:CDI');
    expect(codes('Commis\nRémunération au SMIC\nAmbiance')).toContain('FR:SMIC');
  });
  it('reads "H/F", a marker no run of capitals announces, and places of single letters spaced out', () => {
    expect(codes('Agent d’entretien H/F\nAmbiance')).toContain('FR:H/F');
    expect(codes('Warehouse work\nOffices in the U S A\nGreat team').some((e) => e.startsWith('elsewhere:'))).toBe(
      true,
    );
    expect(codes('Cook\nOur kitchen on P E I\nGreat team')).toContain('PE:P E I');
  });
  it('reads a line whose only evidence is a telephone number, or a short number beside a place', () => {
    expect(codes('Commis\nPour postuler : 514 555-0199\nAmbiance')).toContain('QC:514 555-0199');
    expect(codes('Agent\nAdresse : 53000 Laval\nAmbiance').some((e) => e.startsWith('FR:'))).toBe(true);
    expect(codes('Salaire : 45 000 $ par année, 2024-2025')).toEqual([]);
  });
  it('skips acronyms that are no abbreviation, yet reads an abbreviation beside them', () => {
    expect(codes('DEP en électricité, carte RBQ et CNESST')).toEqual([]);
    expect(codes('DEP en électricité, Laval QC H7N 1A1')).toContain('QC:H7N 1A1');
  });
});
