// What a posting's title carries besides the job: schedule, contract, place, level, ids, gender marks.
// `titleQueries` cuts a title into the parts worth matching against NOC titles, as word-key lists.
import { fold } from '../text/normalize.js';
import { keys, neutralize, STOPWORDS, words } from './occupation-text.js';

/**
 * Word sequences dropped from a title (folded words, matched whole). Kept general: schedules, contracts,
 * seniority, student status, recruiting words, gender marks, and the most common Canadian place names.
 */
const NOISE_PHRASES: string[] = [
  // schedule and contract
  'temps plein', 'temps partiel', 'plein temps', 'temps complet', 'temps pleins', 'a temps', 'full time', 'part time', 'fulltime',
  'parttime', 'ft', 'pt', 'permanent', 'permanente', 'temporaire', 'temporary', 'temp', 'contractuel', 'contractuelle',
  'contrat', 'contract', 'cdi', 'cdd', 'interim', 'casual', 'occasionnel', 'occasionnelle', 'sur appel', 'on call',
  'saisonnier', 'saisonniere', 'seasonal', 'remplacement', 'de jour', 'de soir', 'de nuit',
  'jour', 'soir', 'nuit', 'day', 'days', 'night', 'nights', 'evening', 'evenings', 'weekend', 'weekends',
  'fin de semaine', 'fins de semaine', 'week end', 'shift', 'shifts', 'day shift', 'night shift', 'split shift', 'quart',
  'horaire flexible', 'flexible', 'hybrid', 'hybride', 'remote', 'teletravail', 'on site', 'onsite', 'in person', 'sur place',
  'month', 'months', 'mois', 'hrs', 'hours', 'heures', 'week', 'semaine', 'hr', 'h', 'semester', 'session', 'year', 'years',
  'annee', 'an', 'ans', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'janvier', 'fevrier',
  'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  // season, student, level
  'summer', 'winter', 'fall', 'spring', 'ete', 'hiver', 'automne', 'printemps', 'student', 'students', 'etudiant', 'etudiante',
  'etudiants', 'intern', 'interns', 'internship', 'stagiaire', 'stagiaires', 'stage en', 'stage de', 'stage d', 'alternance', 'co op', 'coop', 'trainee',
  'apprenti', 'apprentie', 'apprentice', 'junior', 'jr', 'senior', 'sr', 'entry level', 'debutant', 'debutante', 'new grad',
  'level', 'niveau', 'i', 'ii', 'iii', 'iv',
  // recruiting words
  'urgent', 'urgently', 'hiring', 'now hiring', 'we are hiring', 'on embauche', 'nous embauchons', 'embauche', 'recrute',
  'recrutement', 'recherche', 'recherchee', 'recherches', 'wanted', 'needed', 'required', 'requis', 'offre d emploi',
  'offre', 'emploi', 'emplois', 'job', 'jobs', 'poste', 'postes', 'position', 'positions', 'multiple positions',
  'opportunity', 'opportunite', 'immediate start', 'immediat', 'immediate', 'immediatement', 'des maintenant', 'asap',
  'bilingual', 'bilingue', 'amended', 'closing date', 'extended', 'open talent pool', 'talent pool',
  'bassin de candidatures', 'new', 'nouveau', 'plusieurs',
  // gender marks left after splitting "(H/F)", "F/H", "M/F/X"
  'h f', 'f h', 'm f', 'f m', 'h f x', 'm f x', 'x', 'homme femme', 'femme homme', 'men women',
  // places (provinces and the largest cities; other places are usually in their own part of the title)
  'qc', 'quebec', 'montreal', 'laval', 'longueuil', 'gatineau', 'sherbrooke', 'trois rivieres', 'levis', 'saguenay',
  'terrebonne', 'boucherville', 'brossard', 'ontario', 'toronto', 'ottawa', 'mississauga', 'brampton', 'hamilton',
  'london', 'markham', 'vaughan', 'kitchener', 'windsor', 'vancouver', 'surrey', 'burnaby', 'victoria', 'calgary',
  'edmonton', 'winnipeg', 'regina', 'saskatoon', 'halifax', 'moncton', 'fredericton', 'st john s', 'charlottetown',
  'canada', 'gta', 'bc', 'ab', 'sk', 'mb', 'nb', 'ns', 'pe', 'pei', 'nl', 'yt', 'nt', 'nu', 'paris', 'lyon', 'france',
  'alberta', 'british columbia', 'colombie britannique', 'saskatchewan', 'manitoba', 'nova scotia', 'nouvelle ecosse',
  'new brunswick', 'nouveau brunswick', 'newfoundland', 'labrador', 'terre neuve', 'prince edward island',
  'ile du prince edouard', 'yukon', 'nunavut', 'northwest territories', 'territoires du nord ouest',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'nord', 'sud', 'est', 'ouest',
  'region', 'grand montreal', 'greater toronto area', 'rive nord', 'rive sud', 'downtown', 'centre ville',
];

interface Node { end: boolean; next: Map<string, Node> }
const trie: Node = { end: false, next: new Map() };
for (const p of NOISE_PHRASES) {
  let n = trie;
  for (const w of p.split(' ')) {
    let m = n.next.get(w);
    if (!m) n.next.set(w, (m = { end: false, next: new Map() }));
    n = m;
  }
  n.end = true;
}

/** Abbreviations of postings, spelled out as NOC writes them. */
const ABBREVIATIONS: Record<string, string[]> = {
  hr: ['human', 'resources'], rh: ['ressources', 'humaines'], it: ['information', 'technology'],
  ti: ['technologies', 'de', 'l', 'information'], qa: ['quality', 'assurance'], admin: ['administrative'],
  adm: ['administratif'], asst: ['assistant'], mgr: ['manager'], coord: ['coordinator'], tech: ['technician'],
  dev: ['developer'], ing: ['ingenieur'], inf: ['infirmier'], ens: ['enseignant'], prog: ['programmer'],
  rep: ['representative'], repr: ['representant'], supv: ['supervisor'], sup: ['superviseur'],
};

/** Words of a title with its abbreviations spelled out ("HR Business Partner" → "human resources business partner"). */
export function expand(ws: string[]): string[] {
  return ws.flatMap((w) => ABBREVIATIONS[w] ?? [w]);
}

/** Drops noise phrases (longest match first) and words holding digits ("2", "12r", "2024", "as3"). */
export function dropNoise(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    let n: Node | undefined = trie;
    let len = 0;
    for (let j = i; j < ws.length && n; j++) {
      n = n.next.get(ws[j]);
      if (n?.end) len = j - i + 1;
    }
    if (len) { i += len; continue; }
    if (!/\d/.test(ws[i])) out.push(ws[i]);
    i++;
  }
  while (out.length && STOPWORDS.has(out[0])) out.shift();
  while (out.length && STOPWORDS.has(out[out.length - 1])) out.pop();
  // "Associate" before a title is a level ("Associate Software Developer", "Associate Dentist");
  // after one it is the job ("Warehouse Associate", "Sales Associate").
  if (out.length > 1 && (out[0] === 'associate' || out[0] === 'associe' || out[0] === 'associee')) out.shift();
  return out;
}

/**
 * One part of a title worth matching: its text (for reports), its word keys with noise dropped, and its
 * raw keys (only words with digits dropped), tried for exact matches too: the noise words are also words
 * of real titles ("Night auditor", "agent d'assurance-emploi", "Student monitor", "Senior managers").
 */
export interface TitleQuery { text: string; keys: string[]; raw: string[]; part: number }

/** Words of a folded title part that hold no digit. */
const plainWords = (s: string) => words(s).filter((w) => !/\d/.test(w));

/**
 * The parts of a title to match: each part between separators (" - ", ",", "/", "|", ":", brackets…) with
 * its noise dropped, then all parts together. "Plongeur(se) - temps partiel - Laval" → ["plongeur"];
 * "Cariste/ manutentionnaire (H/F)" → ["cariste"], ["manutentionnaire"], ["cariste", "manutentionnaire"].
 * An exclusion in brackets, "(sauf …)" or "(except …)", is dropped whole.
 */
export function titleQueries(title: string): TitleQuery[] {
  const folded = neutralize(fold(title).replace(/\((?:sauf|except|excluding|a l'exception)\b[^)]*\)/g, ' ')
    .replace(/(^|[^a-z])[hfmx]\s?\/\s?[hfmx](?:\s?\/\s?[hfmxn])?(?![a-z])/g, '$1 ') // H/F, F/H, M/F/X
    .replace(/[#*_`>]+/g, ' ').replace(/\s+/g, ' ').trim());
  const parts = folded.split(/\s[-+]\s|\s-$|^-\s|[,;:|()[\]{}!?"«»•]|\s*\/\s*|\s\.\s|\s{2,}/);
  const out: TitleQuery[] = [];
  const all: string[] = [];
  const allRaw: string[] = [];
  for (const part of parts) {
    const ws = dropNoise(expand(words(part)));
    const k = keys(ws.join(' '));
    const raw = keys(expand(plainWords(part)).join(' '));
    if (!k.length) continue;
    out.push({ text: ws.join(' '), keys: k, raw, part: out.length });
    all.push(...k);
    allRaw.push(...raw);
  }
  if (out.length > 1) out.push({ text: out.map((q) => q.text).join(' '), keys: [...new Set(all)], raw: allRaw, part: -1 });
  return out;
}
