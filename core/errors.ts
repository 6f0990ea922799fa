// Errors a user can meet: a code, parameters, and one clear sentence in French and English.
import type { Language } from './model/localized.ts';
import { ASSESSMENT_STATUSES, inSentence, STATUS_LABELS } from './model/vocabulary.ts';

type Params = Record<string, string | number>;
type MessageBuilder = (p: Params) => string;

/** Names of the statuses of an assessment, for messages about the validation workflow. */
const statusLabel = (status: string | number | undefined, language: Language): string => {
  const known = ASSESSMENT_STATUSES.find((s) => s === status);
  return known ? inSentence(STATUS_LABELS[known], language) : String(status);
};

/** Why an archive's layout was refused (see core/format/unzip-within-limits.ts). */
const ZIP_REASONS: Record<string, Record<Language, string>> = {
  structure: { fr: 'répertoire central invalide', en: 'invalid central directory' },
  method: { fr: 'méthode de compression inconnue', en: 'unknown compression method' },
  encrypted: { fr: 'élément chiffré', en: 'encrypted entry' },
  'stored-size': {
    fr: 'élément non compressé dont les tailles diffèrent',
    en: 'stored entry whose sizes differ',
  },
  ratio: { fr: 'taux de compression impossible', en: 'impossible compression ratio' },
  bounds: { fr: 'élément hors des limites de l’archive', en: 'entry outside the archive’s bounds' },
  'local-header': {
    fr: 'en-tête local qui ne correspond pas',
    en: 'local header that does not match',
  },
  overlap: { fr: 'éléments qui se chevauchent', en: 'overlapping entries' },
  'compressed-total': {
    fr: 'tailles compressées supérieures à celle du fichier',
    en: 'compressed sizes larger than the file',
  },
  'inflated-size': {
    fr: 'taille décompressée différente de celle déclarée',
    en: 'uncompressed size differs from the declared one',
  },
};

/** What a document limit counts (see core/format/limits.ts). */
const LIMITED: Record<string, Record<Language, string>> = {
  cameras: { fr: 'le nombre de caméras', en: 'the number of cameras' },
  risks: { fr: 'le nombre de risques', en: 'the number of risks' },
  measures: { fr: 'le nombre de mesures', en: 'the number of measures' },
  attachments: { fr: 'le nombre de pièces jointes', en: 'the number of attachments' },
  entries: { fr: 'le nombre d’éléments', en: 'the number of entries' },
  size: { fr: 'la taille', en: 'the size' },
};
const limited = (p: Params, language: Language): string => {
  const label = LIMITED[String(p.what)]?.[language] ?? String(p.what);
  if (!p.entry) return label;
  return language === 'fr' ? `${label} de « ${p.entry} »` : `${label} of "${p.entry}"`;
};

/** What a file is, as a sentence names it (see core/format/sniff.ts). */
const FILE_KINDS: Record<string, Record<Language, string>> = {
  dpia: { fr: 'une analyse d’impact (.dpia)', en: 'an assessment (.dpia)' },
  xlsx: { fr: 'un classeur Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  xls: { fr: 'un classeur Excel de l’ancien format (.xls)', en: 'an old-format Excel workbook (.xls)' },
  ods: { fr: 'un classeur OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  docx: { fr: 'un document Word', en: 'a Word document' },
  doc: { fr: 'un document Word', en: 'a Word document' },
  odt: { fr: 'un document texte OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  pptx: { fr: 'une présentation PowerPoint', en: 'a PowerPoint presentation' },
  office: { fr: 'un document Microsoft Office', en: 'a Microsoft Office document' },
  pdf: { fr: 'un document PDF', en: 'a PDF document' },
  image: { fr: 'une image', en: 'an image' },
  zip: { fr: 'une archive ZIP', en: 'a ZIP archive' },
  binary: { fr: 'un fichier binaire', en: 'a binary file' },
  text: { fr: 'un fichier texte (CSV ou autre)', en: 'a text file (CSV or other)' },
};
const kindNoun = (p: Params, language: Language): string =>
  FILE_KINDS[String(p.kind)]?.[language] ?? String(p.kind);

/** What a table limit counts (see TABLE_LIMITS in core/format/limits.ts). */
const TABLE_LIMITED: Record<string, Record<Language, string>> = {
  rows: { fr: 'lignes', en: 'rows' },
  columns: { fr: 'colonnes', en: 'columns' },
  cells: { fr: 'cellules', en: 'cells' },
  sheets: { fr: 'feuilles', en: 'sheets' },
};

/** Every user-facing error message, side by side in both languages. */
const MESSAGES = {
  'not-a-zip': {
    fr: (p) => `« ${p.file} » n’est pas un document AIPD (.dpia) : ce n’est pas une archive ZIP.`,
    en: (p) => `"${p.file}" is not a DPIA document (.dpia): it is not a ZIP archive.`,
  },
  'damaged-zip': {
    fr: (p) => `« ${p.file} » est endommagé ou tronqué : l’archive ne peut pas être lue (${p.detail}).`,
    en: (p) => `"${p.file}" is damaged or truncated: the archive cannot be read (${p.detail}).`,
  },
  'inconsistent-zip': {
    fr: (p) =>
      `« ${p.file} » est refusé : son archive est incohérente (${ZIP_REASONS[String(p.reason)]?.fr ?? p.reason}${p.entry ? ` : « ${p.entry} »` : ''}).`,
    en: (p) =>
      `"${p.file}" is refused: its archive is inconsistent (${ZIP_REASONS[String(p.reason)]?.en ?? p.reason}${p.entry ? `: "${p.entry}"` : ''}).`,
  },
  'too-many-entries': {
    fr: (p) => `« ${p.file} » contient trop d’éléments (plus de ${p.limit}) : fichier refusé.`,
    en: (p) => `"${p.file}" contains too many entries (more than ${p.limit}): file refused.`,
  },
  'too-large': {
    fr: (p) =>
      `« ${p.file} » est trop volumineux une fois décompressé (plus de ${p.limit}) : fichier refusé.`,
    en: (p) => `"${p.file}" is too large once uncompressed (more than ${p.limit}): file refused.`,
  },
  'file-too-large': {
    fr: (p) => `« ${p.file} » dépasse la taille maximale d’un document (${p.limit}).`,
    en: (p) => `"${p.file}" exceeds the maximum size of a document (${p.limit}).`,
  },
  'unsafe-entry-name': {
    fr: (p) => `« ${p.file} » contient un chemin dangereux (« ${p.entry} ») : fichier refusé.`,
    en: (p) => `"${p.file}" contains an unsafe path ("${p.entry}"): file refused.`,
  },
  'unexpected-entry': {
    fr: (p) => `« ${p.file} » contient un élément inattendu (« ${p.entry} »).`,
    en: (p) => `"${p.file}" contains an unexpected entry ("${p.entry}").`,
  },
  'duplicate-entry': {
    fr: (p) => `« ${p.file} » contient deux fois l’élément « ${p.entry} ».`,
    en: (p) => `"${p.file}" contains the entry "${p.entry}" twice.`,
  },
  'missing-entry': {
    fr: (p) => `« ${p.file} » est incomplet : l’élément « ${p.entry} » manque.`,
    en: (p) => `"${p.file}" is incomplete: the entry "${p.entry}" is missing.`,
  },
  'invalid-utf8': {
    fr: (p) => `« ${p.file} » : « ${p.entry} » n’est pas un texte UTF-8 valide.`,
    en: (p) => `"${p.file}": "${p.entry}" is not valid UTF-8 text.`,
  },
  'invalid-json': {
    fr: (p) => `« ${p.file} » : « ${p.entry} » n’est pas un JSON valide (${p.detail}).`,
    en: (p) => `"${p.file}": "${p.entry}" is not valid JSON (${p.detail}).`,
  },
  'forbidden-key': {
    fr: (p) => `« ${p.file} » : « ${p.entry} » contient une clé interdite (« ${p.key} »).`,
    en: (p) => `"${p.file}": "${p.entry}" contains a forbidden key ("${p.key}").`,
  },
  'wrong-format': {
    fr: (p) =>
      `« ${p.file} » n’est pas un document AIPD : le manifeste ne le déclare pas au format « dpia ».`,
    en: (p) => `"${p.file}" is not a DPIA document: its manifest does not declare the "dpia" format.`,
  },
  'future-version': {
    fr: (p) =>
      `« ${p.file} » a été écrit par une version plus récente de l’application (format ${p.version}, cette version lit jusqu’au format ${p.supported}) : mettez l’application à jour pour l’ouvrir.`,
    en: (p) =>
      `"${p.file}" was written by a newer version of the application (format ${p.version}; this version reads up to format ${p.supported}): update the application to open it.`,
  },
  'unsupported-version': {
    fr: (p) => `« ${p.file} » utilise un format (${p.version}) que cette version ne sait plus lire.`,
    en: (p) => `"${p.file}" uses a format (${p.version}) that this version can no longer read.`,
  },
  'invalid-content': {
    fr: (p) => `« ${p.file} » : « ${p.entry} » est invalide à l’emplacement ${p.path} : ${p.detail}.`,
    en: (p) => `"${p.file}": "${p.entry}" is invalid at ${p.path}: ${p.detail}.`,
  },
  'hash-mismatch': {
    fr: (p) => `« ${p.file} » est altéré : l’empreinte de « ${p.entry} » ne correspond pas.`,
    en: (p) => `"${p.file}" has been altered: the hash of "${p.entry}" does not match.`,
  },
  'attachment-missing': {
    fr: (p) => `« ${p.file} » est incomplet : la pièce jointe « ${p.name} » manque.`,
    en: (p) => `"${p.file}" is incomplete: the attachment "${p.name}" is missing.`,
  },
  'template-mismatch': {
    fr: (p) => `« ${p.file} » : les réponses ne correspondent pas au modèle (${p.detail}).`,
    en: (p) => `"${p.file}": the answers do not match the template (${p.detail}).`,
  },
  'document-over-limit': {
    fr: (p) =>
      `« ${p.file} » est refusé : ${limited(p, 'fr')} (${p.count}) dépasse la limite d’un document (${p.limit}).`,
    en: (p) =>
      `"${p.file}" is refused: ${limited(p, 'en')} (${p.count}) exceeds a document’s limit (${p.limit}).`,
  },
  'save-over-limit': {
    fr: (p) =>
      `« ${p.file} » n’est pas enregistré : ${limited(p, 'fr')} (${p.count}) dépasse la limite d’un document (${p.limit}), et le fichier ne pourrait plus être ouvert. Le fichier existant n’a pas été modifié.`,
    en: (p) =>
      `"${p.file}" was not saved: ${limited(p, 'en')} (${p.count}) exceeds a document’s limit (${p.limit}), and the file could not be opened again. The existing file was not changed.`,
  },
  'save-template-too-large': {
    fr: (p) =>
      `« ${p.file} » n’est pas enregistré : son modèle dépasse les limites d’un modèle (${p.detail}), et le fichier ne pourrait plus être ouvert. Le fichier existant n’a pas été modifié.`,
    en: (p) =>
      `"${p.file}" was not saved: its template is over a template’s limits (${p.detail}), and the file could not be opened again. The existing file was not changed.`,
  },
  'file-not-found': {
    fr: (p) => `Fichier introuvable : « ${p.file} ».`,
    en: (p) => `File not found: "${p.file}".`,
  },
  'not-a-file': {
    fr: (p) => `« ${p.file} » n’est pas un fichier.`,
    en: (p) => `"${p.file}" is not a file.`,
  },
  'read-failed': {
    fr: (p) => `Impossible de lire « ${p.file} » : ${p.detail}.`,
    en: (p) => `Cannot read "${p.file}": ${p.detail}.`,
  },
  'write-failed': {
    fr: (p) =>
      `Impossible d’enregistrer « ${p.file} » : ${p.detail}. Le fichier existant n’a pas été modifié.`,
    en: (p) => `Cannot save "${p.file}": ${p.detail}. The existing file was not changed.`,
  },
  'unknown-template': {
    fr: (p) => `Modèle inconnu : « ${p.id} ». Modèles disponibles : ${p.available}.`,
    en: (p) => `Unknown template: "${p.id}". Available templates: ${p.available}.`,
  },
  'invalid-template': {
    fr: (p) => `Modèle « ${p.file} » invalide à l’emplacement ${p.path} : ${p.detail}.`,
    en: (p) => `Invalid template "${p.file}" at ${p.path}: ${p.detail}.`,
  },
  unexpected: {
    fr: (p) => `Erreur inattendue : ${p.detail}.`,
    en: (p) => `Unexpected error: ${p.detail}.`,
  },
  'invalid-request': {
    fr: (p) => `Requête refusée : ${p.detail}.`,
    en: (p) => `Request refused: ${p.detail}.`,
  },
  'version-mismatch': {
    fr: () => `Le document a changé entre-temps : il est renvoyé en entier.`,
    en: () => `The document changed in the meantime: it is sent again in full.`,
  },
  'unknown-session': {
    fr: () => `Ce document n’est plus ouvert : rouvrez-le.`,
    en: () => `This document is no longer open: open it again.`,
  },
  'draft-not-found': {
    fr: () => `Ce brouillon n’existe plus.`,
    en: () => `This draft no longer exists.`,
  },
  'draft-in-use': {
    fr: () => `Ce brouillon est ouvert dans une autre fenêtre.`,
    en: () => `This draft is open in another window.`,
  },
  'register-entry-not-found': {
    fr: () => `Ce fichier n’est plus dans le registre\u202F: relisez le registre.`,
    en: () => `This file is no longer in the register: read the register again.`,
  },
  'recent-not-found': {
    fr: () => `Ce fichier n’est plus dans la liste des fichiers récents.`,
    en: () => `This file is no longer in the list of recent files.`,
  },
  'file-not-shown': {
    fr: () => `Seul un fichier ouvert ou enregistré dans cette fenêtre peut être montré dans son dossier.`,
    en: () => `Only a file opened or written in this window can be shown in its folder.`,
  },
  'url-refused': {
    fr: (p) => `Lien refusé : seuls les liens https et mailto s’ouvrent (« ${p.url} »).`,
    en: (p) => `Link refused: only https and mailto links open ("${p.url}").`,
  },
  'output-exists': {
    fr: (p) => `« ${p.file} » existe déjà : choisissez un autre nom ou ajoutez --force.`,
    en: (p) => `"${p.file}" already exists: choose another name or add --force.`,
  },
  // ---- Archive package (core/archive)
  'archive-not-decided': {
    fr: (p) =>
      `« ${p.file} » ne peut pas être archivé : seul un document signé ou refusé s’archive (statut : ${statusLabel(p.status, 'fr')}).`,
    en: (p) =>
      `"${p.file}" cannot be archived: only a signed or refused document is archived (status: ${statusLabel(p.status, 'en')}).`,
  },
  'archive-broken-signature': {
    fr: (p) => `« ${p.file} » ne peut pas être archivé : sa signature est rompue. ${p.reasonFr}`,
    en: (p) => `"${p.file}" cannot be archived: its signature is broken. ${p.reasonEn}`,
  },
  'archive-not-saved': {
    fr: () =>
      `Enregistrez d’abord le document : le paquet d’archive contient son fichier tel qu’il est enregistré.`,
    en: () => `Save the document first: the archive package holds its file as saved.`,
  },
  'archive-target-not-empty': {
    fr: (p) => `Le dossier « ${p.dir} » n’est pas vide : choisissez un dossier vide ou ajoutez --force.`,
    en: (p) => `The folder "${p.dir}" is not empty: choose an empty folder or add --force.`,
  },
  // ---- Validation workflow, signature and revisions
  'status-by-missing': {
    fr: () => `Indiquez qui change le statut du document.`,
    en: () => `Say who is changing the status of the document.`,
  },
  'status-transition-refused': {
    fr: (p) =>
      `Le document ne peut pas passer du statut « ${statusLabel(p.from, 'fr')} » au statut « ${statusLabel(p.to, 'fr')} ».`,
    en: (p) => `The document cannot go from "${statusLabel(p.from, 'en')}" to "${statusLabel(p.to, 'en')}".`,
  },
  'remedy-not-applicable': {
    fr: (p) =>
      `La correction « ${p.remedy} » ne s’applique pas : aucun constat qu’elle corrige n’est relevé dans ce document.`,
    en: (p) =>
      `The remedy "${p.remedy}" does not apply: none of the findings it remedies is raised in this document.`,
  },
  'remedy-opens-field': {
    fr: (p) =>
      `La correction « ${p.remedy} » ouvre un champ à remplir : elle ne s’applique que dans l’application.`,
    en: (p) => `The remedy "${p.remedy}" opens a field to fill in: it can only be used in the app.`,
  },
  'remedy-needs-confirmation': {
    fr: (p) =>
      `La correction « ${p.remedy} » enregistre un fait ; confirmez-le avec --confirm : ${p.question}`,
    en: (p) => `The remedy "${p.remedy}" records a fact; confirm it with --confirm: ${p.question}`,
  },
  'document-signed': {
    fr: () =>
      `Le document est signé : il ne peut plus être modifié. Ouvrez une nouvelle révision, qui retire la signature.`,
    en: () =>
      `The document is signed: it can no longer be changed. Start a new revision, which drops the signature.`,
  },
  'upgrade-signed': {
    fr: () =>
      `Un document signé n’est jamais mis à jour en place : ouvrez d’abord une nouvelle révision, qui retire la signature.`,
    en: () =>
      `A signed document is never upgraded in place: first start a new revision, which drops the signature.`,
  },
  'upgrade-not-builtin': {
    fr: (p) => `Le modèle « ${p.id} » n’est pas un modèle intégré : aucune autre version n’est disponible.`,
    en: (p) => `Template "${p.id}" is not a built-in template: no other version is available.`,
  },
  'upgrade-unknown-version': {
    fr: (p) =>
      `Le modèle « ${p.id} » n’a pas de version ${p.version} (versions disponibles : ${p.available}).`,
    en: (p) => `Template "${p.id}" has no version ${p.version} (available versions: ${p.available}).`,
  },
  'upgrade-older-version': {
    fr: (p) =>
      `Le document utilise la version ${p.current} du modèle « ${p.id} » : il ne peut pas revenir à la version ${p.version}.`,
    en: (p) =>
      `The document uses version ${p.current} of template "${p.id}": it cannot go back to version ${p.version}.`,
  },
  'dpo-opinion-required': {
    fr: () =>
      `L’avis du délégué à la protection des données (sens de l’avis et texte) doit être consigné avant la décision (RGPD, art. 35(2)).`,
    en: () =>
      `The data protection officer’s opinion (verdict and text) must be recorded before the decision (GDPR, art. 35(2)).`,
  },
  'open-findings-justification-required': {
    fr: (p) =>
      `${p.count === 1 ? 'Un constat de niveau « erreur » reste ouvert' : `${p.count} constats de niveau « erreur » restent ouverts`} : valider exige une justification écrite.`,
    en: (p) =>
      `${p.count === 1 ? 'One error-level finding remains' : `${p.count} error-level findings remain`} open: validating requires a written justification.`,
  },
  'refusal-reason-required': {
    fr: () => `Un refus doit être motivé : indiquez-en la raison.`,
    en: () => `A refusal must give its reason.`,
  },
  'signer-missing': {
    fr: () => `Indiquez le nom et la qualité du signataire.`,
    en: () => `Give the signer’s name and role.`,
  },
  'invalid-key': {
    fr: (p) =>
      `« ${p.file} » n’est pas une clé ${p.kind === 'private' ? 'privée' : 'publique'} Ed25519 au format PEM${p.kind === 'private' ? ' (PKCS#8)' : ' (SPKI)'}.`,
    en: (p) =>
      `"${p.file}" is not an Ed25519 ${p.kind === 'private' ? 'private key in PEM (PKCS#8)' : 'public key in PEM (SPKI)'} format.`,
  },
  'key-permissions': {
    fr: (p) =>
      `La clé privée « ${p.file} » est lisible par d’autres utilisateurs (droits ${p.mode}) : réservez-la à son propriétaire (chmod 600).`,
    en: (p) =>
      `The private key "${p.file}" can be read by other users (mode ${p.mode}): restrict it to its owner (chmod 600).`,
  },
  'not-signed': {
    fr: (p) => `« ${p.file} » n’est pas signé.`,
    en: (p) => `"${p.file}" is not signed.`,
  },
  'signature-malformed': {
    fr: (p) => `« ${p.file} » : la signature (signature.json) est illisible ou incomplète (${p.detail}).`,
    en: (p) => `"${p.file}": the signature (signature.json) is unreadable or incomplete (${p.detail}).`,
  },
  'signature-key-mismatch': {
    fr: (p) =>
      `« ${p.file} » : la clé publique enregistrée ne correspond pas à l’empreinte annoncée ; la signature a été altérée.`,
    en: (p) =>
      `"${p.file}": the recorded public key does not match the stated fingerprint; the signature was tampered with.`,
  },
  'signature-invalid': {
    fr: (p) =>
      `« ${p.file} » : la signature ne correspond pas aux données signées (signataire, date ou empreintes modifiés) ; elle n’est pas valide.`,
    en: (p) =>
      `"${p.file}": the signature does not match the signed data (signer, date or hashes changed); it is not valid.`,
  },
  'signed-content-altered': {
    fr: (p) => `« ${p.file} » a été modifié depuis sa signature : ${p.parts}.`,
    en: (p) => `"${p.file}" has changed since it was signed: ${p.parts}.`,
  },
  'signed-attachment-altered': {
    fr: (p) => `« ${p.file} » : des pièces jointes ont changé depuis la signature (${p.names}).`,
    en: (p) => `"${p.file}": attachments have changed since it was signed (${p.names}).`,
  },
  'signature-wrong-key': {
    fr: (p) =>
      `« ${p.file} » a été signé avec une autre clé (empreinte ${p.actual}) que celle attendue (${p.expected}).`,
    en: (p) =>
      `"${p.file}" was signed with another key (fingerprint ${p.actual}) than the one expected (${p.expected}).`,
  },
  'trust-entry-invalid': {
    fr: (p) =>
      `Entrée de la liste de confiance «\u202F${p.file}\u202F» illisible (${p.detail})\u202F: elle est ignorée.`,
    en: (p) => `Trust list entry "${p.file}" is unreadable (${p.detail}): it is ignored.`,
  },
  'trust-key-not-found': {
    fr: (p) =>
      `Aucune clé de la liste de confiance n’a l’empreinte «\u202F${p.fingerprint}\u202F» (voir «\u202Fdpia trust list\u202F»).`,
    en: (p) => `No key in the trust list has the fingerprint "${p.fingerprint}" (see "dpia trust list").`,
  },
  'trust-key-ambiguous': {
    fr: (p) =>
      `Plusieurs clés de la liste de confiance commencent par «\u202F${p.fingerprint}\u202F»\u202F: donnez l’empreinte entière.`,
    en: (p) => `Several keys in the trust list start with "${p.fingerprint}": give the whole fingerprint.`,
  },
  'key-passphrase-required': {
    fr: (p) =>
      `La clé privée «\u202F${p.file}\u202F» est protégée par une phrase secrète\u202F: donnez-la avec --passphrase ou DPIA_KEY_PASSPHRASE.`,
    en: (p) =>
      `The private key "${p.file}" is protected by a passphrase: give it with --passphrase or DPIA_KEY_PASSPHRASE.`,
  },
  'key-passphrase-wrong': {
    fr: (p) => `Phrase secrète incorrecte pour la clé privée «\u202F${p.file}\u202F».`,
    en: (p) => `Wrong passphrase for the private key "${p.file}".`,
  },
  'key-passphrase-too-short': {
    fr: (p) => `La phrase secrète doit compter au moins ${p.min} caractères.`,
    en: (p) => `The passphrase must be at least ${p.min} characters long.`,
  },
  'signing-key-missing': {
    fr: () => `Aucune clé de signature n’a encore été créée dans l’application\u202F: créez-en une d’abord.`,
    en: () => `No signing key has been created in the app yet: create one first.`,
  },
  'revision-not-found': {
    fr: (p) => `Révision introuvable : « ${p.id} ». Révisions disponibles : ${p.available}.`,
    en: (p) => `Revision not found: "${p.id}". Available revisions: ${p.available}.`,
  },
  'revision-without-snapshot': {
    fr: (p) => `La révision « ${p.label} » n’a pas d’instantané enregistré : elle ne peut pas être comparée.`,
    en: (p) => `Revision "${p.label}" has no stored snapshot: it cannot be compared.`,
  },
  // ---- Reuse and interoperability: CNIL PIA import, template library, duplication
  'not-a-cnil-export': {
    fr: (p) =>
      `«\u202F${p.file}\u202F» n’est pas un export de l’outil PIA de la CNIL\u202F: ${
        {
          'not-json': 'ce n’est pas un fichier JSON lisible',
          'no-pia': 'il n’a pas d’objet «\u202Fpia\u202F» avec un nom et une liste «\u202Fanswers\u202F»',
          'zip-without-export': 'l’archive ne contient aucun export JSON de l’outil',
          'zip-several-exports': 'l’archive contient plusieurs exports JSON\u202F; importez-les un par un',
        }[String(p.reason)] ?? String(p.reason)
      }.`,
    en: (p) =>
      `"${p.file}" is not an export of the CNIL's PIA tool: ${
        {
          'not-json': 'it is not a readable JSON file',
          'no-pia': 'it has no "pia" object with a name and no "answers" list',
          'zip-without-export': 'the archive holds no JSON export of the tool',
          'zip-several-exports': 'the archive holds several JSON exports; import them one at a time',
        }[String(p.reason)] ?? String(p.reason)
      }.`,
  },
  'invalid-template-id': {
    fr: (p) =>
      `Identifiant de modèle invalide «\u202F${p.id}\u202F»\u202F: lettres minuscules, chiffres, points et tirets seulement.`,
    en: (p) => `Invalid template id "${p.id}": lower-case letters, digits, dots and hyphens only.`,
  },
  'invalid-template-version': {
    fr: (p) => `Version de modèle invalide «\u202F${p.version}\u202F»\u202F: attendu sous la forme 1.0.0.`,
    en: (p) => `Invalid template version "${p.version}": expected the form 1.0.0.`,
  },
  'builtin-template-id': {
    fr: (p) => `«\u202F${p.id}\u202F» est l’identifiant d’un modèle intégré\u202F: choisissez-en un autre.`,
    en: (p) => `"${p.id}" is the id of a built-in template: choose another one.`,
  },
  'template-exists': {
    fr: (p) =>
      `Un autre modèle «\u202F${p.id}\u202F» en version ${p.version} existe déjà (${p.file})\u202F: changez de version ou ajoutez --force.`,
    en: (p) =>
      `Another template "${p.id}" version ${p.version} already exists (${p.file}): change the version or add --force.`,
  },
  'unknown-template-version': {
    fr: (p) =>
      `Le modèle «\u202F${p.id}\u202F» n’existe pas en version ${p.version}. Versions disponibles\u202F: ${p.available}.`,
    en: (p) => `Template "${p.id}" has no version ${p.version}. Available versions: ${p.available}.`,
  },
  // ---- Files of the wrong kind, spreadsheets (core/format/sniff.ts, core/node/table-file.ts)
  'not-an-assessment': {
    fr: (p) => `Ce fichier est ${kindNoun(p, 'fr')}, pas une analyse d’impact (.dpia).`,
    en: (p) => `This is ${kindNoun(p, 'en')}, not an assessment (.dpia).`,
  },
  'not-a-table': {
    fr: (p) =>
      p.kind === 'xls' || p.kind === 'ods'
        ? `«\u202F${p.file}\u202F» est ${kindNoun(p, 'fr')}\u00A0: enregistrez-le au format .xlsx ou CSV pour l’importer.`
        : `«\u202F${p.file}\u202F» est ${kindNoun(p, 'fr')}, pas un tableau CSV ou Excel (.xlsx).`,
    en: (p) =>
      p.kind === 'xls' || p.kind === 'ods'
        ? `"${p.file}" is ${kindNoun(p, 'en')}: save it as .xlsx or CSV to import it.`
        : `"${p.file}" is ${kindNoun(p, 'en')}, not a CSV or Excel (.xlsx) table.`,
  },
  'table-unterminated-quote': {
    fr: (p) =>
      `«\u202F${p.file}\u202F» est incomplet\u00A0: le guillemet ouvert ligne ${p.line} n’est jamais fermé.`,
    en: (p) => `"${p.file}" is incomplete: the quote opened on line ${p.line} is never closed.`,
  },
  'table-over-limit': {
    fr: (p) =>
      `«\u202F${p.file}\u202F» est refusé\u00A0: plus de ${p.limit} ${TABLE_LIMITED[String(p.what)]?.fr ?? p.what}.`,
    en: (p) => `"${p.file}" is refused: more than ${p.limit} ${TABLE_LIMITED[String(p.what)]?.en ?? p.what}.`,
  },
  'table-unreadable': {
    fr: (p) => `«\u202F${p.file}\u202F» est un classeur illisible (${p.detail}).`,
    en: (p) => `"${p.file}" is an unreadable workbook (${p.detail}).`,
  },
} satisfies Record<string, Record<Language, MessageBuilder>>;

export type ErrorCode = keyof typeof MESSAGES;

export class DpiaError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;

  constructor(code: ErrorCode, params: Params = {}) {
    super(MESSAGES[code].en(params));
    this.name = 'DpiaError';
    this.code = code;
    this.params = params;
  }

  /** The message in the user's language, on one line. */
  localized(language: Language): string {
    return MESSAGES[this.code][language](this.params).replace(/\s*\n\s*/g, ' ');
  }
}

export function isDpiaError(value: unknown): value is DpiaError {
  return value instanceof DpiaError;
}
