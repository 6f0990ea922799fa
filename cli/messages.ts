// Every text the dpia command prints, in French and English.
import type { Language } from '../core/model/localized.ts';

const en = {
  description: 'Impact assessments (DPIA) of urban supervision centres: create, check, export.',
  helpOption: 'display help for command',
  versionOption: 'output the version number',
  helpCommand: 'display help for a command',
  forceOption: 'replace the output file if it already exists',
  newDescription: 'create a blank assessment from a template',
  templateOption: 'template id (see "dpia templates")',
  outputOption: '.dpia file to create',
  titleOption: 'title of the assessment',
  langOption: 'language of the document: fr or en',
  exampleDescription: 'write the built-in example (fictional town of Valmont-sur-Escaut)',
  largeOption: 'the benchmark reference assessment (361 cameras, 25 risks, 60 measures)',
  validateDescription: 'check that a .dpia file is readable, complete and intact',
  templatesDescription: 'list the built-in templates and those in the user folder',
  templatesDirOption: 'user templates folder',
  fileArgument: 'the .dpia file',
  created: (file: string) => `Created: ${file}`,
  valid: 'Valid document.',
  summary: {
    title: 'Title',
    organisation: 'Organisation',
    status: 'Status',
    format: 'Format',
    template: 'Template',
    answers: 'Answers',
    required: 'required questions answered',
    cameras: 'Cameras',
    risks: 'Risks',
    measures: 'Measures',
    attachments: 'Attachments',
    signed: 'Signed',
    yes: 'yes',
    no: 'no',
    migrated: (from: number) => `migrated from format ${from}`,
  },
  builtin: 'built-in',
  user: 'user',
  noUserTemplates: (dir: string) => `No user templates in ${dir}.`,
  invalidUserTemplate: (file: string, reason: string) => `Skipped: ${file} — ${reason}`,
  unexpected: (detail: string) => `Unexpected error: ${detail} (run again with DPIA_DEBUG=1 for details).`,
  usage: (detail: string) => `Wrong usage: ${detail} (see "dpia --help").`,
};

export type CliText = typeof en;

const fr: CliText = {
  description: 'Analyses d’impact (AIPD) de centres de supervision urbaine : créer, vérifier, exporter.',
  helpOption: 'afficher l’aide de la commande',
  versionOption: 'afficher la version',
  helpCommand: 'afficher l’aide d’une commande',
  forceOption: 'remplacer le fichier de sortie s’il existe déjà',
  newDescription: 'créer une AIPD vierge à partir d’un modèle',
  templateOption: 'identifiant du modèle (voir « dpia templates »)',
  outputOption: 'fichier .dpia à créer',
  titleOption: 'titre de l’AIPD',
  langOption: 'langue du document : fr ou en',
  exampleDescription: 'écrire l’exemple intégré (commune fictive de Valmont-sur-Escaut)',
  largeOption: 'l’évaluation de référence des bancs d’essai (361 caméras, 25 risques, 60 mesures)',
  validateDescription: 'vérifier qu’un fichier .dpia est lisible, complet et intact',
  templatesDescription: 'lister les modèles intégrés et ceux du dossier utilisateur',
  templatesDirOption: 'dossier des modèles utilisateur',
  fileArgument: 'le fichier .dpia',
  created: (file: string) => `Créé : ${file}`,
  valid: 'Document valide.',
  summary: {
    title: 'Titre',
    organisation: 'Organisme',
    status: 'Statut',
    format: 'Format',
    template: 'Modèle',
    answers: 'Réponses',
    required: 'questions obligatoires renseignées',
    cameras: 'Caméras',
    risks: 'Risques',
    measures: 'Mesures',
    attachments: 'Pièces jointes',
    signed: 'Signé',
    yes: 'oui',
    no: 'non',
    migrated: (from: number) => `migré depuis le format ${from}`,
  },
  builtin: 'intégré',
  user: 'utilisateur',
  noUserTemplates: (dir: string) => `Aucun modèle utilisateur dans ${dir}.`,
  invalidUserTemplate: (file: string, reason: string) => `Ignoré : ${file} — ${reason}`,
  unexpected: (detail: string) =>
    `Erreur inattendue : ${detail} (relancez avec DPIA_DEBUG=1 pour le détail).`,
  usage: (detail: string) => `Utilisation incorrecte : ${detail} (voir « dpia --help »).`,
};

export const CLI_TEXT: Record<Language, CliText> = { fr, en };

/** The language of the person at the terminal: DPIA_LANG, then the locale variables. */
export function terminalLanguage(env: NodeJS.ProcessEnv): Language {
  const value = env.DPIA_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
