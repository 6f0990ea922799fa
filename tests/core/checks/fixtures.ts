// A small assessment of the built-in CSU template that every rule accepts, and cameras to change in each test.
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import type { Answer, Assessment, Camera, Measure, Risk } from '../../../core/model/assessment.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import type { Question, Template } from '../../../core/template/schema.ts';
import { allQuestions } from '../../../core/template/validate-template.ts';

export const TODAY = '2026-03-01';

export function csuTemplate(): Template {
  const template = getBuiltinTemplate('csu-videoprotection');
  if (!template) throw new Error('the built-in CSU template is missing');
  return template;
}

let counter = 0;
export const uuid = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const TEXT =
  'Un texte suffisamment développé pour cette question : il décrit la situation réelle de la commune, les faits, ' +
  'les chiffres et les raisons des choix, avec les solutions moins intrusives écartées (éclairage, médiation, ' +
  'présence humaine) et pourquoi elles ne suffisaient pas.';

/** The compliant answer of each question whose first option would trigger a rule. */
const GOOD: Record<string, Answer> = {
  'prescreening.dpia-required': { type: 'choice', optionId: 'mandatory' },
  'prescreening.wp248-criteria': { type: 'multichoice', optionIds: ['systematic-monitoring', 'large-scale'] },
  'prescreening.regimes': {
    type: 'table',
    rows: [
      {
        id: '00000000-0000-4000-9000-000000000001',
        cells: { purpose: 'p1', regime: 'mixed', justification: 'x' },
      },
    ],
  },
  'prescreening.project-kind': { type: 'choice', optionId: 'renewal' },
  'prescreening.authorisation-expiry': { type: 'date', value: '2029-06-30' },
  'prescreening.cameras-authorised': { type: 'number', value: 2 },
  'prescreening.prior-consultation': { type: 'choice', optionId: 'not-required' },
  'context.retention-days': { type: 'number', value: 3 },
  'principles.legal-basis': { type: 'multichoice', optionIds: ['gdpr-6-1-e', 'lil-87'] },
  'principles.transfers': { type: 'choice', optionId: 'none' },
  'principles.proportionality': {
    type: 'richtext',
    text: 'Place de la mairie : 14 vols à l’arraché en 2025, surtout la nuit ; deux caméras fixes, masques sur les façades.',
  },
  'principles.alternatives': {
    type: 'richtext',
    text: 'Éclairage renforcé en 2024 et médiateurs de nuit : les vols ont baissé de jour, pas de nuit (9 faits de 20 h à 6 h).',
  },
  'principles.access': {
    type: 'richtext',
    text:
      'Demande adressée à la déléguée à la protection des données (formulaire ou courrier), sur présentation d’une ' +
      'pièce d’identité ; réponse dans un délai d’un mois ; les autres personnes visibles sont floutées.',
  },
  'modules.lapi': { type: 'choice', optionId: 'absent' },
  'modules.facial-recognition': { type: 'choice', optionId: 'absent' },
  'modules.analytics': { type: 'choice', optionId: 'none' },
  'modules.audio': { type: 'choice', optionId: 'absent' },
  'modules.videoverbalisation': { type: 'boolean', value: false },
  'modules.donation': { type: 'boolean', value: false },
  'measures.vendor-remote-access': { type: 'choice', optionId: 'on-request-bastion' },
};

function answerFor(question: Question): Answer | undefined {
  const good = GOOD[question.id];
  if (good) return structuredClone(good);
  switch (question.type) {
    case 'richtext':
    case 'text':
      return { type: question.type, text: TEXT };
    case 'choice':
      return { type: 'choice', optionId: question.options?.[0]?.id ?? null };
    case 'multichoice':
      return { type: 'multichoice', optionIds: [question.options?.[0]?.id ?? 'x'] };
    case 'boolean':
      return { type: 'boolean', value: false };
    case 'date':
      return { type: 'date', value: '2027-03-01' };
    case 'number':
      return { type: 'number', value: 1 };
    case 'table':
      return {
        type: 'table',
        rows: [{ id: uuid(), cells: Object.fromEntries((question.columns ?? []).map((c) => [c.id, 'x'])) }],
      };
    case 'cameras':
    case 'risks':
    case 'measures':
      return { type: question.type };
  }
}

export function camera(overrides: Partial<Camera> = {}): Camera {
  const id = uuid();
  return {
    id,
    code: `CAM-${id.slice(-3)}`,
    location: 'Place de la mairie',
    type: 'fixed',
    purposes: [1],
    nearHomes: false,
    privacyMasks: 'none',
    hours: '24/7',
    audio: 'absent',
    analytics: 'absent',
    facialRecognition: 'absent',
    lapi: 'absent',
    make: 'Vistelia',
    model: 'VT-B3620',
    firmware: '3.12.4',
    owner: 'Commune',
    donor: '',
    signage: 'Panneau P1',
    authorisationReference: 'Arrêté n° 2024-VP-1',
    authorisationExpiry: '2029-06-30',
    notes: '',
    ...overrides,
  };
}

export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: uuid(),
    title: 'Masques de confidentialité',
    description: 'Masques statiques et dynamiques.',
    category: 'data',
    state: 'existing',
    catalogueRef: 'M1',
    owner: 'CSU',
    deadline: null,
    cost: 'low',
    difficulty: 'low',
    progress: 100,
    ...overrides,
  };
}

export function risk(measureIds: string[], overrides: Partial<Risk> = {}): Risk {
  const rating = (level: 1 | 2 | 3 | 4) => ({
    severity: level,
    severityJustification: 'Les images ne montrent que des passants.',
    likelihood: level,
    likelihoodJustification: 'Accès par badge et compte nominatif.',
  });
  return {
    id: uuid(),
    title: 'Voyeurisme',
    description: 'Un opérateur zoome sur des fenêtres.',
    fearedEvent: 'illegitimate-access',
    catalogueRef: 'R1',
    sources: ['Opérateur'],
    threats: ['Mésusage du zoom'],
    impacts: ['Atteinte à l’intimité'],
    measureIds,
    initial: rating(2),
    residual: rating(1),
    ...overrides,
  };
}

/** Every required question answered, two clean cameras, the three feared events studied, opinions recorded. */
export function cleanAssessment(): Assessment {
  const template = csuTemplate();
  const assessment = createAssessment({
    template,
    title: 'AIPD de test',
    language: 'fr',
    author: 'DPO',
    now: new Date(`${TODAY}T09:00:00Z`),
    newId: uuid,
  });
  for (const question of allQuestions(template)) {
    const answer = answerFor(question);
    if (answer) assessment.answers[question.id] = answer;
  }
  const masks = measure();
  const plan = measure({
    title: 'Sauvegarde',
    catalogueRef: 'M21',
    state: 'planned',
    owner: 'DSI',
    deadline: '2026-12-31',
    progress: 0,
  });
  assessment.measures = [masks, plan];
  assessment.risks = [
    risk([masks.id]),
    risk([plan.id], { title: 'Images altérées', fearedEvent: 'unwanted-modification' }),
    risk([plan.id], { title: 'Images perdues', fearedEvent: 'disappearance' }),
  ];
  assessment.cameras = [camera(), camera({ nearHomes: true, privacyMasks: 'static' })];
  assessment.opinions = {
    dpo: { name: 'Mme DPO', date: '2026-02-20', verdict: 'favourable', text: 'Avis favorable.' },
    dataSubjects: {
      sought: true,
      method: 'Réunion publique',
      summary: 'Les habitants approuvent.',
      notSoughtReason: '',
    },
  };
  return assessment;
}
