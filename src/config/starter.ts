// The starter configuration that `jobaudit init` writes: every key, with its default or a commented example.
import type { Lang } from '../types.js';
import { DEFAULT_TOO_MANY_REQUIREMENTS } from './schema.js';

export type StarterFormat = 'json' | 'yaml';

/** The file `jobaudit init` writes for a format. */
export function starterFileName(format: StarterFormat): string {
  return format === 'json' ? '.jobauditrc.json' : '.jobauditrc.yaml';
}

const YAML: Record<Lang, string> = {
  en: `# jobaudit configuration. Every key is optional; see docs/configuration.md.
# jobaudit uses the configuration file nearest to each posting (searching from its folder upwards);
# files in parent folders are not merged into it.

# Severity of each rule: off, info, warning or error. Every finding of the rule then takes this
# severity. "jobaudit rules" lists the rule ids.
rules:
  # language/second-language: error
  # pay/undisclosed: off

# Where the jobs are: QC, ON, BC, AB, MB, SK, NS, NB, NL, PE, YT, NT, NU, CA (Canada), FR (France),
# or none (no jurisdiction). Left out: inferred from each posting.
# jurisdiction: QC

# Language of the messages: fr or en. Left out: each posting's own language.
# locale: fr

# Audit date, YYYY-MM-DD (rules whose law starts on a date use it). Left out: today.
# date: "2025-06-01"

# The lowest severity that makes "jobaudit check" exit with code 1: error, warning or info.
failOn: error

# Exit with code 1 when there are more warnings than this. Left out: no limit.
# maxWarnings: 0

# How many requirements make a list too long (rule requirements/too-many).
tooManyRequirements: ${DEFAULT_TOO_MANY_REQUIREMENTS}

# Accepted phrases, per rule: a finding whose quoted text holds one of them is not reported
# (case and accents ignored), so an accepted wording passes while new hits still fail.
allow:
  # language/second-language:
  #   - bilingue

# Extra lexicon files (paths relative to this file), checked like the shipped lexicons.
lexicons:
  # - file: lexicons/our-terms.fr.yaml
  #   lang: fr

# Postings to skip, gitignore-style, relative to this file (a .jobauditignore file works too).
ignorePatterns:
  # - archive/**
  # - "!archive/current/**"

# Inline directives must give a reason after " -- ":
#   <!-- jobaudit-disable-next-line licence/driver -- deliveries between our two stores -->
requireReason: false

# Report inline directives that suppress nothing (jobaudit/unused-directive).
reportUnusedDirectives: false
`,
  fr: `# Configuration de jobaudit. Toutes les clés sont facultatives ; voir docs/configuration.md.
# jobaudit utilise le fichier de configuration le plus proche de chaque offre (en remontant depuis son
# dossier) ; les fichiers des dossiers parents ne s'y ajoutent pas.

# Sévérité de chaque règle : off, info, warning ou error. Chaque constat de la règle prend alors cette
# sévérité. « jobaudit rules » donne la liste des règles.
rules:
  # language/second-language: error
  # pay/undisclosed: off

# Où sont les emplois : QC, ON, BC, AB, MB, SK, NS, NB, NL, PE, YT, NT, NU, CA (Canada), FR (France),
# ou none (aucun). Si absent : déduit de chaque offre.
# jurisdiction: QC

# Langue des messages : fr ou en. Si absent : la langue de chaque offre.
# locale: fr

# Date de l'audit, AAAA-MM-JJ (pour les règles dont la loi entre en vigueur à une date). Si absent : aujourd'hui.
# date: "2025-06-01"

# La sévérité la plus basse qui fait sortir « jobaudit check » avec le code 1 : error, warning ou info.
failOn: error

# Sortir avec le code 1 s'il y a plus d'avertissements que ce nombre. Si absent : aucune limite.
# maxWarnings: 0

# Nombre d'exigences à partir duquel la liste est trop longue (règle requirements/too-many).
tooManyRequirements: ${DEFAULT_TOO_MANY_REQUIREMENTS}

# Formulations acceptées, par règle : un constat dont l'extrait en contient une n'est pas signalé
# (sans égard à la casse ni aux accents) ; les nouveaux cas échouent toujours.
allow:
  # language/second-language:
  #   - bilingue

# Lexiques supplémentaires (chemins relatifs à ce fichier), validés comme ceux fournis.
lexicons:
  # - file: lexiques/nos-termes.fr.yaml
  #   lang: fr

# Offres à ignorer, syntaxe .gitignore, relatives à ce fichier (un fichier .jobauditignore fonctionne aussi).
ignorePatterns:
  # - archives/**
  # - "!archives/en-cours/**"

# Les directives dans le texte doivent donner une raison après « -- » :
#   <!-- jobaudit-disable-next-line licence/driver -- livraisons entre nos deux magasins -->
requireReason: false

# Signaler les directives qui ne masquent rien (jobaudit/unused-directive).
reportUnusedDirectives: false
`,
};

/**
 * A starter configuration: YAML commented in the given language, or JSON (which has no comments) with the
 * defaults written out. Both load as the default configuration.
 */
export function starterConfig(format: StarterFormat, locale: Lang = 'en'): string {
  if (format === 'yaml') return YAML[locale];
  const json = {
    rules: {},
    failOn: 'error',
    tooManyRequirements: DEFAULT_TOO_MANY_REQUIREMENTS,
    allow: {},
    lexicons: [],
    ignorePatterns: [],
    requireReason: false,
    reportUnusedDirectives: false,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
