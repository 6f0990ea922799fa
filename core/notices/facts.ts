// What the public must be told, read from the answers and the camera inventory; a fact the assessment lacks is
// listed as missing, never guessed.
import { CONTROLLER_QUESTION } from '../assessment/controller.ts';
import type { Assessment, Camera } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import type { Question, Template } from '../template/schema.ts';
import { Q } from '../checks/context.ts';
import { NOTICE_TEXTS } from './texts.ts';

/** The facts a notice may lack; each has a name in both languages (NOTICE_TEXTS.fact). */
export type FactKey =
  | 'controller'
  | 'dpo'
  | 'dpoContact'
  | 'purposes'
  | 'legalBases'
  | 'recipients'
  | 'retention'
  | 'rights'
  | 'webPage'
  | 'filmedAreas'
  | 'cameraLocations';

export interface MissingFact {
  key: FactKey;
  /** The fact's name in the notice's language, e.g. « responsable du traitement ». */
  label: string;
  /** What the notice prints in its place, e.g. « [À compléter : responsable du traitement] ». */
  placeholder: string;
}

export type Regime = 'gdpr' | 'directive' | 'mixed';

export interface NoticePurpose {
  /** The CSI L251-2 number (1–11), or null for a purpose the template names otherwise. */
  number: number | null;
  /** The template's label in the notice's language, e.g. « 3° Régulation des flux de transport ». */
  label: string;
  regime: Regime | null;
  /** The template's label of the regime, when the regime table states it. */
  regimeLabel: string | null;
}

export interface FilmedPlace {
  name: string;
  cameras: number;
}

export interface NoticeFacts {
  language: Language;
  /** The language the DPO wrote the answers in (the assessment's), which may differ from the notice's. */
  answersLanguage: Language;
  organisation: string;
  /** Who the controller is, in short (the document properties, else the controller answer). */
  controller: string | null;
  /** The controller answer, when it says more than `controller` (address, representative). */
  controllerDetails: string | null;
  dpo: string | null;
  /** An e-mail address, phone number or web address for the DPO, found where the DPO wrote one. */
  dpoContact: string | null;
  purposes: NoticePurpose[];
  legalBases: string[];
  /** Markdown, as the DPO wrote it. */
  recipients: string | null;
  retentionDays: number | null;
  /** How to exercise the rights: the access answer, Markdown. */
  rights: string | null;
  /** The address of the town's information page, when an answer on information gives one. */
  webPage: string | null;
  authorisation: string | null;
  /** Which rights regimes the purposes and bases involve; both when nothing says. */
  regimes: { gdpr: boolean; directive: boolean };
  filmedAreas: { places: FilmedPlace[]; cameras: number; unlocated: number };
  /** `YYYY-MM-DD`: the day the assessment was last modified, printed as the notice's update date. */
  updated: string;
  missing: MissingFact[];
}

const EMAIL = /[^\s@<>()[\]«»"':;,]+@[^\s@<>()[\]«»"':;,]+\.[a-z]{2,}/iu;
const PHONE = /(?:\+33[\s.]?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/u;
const URL = /https?:\/\/[^\s<>()[\]«»"]+/giu;
/** Sites that are sources or authorities, not the town's own page. */
const NOT_THE_TOWN = /(^|\.)(cnil\.fr|legifrance\.gouv\.fr|europa\.eu|service-public\.fr)$/iu;
/** What separates a place from the spot on it: « Place d'Armes — côté nord », « Gare (parvis) ». */
const PLACE_SEPARATOR = /\s+[—–-]\s+|\s*\(|\s*\/\s+/u;

const clean = (value: string | undefined | null): string => (value ?? '').trim();
const orNull = (value: string): string | null => (value === '' ? null : value);

function questionsById(template: Template): Map<string, Question> {
  const map = new Map<string, Question>();
  for (const section of template.sections)
    for (const item of section.items) for (const question of item.questions) map.set(question.id, question);
  return map;
}

/** Reads the facts of the public notices in one language; each fact it cannot find goes into `missing`. */
export function noticeFacts(assessment: Assessment, template: Template, language: Language): NoticeFacts {
  const texts = NOTICE_TEXTS[language];
  const questions = questionsById(template);
  const answers = assessment.answers;
  const text = (id: string): string => {
    const a = answers[id];
    return a && (a.type === 'text' || a.type === 'richtext') ? a.text.trim() : '';
  };

  const controllerAnswer = text(CONTROLLER_QUESTION);
  const controller = orNull(clean(assessment.meta.controller) || controllerAnswer);
  const controllerDetails =
    controllerAnswer !== '' && controllerAnswer !== controller ? controllerAnswer : null;
  const dpo = orNull(clean(assessment.meta.dpo) || clean(assessment.opinions.dpo.name));
  const access = text(Q.access);
  const dpoContact = findContact([clean(assessment.meta.dpo), access]);

  const purposes = readPurposes(assessment, questions, language);
  const bases = answers[Q.legalBasis];
  const basisIds = bases?.type === 'multichoice' ? bases.optionIds : [];
  const basisOptions = questions.get(Q.legalBasis)?.options ?? [];
  const legalBases = basisIds.map((id) => basisOptions.find((o) => o.id === id)?.label[language] ?? id);

  const retention = answers[Q.retentionDays];
  const retentionDays =
    retention?.type === 'number' && retention.value !== null && retention.value >= 0 ? retention.value : null;

  const filmedAreas = groupByPlace(assessment.cameras, language);
  const regimes = {
    gdpr:
      purposes.some((p) => p.regime === 'gdpr' || p.regime === 'mixed') ||
      basisIds.some((id) => id !== 'lil-87'),
    directive:
      purposes.some((p) => p.regime === 'directive' || p.regime === 'mixed') || basisIds.includes('lil-87'),
  };
  const known = regimes.gdpr || regimes.directive;

  const facts: Omit<NoticeFacts, 'missing'> = {
    language,
    answersLanguage: assessment.meta.language,
    organisation: clean(assessment.meta.organisation),
    controller,
    controllerDetails,
    dpo,
    dpoContact,
    purposes,
    legalBases,
    recipients: orNull(text(Q.recipients)),
    retentionDays,
    rights: orNull(access),
    webPage: findTownPage(text(Q.information)),
    authorisation: orNull(text(Q.authorisationReference)),
    regimes: known ? regimes : { gdpr: true, directive: true },
    filmedAreas,
    updated: assessment.meta.modifiedAt.slice(0, 10),
  };

  const missing: MissingFact[] = [];
  const lack = (key: Exclude<FactKey, 'cameraLocations'>, absent: boolean) => {
    if (!absent) return;
    const label = texts.fact[key];
    missing.push({ key, label, placeholder: texts.placeholder(label) });
  };
  lack('controller', controller === null);
  lack('dpo', dpo === null);
  lack('dpoContact', dpoContact === null);
  lack('purposes', purposes.length === 0);
  lack('legalBases', legalBases.length === 0);
  lack('recipients', facts.recipients === null);
  lack('retention', retentionDays === null);
  lack('rights', facts.rights === null);
  lack('webPage', facts.webPage === null);
  lack('filmedAreas', filmedAreas.cameras === 0);
  if (filmedAreas.unlocated > 0) {
    const label = texts.fact.cameraLocations(filmedAreas.unlocated);
    missing.push({ key: 'cameraLocations', label, placeholder: texts.placeholder(label) });
  }
  return { ...facts, missing };
}

/** The placeholder of a missing fact, in the facts' language. */
export function placeholderFor(facts: NoticeFacts, key: FactKey): string {
  const found = facts.missing.find((m) => m.key === key);
  if (found) return found.placeholder;
  const texts = NOTICE_TEXTS[facts.language];
  const label = texts.fact[key];
  return texts.placeholder(typeof label === 'string' ? label : label(1));
}

/**
 * The purposes, from the regime table (purpose and regime by row), completed by the purposes the cameras
 * serve; labels are the template's options (CSI L251-2, 1° to 11°).
 */
function readPurposes(
  assessment: Assessment,
  questions: Map<string, Question>,
  language: Language,
): NoticePurpose[] {
  const columns = questions.get(Q.regimes)?.columns ?? [];
  const purposeOptions = columns.find((c) => c.id === 'purpose')?.options ?? [];
  const regimeOptions = columns.find((c) => c.id === 'regime')?.options ?? [];
  const numberOf = (optionId: string): number | null => {
    const match = /^p(\d{1,2})$/u.exec(optionId);
    return match ? Number(match[1]) : null;
  };
  const byId = new Map<string, NoticePurpose>();
  const table = assessment.answers[Q.regimes];
  for (const row of table?.type === 'table' ? table.rows : []) {
    const id = clean(row.cells.purpose);
    if (id === '' || byId.has(id)) continue;
    const option = purposeOptions.find((o) => o.id === id);
    const regimeId = clean(row.cells.regime);
    const regime = regimeId === 'gdpr' || regimeId === 'directive' || regimeId === 'mixed' ? regimeId : null;
    byId.set(id, {
      number: numberOf(id),
      label: option?.label[language] ?? id,
      regime,
      regimeLabel: regimeOptions.find((o) => o.id === regimeId)?.label[language] ?? null,
    });
  }
  const served = new Set<number>();
  for (const camera of assessment.cameras) for (const p of camera.purposes) served.add(p);
  for (const n of served) {
    const id = `p${n}`;
    if (byId.has(id)) continue;
    const label = purposeOptions.find((o) => o.id === id)?.label[language] ?? `${n}°`;
    byId.set(id, { number: n, label, regime: null, regimeLabel: null });
  }
  return [...byId.values()].sort((a, b) => (a.number ?? 99) - (b.number ?? 99));
}

/**
 * Cameras grouped by place: the camera's location up to the spot on it (« Place d'Armes — côté nord » is on
 * « Place d'Armes »), compared without case or repeated spaces. One pass over the cameras, then a sort of the
 * places, so thousands of cameras give a list of streets and squares, not of cameras.
 */
export function groupByPlace(
  cameras: readonly Camera[],
  language: Language,
): { places: FilmedPlace[]; cameras: number; unlocated: number } {
  const places = new Map<string, FilmedPlace>();
  let unlocated = 0;
  for (const camera of cameras) {
    const location = camera.location.replace(/\s+/gu, ' ').trim();
    const name = (location.split(PLACE_SEPARATOR)[0] ?? '').trim() || location;
    if (name === '') {
      unlocated++;
      continue;
    }
    const key = name.toLocaleLowerCase(language).normalize('NFC');
    const place = places.get(key);
    if (place) place.cameras++;
    else places.set(key, { name, cameras: 1 });
  }
  const collator = new Intl.Collator(language === 'fr' ? 'fr-FR' : 'en-GB', {
    numeric: true,
    sensitivity: 'base',
  });
  return {
    places: [...places.values()].sort((a, b) => collator.compare(a.name, b.name)),
    cameras: cameras.length,
    unlocated,
  };
}

/** The first e-mail address, else phone number, written in one of the texts (in order of preference). */
function findContact(texts: readonly string[]): string | null {
  for (const pattern of [EMAIL, PHONE]) {
    for (const text of texts) {
      const match = pattern.exec(text);
      if (match) return match[0].replace(/[.,;:!?]+$/u, '');
    }
  }
  return null;
}

/** The first web address in the answer on information that is not the CNIL's or a legal source's. */
function findTownPage(text: string): string | null {
  for (const match of text.matchAll(URL)) {
    const url = match[0].replace(/[.,;:!?'’]+$/u, '');
    const host = /^https?:\/\/([^/:?#@]+)/iu.exec(url)?.[1] ?? '';
    if (host !== '' && !NOT_THE_TOWN.test(host)) return url;
  }
  return null;
}
