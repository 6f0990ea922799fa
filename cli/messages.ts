// Every text the dpia command prints, in French and English.
import type { Language } from '../core/model/localized.ts';
import type { FindingSummary } from '../core/checks/summary.ts';
import { labelsIn, SEVERITIES, SEVERITY_LABELS } from '../core/model/vocabulary.ts';

/** The severities as the terminal shows them: core's words, in capitals. */
const upperLabels = (language: Language) => {
  const labels = labelsIn(SEVERITY_LABELS, language);
  return Object.fromEntries(SEVERITIES.map((s) => [s, labels[s].toUpperCase()])) as Record<
    (typeof SEVERITIES)[number],
    string
  >;
};

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
  camerasOption: 'the reference assessment with this many cameras (e.g. 5000, a metropolitan CSU)',
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
    record: 'Record entry',
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
  // ---- check, keygen, sign, verify, diff
  checkDescription:
    'list what is missing or unlawful in an assessment, with the legal source of each finding',
  checkLangOption: 'language of the findings: fr or en',
  jsonOption: 'print JSON instead of text',
  strictOption: 'exit with code 3 when any error-level finding exists',
  findingsSummary: (title: string, { error, warning, info, missingAnswers }: FindingSummary) =>
    `${title}: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} for information.` +
    (missingAnswers > 0
      ? ` Of the errors, ${missingAnswers} ${missingAnswers === 1 ? 'is a missing answer' : 'are missing answers'}.`
      : ''),
  noFindings: 'No findings.',
  severity: upperLabels('en'),
  findingSource: 'Source',
  findingWhere: 'Where',
  keygenDescription: 'create an Ed25519 key pair to sign assessments',
  keygenOutputOption: 'folder to write the key pair into (created if needed)',
  keygenCreated: 'Key pair created.',
  keygenAdvice:
    'Keep the private key to yourself; give the public key (or its fingerprint) to whoever verifies.',
  privateKey: 'Private key',
  publicKey: 'Public key',
  ownerOnly: 'readable by you only',
  signDescription: 'sign a validated assessment: records the signer, then locks the document',
  keyOption: 'private key file (PEM), as made by "dpia keygen"',
  signerOption: 'name of the signer',
  roleOption: 'role of the signer, e.g. "Mayor"',
  signedFile: (file: string) => `Signed: ${file}`,
  verifyDescription: 'check that a signed .dpia file is intact, and say who signed it',
  verifyKeyOption: 'public key file (PEM) the document must have been signed with',
  verifyExitCodes:
    'Exit codes: 0 intact and signed by a trusted key, 4 intact but the signer is not recognised, 1 broken or unsigned.',
  intact: 'Signature valid: the document is intact.',
  notIntact: (reasons: string) => `Signature NOT valid: ${reasons}`,
  signature: {
    signer: 'Signer',
    role: 'Role',
    signedAt: 'Signed at',
    contentHash: 'Content hash',
    fingerprint: 'Key fingerprint',
    trustedAs: 'Trusted as',
  },
  diffDescription:
    'compare two assessments, or two revisions of one (without a second file: list its revisions)',
  diffFirstArgument: 'the older .dpia file',
  diffSecondArgument: 'the newer .dpia file (default: the first one)',
  fromOption: 'revision of the first file to compare (id, id prefix or label)',
  toOption: 'revision of the second file to compare (id, id prefix or label)',
  revisionsOf: (file: string) => `Revisions of ${file}:`,
  noRevisions: 'No revisions.',
  noSnapshot: 'no snapshot',
  diffHint: 'Compare with: dpia diff <file> --from <revision> [--to <revision>]',
  comparing: (from: string, to: string) => `Comparing ${from} → ${to}`,
  current: 'current version',
  noDifferences: 'No differences.',
  changedFields: 'Changed fields',
  collections: {
    answers: 'Answers',
    evaluations: 'Verdicts',
    risks: 'Risks',
    measures: 'Measures',
    cameras: 'Cameras',
    attachments: 'Attachments',
  },
  counts: (added: number, changed: number, removed: number) =>
    `${added} added, ${changed} changed, ${removed} removed`,
  andMore: (count: number) => `… and ${count} more`,
  statusChanges: 'Status changes',
  exportDescription: 'export an assessment to a Word document (.docx); the .dpia is never changed',
  exportOutputOption: 'the .docx file to write (default: same name as the .dpia)',
  exportLangOption: 'language of the document: fr or en (default: the assessment’s)',
  fixDescription:
    'apply remedies to the findings of an assessment (see the remedy ids in "dpia check --json")',
  fixRemedyOption: 'remedy ids to apply, in turn',
  fixConfirmOption: 'confirm the facts that the remedies record (each says which)',
  unknownRemedy: (id: string) => `unknown remedy "${id}" (see "dpia check --json")`,
  remedyApplied: (id: string) => `Applied: ${id}`,
  fixSaved: (file: string) => `Saved: ${file}`,
  remediesLabel: 'Remedies',
  asOfOption: 'establish the findings as of this day, YYYY-MM-DD (default: today)',
  exampleAsOfOption:
    'the example’s date, YYYY-MM-DD (default: today): its prefectoral authorisations are dated from it, so the same date gives the same file',
  invalidAsOf: (value: string) => `"${value}" is not a date written YYYY-MM-DD`,
  findingsAsOf: (date: string) => `Findings established as of ${date}.`,
  // ---- upgrade
  upgradeDescription: 'carry an assessment over to a newer version of its built-in template',
  upgradeToOption: 'template version to upgrade to (default: the newest built-in one)',
  upgradeByOption: 'who upgrades (recorded in the revision)',
  upgraded: (file: string, from: string, to: string) => `Upgraded: ${file} (template ${from} → ${to})`,
  alreadyCurrent: (file: string, version: string) =>
    `Nothing to do: ${file} already uses template version ${version}.`,
  upgradeAdded: 'Questions added',
  upgradeRemoved: 'Questions removed (their answers stay in the revision)',
  upgradeReworded: 'Questions reworded (answers kept)',
  upgradeKept: (count: number) => `${count} answer${count === 1 ? '' : 's'} kept.`,
  upgradeRevision: (label: string) => `Revision recorded: ${label}`,
  exportPageNumbersOption: 'write the page numbers of the contents, from a layout of the pages (slower)',
  exportMarkingOption:
    'confidentiality marking printed in the running header, e.g. "Restricted distribution"',
  exported: (file: string, findings: number) => `Exported: ${file} (${findings} findings in the annex)`,
  statusDescription:
    'move an assessment along draft → in-review → validated | refused (sign with "dpia sign")',
  statusToOption: 'the new status',
  statusByOption: 'who makes the change (reviewer, controller)',
  statusRoleOption: 'their role, e.g. Mayor (recorded with a validation or refusal)',
  statusNoteOption: 'a note kept in the status history',
  statusConditionalOption: 'a validation conditional on the action plan',
  statusJustificationOption: 'why validating while error-level findings remain (required then; exported)',
  statusChanged: (file: string, from: string, to: string) => `${file}: ${from} → ${to}`,
  // ---- import-cnil, template, duplicate, csv
  importCnilDescription:
    'import an export of the CNIL PIA tool (its JSON, or its ZIP with the attachments) as a new assessment',
  importCnilFileArgument: 'the CNIL export (.json or .zip)',
  importCnilLangOption: 'language of the new assessment: fr or en (default fr)',
  imported: (file: string) => `Imported: ${file}`,
  templateDescription:
    'template files: export, import into the user templates folder, save an assessment as one',
  templateExportDescription:
    'write a template file: a built-in or user template by id, or the frozen template of a .dpia file',
  templateSourceArgument: 'template id, or a .dpia file',
  templateOutputOption: 'template file (.json) to write',
  templateVersionOption: 'version of a user template (default: the highest)',
  templateImportDescription: 'check a template file and copy it into the user templates folder',
  templateFileArgument: 'the template file (.json)',
  templateForceOption: 'replace a different template with the same id and version',
  templateSaveDescription: 'make a template from an assessment, with or without its answers',
  templateIdOption: 'id of the new template (lower-case letters, digits, dots, hyphens)',
  templateNewVersionOption: 'version of the new template, e.g. 1.0.0',
  templateTitleOption: 'title of the new template',
  withAnswersOption: 'keep the text answers as pre-filled answers of the template',
  templateSaveOutputOption: 'write the template to this file instead of the user templates folder',
  templateWritten: (id: string, version: string, file: string) => `Written: ${id} ${version} → ${file}`,
  templateInstalled: (id: string, version: string, file: string) => `Installed: ${id} ${version} → ${file}`,
  templateUnchanged: (id: string, version: string, file: string) =>
    `Already installed: ${id} ${version} (${file})`,
  templateReplaced: (id: string, version: string, file: string) => `Replaced: ${id} ${version} → ${file}`,
  notCarried: (ids: string) => `Not carried over (only text answers can be pre-filled): ${ids}`,
  duplicateDescription:
    'copy an assessment for another town: answers, cameras, risks and measures, with new ids; no verdicts, opinions, decision, signature or revisions',
  duplicateTitleOption: 'title of the copy',
  organisationOption: 'the other town (commune or EPCI); clears the controller and the DPO',
  keepAttachmentsOption: 'copy the attachments too (left out by default: they document the original town)',
  csvDescription:
    'export the camera inventory or the action plan as CSV (UTF-8, opens in Excel), or as .xlsx when the output ends in .xlsx',
  csvCamerasDescription: 'the camera inventory, one row per camera',
  csvActionPlanDescription: 'the action plan: planned measures, then corrective actions',
  csvOutputOption: 'file to write: .csv, or .xlsx for an Excel workbook',
  csvLangOption: 'language of the headers: fr or en (default: the assessment’s)',
  separatorOption: 'separator: ";" (default in French) or "," (default in English)',
  csvWritten: (file: string) => `Written: ${file}`,
  // ---- notice
  noticeDescription:
    'write what the public must be told: the information sign (A4 or A3) or the notice for the town’s website (Word or HTML)',
  noticeKindOption: 'sign (the information sign) or web (the notice for the town’s website)',
  noticeSizeOption: 'paper size of the sign: A4 or A3',
  noticeFormatOption: 'docx or html, for the web notice (default: from the output name, else docx)',
  noticeOutputOption: 'the file to write (default: beside the .dpia)',
  noticeLangOption: 'language of the notice: fr or en (default: the assessment’s)',
  noticeSignIsWord: 'the sign is a Word document only: use --format docx or leave it out',
  noticeExtension: (format: string) => `the output file must end in .${format}, the format written`,
  noticeWritten: (file: string) => `Written: ${file}`,
  noticeMissing: (count: number, items: string) =>
    `${count} item${count === 1 ? '' : 's'} to complete: ${items}`,
  noticeComplete: 'Nothing to complete.',
  // ---- trust list, passphrases
  trustedKeysOption: 'folder of the trust list (default: DPIA_TRUSTED_KEYS, or the application data folder)',
  trustDescription: 'the trust list: public keys whose signatures you recognise, each with a name',
  trustAddDescription: 'trust a public key (PEM), under a name, optionally until a date',
  trustPublicKeyArgument: 'the public key file (PEM), as made by "dpia keygen" or the app',
  trustNameOption: 'who the key belongs to, e.g. "Mairie de Valmont — the mayor"',
  trustUntilOption: 'last day signatures by this key are accepted (YYYY-MM-DD)',
  trustListDescription: 'list the trusted keys',
  trustRemoveDescription: 'stop trusting a key, given its fingerprint (or its first 8+ hex digits)',
  trustFingerprintArgument: 'the key fingerprint',
  trustBadDate: (value: string) => `--until expects a date as YYYY-MM-DD, not "${value}"`,
  trustAdded: (name: string, fingerprint: string) => `Trusted: ${name}\n  ${fingerprint}`,
  trustRemoved: (name: string, fingerprint: string) => `No longer trusted: ${name}\n  ${fingerprint}`,
  trustUntil: (date: string) => `until ${date}`,
  noTrustedKeys: (dir: string) => `No trusted keys in ${dir}.`,
  trustSkipped: (file: string, reason: string) => `Skipped: ${file} — ${reason}`,
  passphraseOption:
    'encrypt the private key with a passphrase (asked on the terminal when not given; or DPIA_KEY_PASSPHRASE)',
  signPassphraseOption:
    'passphrase of an encrypted private key (else DPIA_KEY_PASSPHRASE, or asked on the terminal)',
  passphrasePrompt: 'Passphrase of the private key: ',
  passphraseRepeat: 'Same passphrase again: ',
  passphraseMismatch: 'the two passphrases differ',
  passphraseNoTerminal:
    'no terminal to ask for the passphrase: give it with --passphrase or DPIA_KEY_PASSPHRASE',
  recordRow: {
    description: 'the assessment as one row of the record of processing (GDPR art. 30), CSV or .xlsx',
    outputOption: 'the file to write (.csv or .xlsx)',
    csvOption: 'CSV for Excel (UTF-8 with BOM, ;)',
    xlsxOption: 'an Excel workbook',
    done: (file: string, columns: number) => `Record row written: ${file} (${columns} columns)`,
  },
  archive: {
    description:
      'archive a signed or refused assessment: the .dpia, its Word export, a verification report and SHA256SUMS',
    outputOption: 'a folder (created, or empty) or a file ending in .zip',
    pageNumbersOption: 'write the page numbers of the Word contents (a few seconds more)',
    done: (target: string, files: number) => `Archived: ${target} (${files} files, checked by SHA256SUMS)`,
    verdict: (label: string) => `  Signature as of today: ${label}`,
    check: 'Check it later with: sha256sum -c SHA256SUMS (in the folder, or after unzipping)',
  },
  encrypted: 'encrypted with your passphrase',
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
  camerasOption: 'l’évaluation de référence avec ce nombre de caméras (par ex. 5000, un CSU de métropole)',
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
    record: 'Registre',
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
  // ---- check, keygen, sign, verify, diff
  checkDescription:
    'lister ce qui manque ou n’est pas conforme dans une AIPD, avec la source juridique de chaque constat',
  checkLangOption: 'langue des constats\u202F: fr ou en',
  jsonOption: 'écrire du JSON plutôt que du texte',
  strictOption: 'sortir avec le code 3 si un constat de niveau «\u202Ferreur\u202F» existe',
  findingsSummary: (title: string, { error, warning, info, missingAnswers }: FindingSummary) =>
    `${title}\u202F: ${error} erreur${error > 1 ? 's' : ''}${missingAnswers > 0 ? `, dont ${missingAnswers} réponse${missingAnswers > 1 ? 's' : ''} manquante${missingAnswers > 1 ? 's' : ''}` : ''}, ${warning} avertissement${warning > 1 ? 's' : ''}, ${info} pour information.`,
  noFindings: 'Aucun constat.',
  severity: upperLabels('fr'),
  findingSource: 'Source',
  findingWhere: 'Emplacement',
  keygenDescription: 'créer une paire de clés Ed25519 pour signer les AIPD',
  keygenOutputOption: 'dossier où écrire la paire de clés (créé au besoin)',
  keygenCreated: 'Paire de clés créée.',
  keygenAdvice:
    'Gardez la clé privée pour vous\u202F; donnez la clé publique (ou son empreinte) à qui vérifie.',
  privateKey: 'Clé privée',
  publicKey: 'Clé publique',
  ownerOnly: 'lisible par vous seul',
  signDescription: 'signer une AIPD validée\u202F: enregistre le signataire, puis verrouille le document',
  keyOption: 'fichier de la clé privée (PEM), créé par «\u202Fdpia keygen\u202F»',
  signerOption: 'nom du signataire',
  roleOption: 'qualité du signataire, par exemple «\u202FMaire\u202F»',
  signedFile: (file: string) => `Signé\u202F: ${file}`,
  verifyDescription: 'vérifier qu’un fichier .dpia signé est intact, et dire qui l’a signé',
  verifyKeyOption: 'fichier de la clé publique (PEM) avec laquelle le document doit avoir été signé',
  verifyExitCodes:
    'Codes de sortie\u202F: 0 intact et signé par une clé de confiance, 4 intact mais signataire non reconnu, 1 signature rompue ou absente.',
  intact: 'Signature valide\u202F: le document est intact.',
  notIntact: (reasons: string) => `Signature NON valide\u202F: ${reasons}`,
  signature: {
    signer: 'Signataire',
    role: 'Qualité',
    signedAt: 'Signé le',
    contentHash: 'Empreinte du contenu',
    fingerprint: 'Empreinte de la clé',
    trustedAs: 'Clé de confiance',
  },
  diffDescription:
    'comparer deux AIPD, ou deux révisions d’une AIPD (sans second fichier\u202F: lister ses révisions)',
  diffFirstArgument: 'le fichier .dpia le plus ancien',
  diffSecondArgument: 'le fichier .dpia le plus récent (par défaut\u202F: le premier)',
  fromOption: 'révision du premier fichier à comparer (identifiant, début d’identifiant ou nom)',
  toOption: 'révision du second fichier à comparer (identifiant, début d’identifiant ou nom)',
  revisionsOf: (file: string) => `Révisions de ${file}\u202F:`,
  noRevisions: 'Aucune révision.',
  noSnapshot: 'sans instantané',
  diffHint: 'Pour comparer\u202F: dpia diff <fichier> --from <révision> [--to <révision>]',
  comparing: (from: string, to: string) => `Comparaison de ${from} → ${to}`,
  current: 'version courante',
  noDifferences: 'Aucune différence.',
  changedFields: 'Champs modifiés',
  collections: {
    answers: 'Réponses',
    evaluations: 'Appréciations',
    risks: 'Risques',
    measures: 'Mesures',
    cameras: 'Caméras',
    attachments: 'Pièces jointes',
  },
  counts: (added: number, changed: number, removed: number) =>
    `${added} ajout${added > 1 ? 's' : ''}, ${changed} modification${changed > 1 ? 's' : ''}, ${removed} suppression${removed > 1 ? 's' : ''}`,
  andMore: (count: number) => `… et ${count} de plus`,
  statusChanges: 'Changements de statut',
  exportDescription:
    'exporter une AIPD vers un document Word (.docx) ; le fichier .dpia n’est jamais modifié',
  exportOutputOption: 'le fichier .docx à écrire (par défaut : même nom que le .dpia)',
  exportLangOption: 'langue du document : fr ou en (par défaut : celle de l’AIPD)',
  fixDescription:
    'appliquer des corrections aux constats d’une AIPD (voir leurs identifiants dans « dpia check --json »)',
  fixRemedyOption: 'identifiants des corrections à appliquer, dans l’ordre',
  fixConfirmOption: 'confirmer les faits que les corrections enregistrent (chacune dit lesquels)',
  unknownRemedy: (id: string) => `correction inconnue « ${id} » (voir « dpia check --json »)`,
  remedyApplied: (id: string) => `Appliquée : ${id}`,
  fixSaved: (file: string) => `Enregistré : ${file}`,
  remediesLabel: 'Corrections',
  asOfOption: 'établir les constats à cette date, AAAA-MM-JJ (par défaut : aujourd’hui)',
  exampleAsOfOption:
    'la date de l’exemple, AAAA-MM-JJ (par défaut\u202F: aujourd’hui)\u202F: ses autorisations préfectorales sont datées à partir d’elle, et la même date donne le même fichier',
  invalidAsOf: (value: string) => `« ${value} » n’est pas une date écrite AAAA-MM-JJ`,
  findingsAsOf: (date: string) => `Constats établis au ${date}.`,
  upgradeDescription: 'reporter une AIPD sur une version plus récente de son modèle intégré',
  upgradeToOption: 'version du modèle visée (par défaut : la plus récente intégrée)',
  upgradeByOption: 'qui fait la mise à jour (inscrit dans la révision)',
  upgraded: (file: string, from: string, to: string) => `Mis à jour : ${file} (modèle ${from} → ${to})`,
  alreadyCurrent: (file: string, version: string) =>
    `Rien à faire : ${file} utilise déjà la version ${version} du modèle.`,
  upgradeAdded: 'Questions ajoutées',
  upgradeRemoved: 'Questions retirées (leurs réponses restent dans la révision)',
  upgradeReworded: 'Questions reformulées (réponses conservées)',
  upgradeKept: (count: number) => `${count} réponse${count > 1 ? 's' : ''} conservée${count > 1 ? 's' : ''}.`,
  upgradeRevision: (label: string) => `Révision enregistrée : ${label}`,
  exportPageNumbersOption: 'écrire les numéros de page du sommaire, d’après une mise en page (plus lent)',
  exportMarkingOption: 'mention de confidentialité imprimée dans l’en-tête, par ex. « Diffusion restreinte »',
  exported: (file: string, findings: number) => `Exporté : ${file} (${findings} constats en annexe)`,
  statusDescription:
    'faire avancer une AIPD : brouillon → en relecture → validée | refusée (signer avec « dpia sign »)',
  statusToOption: 'le nouveau statut',
  statusByOption: 'qui fait le changement (relecteur, responsable du traitement)',
  statusRoleOption: 'sa fonction, par exemple Maire (consignée avec une validation ou un refus)',
  statusNoteOption: 'une note gardée dans l’historique des statuts',
  statusConditionalOption: 'une validation sous condition du plan d’action',
  statusJustificationOption: 'pourquoi valider malgré des constats bloquants (alors obligatoire ; exportée)',
  statusChanged: (file: string, from: string, to: string) => `${file} : ${from} → ${to}`,
  // ---- import-cnil, template, duplicate, csv
  importCnilDescription:
    'importer un export de l’outil PIA de la CNIL (son JSON, ou son ZIP avec les pièces jointes) comme nouvelle AIPD',
  importCnilFileArgument: 'l’export de la CNIL (.json ou .zip)',
  importCnilLangOption: 'langue de la nouvelle AIPD\u202F: fr ou en (par défaut fr)',
  imported: (file: string) => `Importé\u202F: ${file}`,
  templateDescription:
    'fichiers de modèle\u202F: exporter, importer dans le dossier des modèles utilisateur, enregistrer une AIPD comme modèle',
  templateExportDescription:
    'écrire un fichier de modèle\u202F: un modèle intégré ou utilisateur par son identifiant, ou le modèle figé d’un fichier .dpia',
  templateSourceArgument: 'identifiant du modèle, ou fichier .dpia',
  templateOutputOption: 'fichier de modèle (.json) à écrire',
  templateVersionOption: 'version d’un modèle utilisateur (par défaut\u202F: la plus récente)',
  templateImportDescription:
    'vérifier un fichier de modèle et le copier dans le dossier des modèles utilisateur',
  templateFileArgument: 'le fichier de modèle (.json)',
  templateForceOption: 'remplacer un autre modèle de même identifiant et de même version',
  templateSaveDescription: 'créer un modèle à partir d’une AIPD, avec ou sans ses réponses',
  templateIdOption: 'identifiant du nouveau modèle (minuscules, chiffres, points, tirets)',
  templateNewVersionOption: 'version du nouveau modèle, par exemple 1.0.0',
  templateTitleOption: 'titre du nouveau modèle',
  withAnswersOption: 'garder les réponses textuelles comme réponses préremplies du modèle',
  templateSaveOutputOption:
    'écrire le modèle dans ce fichier plutôt que dans le dossier des modèles utilisateur',
  templateWritten: (id: string, version: string, file: string) => `Écrit\u202F: ${id} ${version} → ${file}`,
  templateInstalled: (id: string, version: string, file: string) =>
    `Installé\u202F: ${id} ${version} → ${file}`,
  templateUnchanged: (id: string, version: string, file: string) =>
    `Déjà installé\u202F: ${id} ${version} (${file})`,
  templateReplaced: (id: string, version: string, file: string) =>
    `Remplacé\u202F: ${id} ${version} → ${file}`,
  notCarried: (ids: string) =>
    `Non repris (seules les réponses textuelles peuvent être préremplies)\u202F: ${ids}`,
  duplicateDescription:
    'copier une AIPD pour une autre commune\u202F: réponses, caméras, risques et mesures, avec de nouveaux identifiants\u202F; sans appréciations, avis, décision, signature ni révisions',
  duplicateTitleOption: 'titre de la copie',
  organisationOption: 'l’autre commune (ou EPCI)\u202F; efface le responsable du traitement et le DPO',
  keepAttachmentsOption:
    'copier aussi les pièces jointes (laissées de côté par défaut\u202F: elles documentent la première commune)',
  csvDescription:
    'exporter l’inventaire des caméras ou le plan d’action en CSV (UTF-8, s’ouvre dans Excel), ou en .xlsx si le fichier de sortie finit par .xlsx',
  csvCamerasDescription: 'l’inventaire des caméras, une ligne par caméra',
  csvActionPlanDescription: 'le plan d’action\u202F: mesures prévues, puis actions correctives',
  csvOutputOption: 'fichier à écrire\u202F: .csv, ou .xlsx pour un classeur Excel',
  csvLangOption: 'langue des en-têtes\u202F: fr ou en (par défaut\u202F: celle de l’AIPD)',
  separatorOption:
    'séparateur\u202F: «\u202F;\u202F» (par défaut en français) ou «\u202F,\u202F» (par défaut en anglais)',
  csvWritten: (file: string) => `Écrit\u202F: ${file}`,
  // ---- notice
  noticeDescription:
    'écrire ce que le public doit savoir\u202F: le panneau d’information (A4 ou A3) ou la notice du site de la commune (Word ou HTML)',
  noticeKindOption: 'sign (le panneau d’information) ou web (la notice du site de la commune)',
  noticeSizeOption: 'format du panneau\u202F: A4 ou A3',
  noticeFormatOption:
    'docx ou html, pour la notice du site (par défaut\u202F: d’après le nom du fichier, sinon docx)',
  noticeOutputOption: 'le fichier à écrire (par défaut\u202F: à côté du .dpia)',
  noticeLangOption: 'langue de la notice\u202F: fr ou en (par défaut\u202F: celle de l’AIPD)',
  noticeSignIsWord: 'le panneau est un document Word uniquement\u202F: utilisez --format docx ou omettez-le',
  noticeExtension: (format: string) =>
    `le fichier de sortie doit se terminer par .${format}, le format écrit`,
  noticeWritten: (file: string) => `Écrit\u202F: ${file}`,
  noticeMissing: (count: number, items: string) =>
    `${count} ${count === 1 ? 'élément' : 'éléments'} à compléter\u202F: ${items}`,
  noticeComplete: 'Rien à compléter.',
  // ---- liste de confiance, phrases secrètes
  trustedKeysOption:
    'dossier de la liste de confiance (par défaut\u202F: DPIA_TRUSTED_KEYS, ou le dossier de données de l’application)',
  trustDescription:
    'la liste de confiance\u202F: les clés publiques dont vous reconnaissez les signatures, chacune avec un nom',
  trustAddDescription:
    'faire confiance à une clé publique (PEM), sous un nom, éventuellement jusqu’à une date',
  trustPublicKeyArgument:
    'le fichier de la clé publique (PEM), créé par «\u202Fdpia keygen\u202F» ou par l’application',
  trustNameOption: 'à qui appartient la clé, par exemple «\u202FMairie de Valmont — le maire\u202F»',
  trustUntilOption: 'dernier jour où les signatures de cette clé sont acceptées (AAAA-MM-JJ)',
  trustListDescription: 'lister les clés de confiance',
  trustRemoveDescription:
    'retirer sa confiance à une clé, désignée par son empreinte (ou ses 8 premiers chiffres hexadécimaux au moins)',
  trustFingerprintArgument: 'l’empreinte de la clé',
  trustBadDate: (value: string) => `--until attend une date AAAA-MM-JJ, pas «\u202F${value}\u202F»`,
  trustAdded: (name: string, fingerprint: string) => `Clé de confiance\u202F: ${name}\n  ${fingerprint}`,
  trustRemoved: (name: string, fingerprint: string) =>
    `Clé retirée de la liste de confiance\u202F: ${name}\n  ${fingerprint}`,
  trustUntil: (date: string) => `jusqu’au ${date}`,
  noTrustedKeys: (dir: string) => `Aucune clé de confiance dans ${dir}.`,
  trustSkipped: (file: string, reason: string) => `Ignoré\u202F: ${file} — ${reason}`,
  passphraseOption:
    'chiffrer la clé privée avec une phrase secrète (demandée au terminal si elle n’est pas donnée\u202F; ou DPIA_KEY_PASSPHRASE)',
  signPassphraseOption:
    'phrase secrète d’une clé privée chiffrée (sinon DPIA_KEY_PASSPHRASE, ou demandée au terminal)',
  passphrasePrompt: 'Phrase secrète de la clé privée\u202F: ',
  passphraseRepeat: 'La même phrase secrète, encore une fois\u202F: ',
  passphraseMismatch: 'les deux phrases secrètes diffèrent',
  passphraseNoTerminal:
    'pas de terminal pour demander la phrase secrète\u202F: donnez-la avec --passphrase ou DPIA_KEY_PASSPHRASE',
  recordRow: {
    description: 'l’analyse comme une ligne du registre des traitements (RGPD, art. 30), en CSV ou .xlsx',
    outputOption: 'le fichier à écrire (.csv ou .xlsx)',
    csvOption: 'CSV pour Excel (UTF-8 avec BOM, ;)',
    xlsxOption: 'un classeur Excel',
    done: (file: string, columns: number) => `Ligne du registre écrite\u202F: ${file} (${columns} colonnes)`,
  },
  archive: {
    description:
      'archive une AIPD signée ou refusée\u202F: le .dpia, son export Word, un rapport de vérification et SHA256SUMS',
    outputOption: 'un dossier (créé, ou vide) ou un fichier terminé par .zip',
    pageNumbersOption: 'écrire les numéros de page du sommaire Word (quelques secondes de plus)',
    done: (target: string, files: number) =>
      `Archivé\u202F: ${target} (${files} fichiers, contrôlés par SHA256SUMS)`,
    verdict: (label: string) => `  Signature à ce jour\u202F: ${label}`,
    check:
      'Pour le vérifier plus tard\u202F: sha256sum -c SHA256SUMS (dans le dossier, ou après décompression)',
  },
  encrypted: 'chiffrée avec votre phrase secrète',
};

export const CLI_TEXT: Record<Language, CliText> = { fr, en };

/** The language of the person at the terminal: DPIA_LANG, then the locale variables. */
export function terminalLanguage(env: NodeJS.ProcessEnv): Language {
  const value = env.DPIA_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
