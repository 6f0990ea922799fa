// Small DPIA fixtures for the export tests: a template with every question type, an assessment that answers it,
// and a generator of large assessments (hundreds of cameras, long answers) for speed measurements.
import { Assessment } from '../../../core/model/assessment.ts';
import type { Answer, Camera, Measure, Risk } from '../../../core/model/assessment.ts';
import type { DpiaDocument } from '../../../core/format/document.ts';
import { Template } from '../../../core/template/schema.ts';
import type { Question } from '../../../core/template/schema.ts';

export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const t = (fr: string, en: string) => ({ fr, en });
const q = (
  id: string,
  type: Question['type'],
  label: [string, string],
  extra: Partial<Question> = {},
): Question => ({
  id,
  type,
  required: true,
  label: t(...label),
  guidance: t('Conseil.', 'Guidance.'),
  legalRefs: [],
  knowledgeBase: [],
  ...extra,
});

const scale = (labels: [string, string][]) =>
  labels.map(([fr, en], i) => ({
    level: i + 1,
    label: t(fr, en),
    description: t('Description.', 'Description.'),
    example: t('Exemple.', 'Example.'),
  }));

export function fixtureTemplate(): Template {
  return Template.parse({
    id: 'test-template',
    version: '1.2.0',
    languages: ['fr', 'en'],
    title: t('Vidéoprotection urbaine', 'Urban video surveillance'),
    description: t('Modèle de test.', 'Test template.'),
    author: 'built-in',
    sections: [
      {
        id: 'context',
        title: t('Contexte', 'Context'),
        intro: t('Le contexte du traitement.', 'The context of the processing.'),
        items: [
          {
            id: 'context.overview',
            title: t('Vue d’ensemble', 'Overview'),
            evaluationMode: 'item',
            questions: [
              q('context.description', 'richtext', ['Décrivez le traitement', 'Describe the processing'], {
                legalRefs: ['gdpr-35'],
              }),
              q('context.controller', 'text', ['Responsable du traitement', 'Controller']),
              q('context.kind', 'choice', ['Nature du projet', 'Kind of project'], {
                options: [
                  { id: 'new', label: t('Nouveau dispositif', 'New system') },
                  { id: 'extension', label: t('Extension', 'Extension') },
                ],
                withComment: true,
              }),
              q('context.subjects', 'multichoice', ['Personnes concernées', 'Data subjects'], {
                options: [
                  { id: 'residents', label: t('Riverains', 'Residents') },
                  { id: 'passers-by', label: t('Passants', 'Passers-by') },
                  { id: 'minors', label: t('Mineurs', 'Minors') },
                ],
              }),
              q('context.donation', 'boolean', [
                'Matériel donné par un fournisseur ?',
                'Equipment donated by a vendor?',
              ]),
              q('context.expiry', 'date', ['Échéance de l’autorisation', 'Expiry of the authorisation']),
              q('context.retention-days', 'number', ['Durée de conservation', 'Retention period'], {
                unit: t('jours', 'days'),
                legalRefs: ['csi-l252-5'],
              }),
              q('context.processors', 'table', ['Sous-traitants', 'Processors'], {
                columns: [
                  { id: 'name', label: t('Nom', 'Name'), type: 'text' },
                  {
                    id: 'role',
                    label: t('Rôle', 'Role'),
                    type: 'choice',
                    options: [
                      { id: 'maintenance', label: t('Maintenance', 'Maintenance') },
                      { id: 'hosting', label: t('Hébergement', 'Hosting') },
                    ],
                  },
                  { id: 'since', label: t('Depuis', 'Since'), type: 'date' },
                ],
              }),
              q('context.optional-note', 'richtext', ['Remarques', 'Remarks'], { required: false }),
            ],
          },
          {
            id: 'context.inventory',
            title: t('Caméras', 'Cameras'),
            evaluationMode: 'none',
            questions: [q('context.cameras', 'cameras', ['Inventaire des caméras', 'Camera inventory'])],
          },
        ],
      },
      {
        id: 'principles',
        title: t('Principes fondamentaux', 'Fundamental principles'),
        items: [
          {
            id: 'principles.necessity',
            title: t('Nécessité et proportionnalité', 'Necessity and proportionality'),
            evaluationMode: 'question',
            questions: [
              q('principles.purposes', 'richtext', [
                'Les finalités sont-elles légitimes ?',
                'Are the purposes legitimate?',
              ]),
              q('principles.retention', 'richtext', [
                'La conservation est-elle justifiée ?',
                'Is the retention justified?',
              ]),
            ],
          },
        ],
      },
      {
        id: 'measures',
        title: t('Mesures', 'Measures'),
        items: [
          {
            id: 'measures.register',
            title: t('Mesures existantes ou prévues', 'Existing or planned measures'),
            evaluationMode: 'none',
            questions: [q('measures.list', 'measures', ['Mesures', 'Measures'])],
          },
        ],
      },
      {
        id: 'risks',
        title: t('Risques', 'Risks'),
        items: [
          {
            id: 'risks.register',
            title: t('Scénarios de risque', 'Risk scenarios'),
            evaluationMode: 'item',
            questions: [
              q('risks.list', 'risks', ['Risques', 'Risks']),
              q('risks.overview', 'richtext', ['Lecture d’ensemble', 'Overall reading']),
            ],
          },
        ],
      },
      {
        id: 'validation',
        title: t('Validation', 'Validation'),
        items: [
          {
            id: 'validation.plan',
            title: t('Suivi', 'Follow-up'),
            evaluationMode: 'none',
            questions: [
              q('validation.action-plan', 'richtext', [
                'Commentaires sur le plan d’action',
                'Comments on the action plan',
              ]),
              q('validation.next-review', 'date', ['Prochaine revue', 'Next review']),
            ],
          },
        ],
      },
    ],
    knowledgeBase: {
      definitions: [],
      scales: {
        severity: scale([
          ['Négligeable', 'Negligible'],
          ['Limitée', 'Limited'],
          ['Importante', 'Significant'],
          ['Maximale', 'Maximum'],
        ]),
        likelihood: scale([
          ['Négligeable', 'Negligible'],
          ['Limitée', 'Limited'],
          ['Importante', 'Significant'],
          ['Maximale', 'Maximum'],
        ]),
      },
      risks: [],
      measures: [],
      legalReferences: [
        {
          id: 'gdpr-35',
          label: t('RGPD, art. 35', 'GDPR, art. 35'),
          summary: t(
            'L’analyse d’impact est obligatoire pour les traitements à risque élevé.',
            'A DPIA is required for high-risk processing.',
          ),
          url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
        },
        {
          id: 'csi-l252-5',
          label: t('CSI, art. L252-5', 'CSI, art. L252-5'),
          summary: t(
            'Les enregistrements sont détruits dans un délai maximal d’un mois.',
            'Recordings are destroyed within one month at most.',
          ),
        },
        {
          id: 'unused',
          label: t('Texte non cité', 'Uncited text'),
          summary: t('Jamais cité.', 'Never cited.'),
        },
      ],
    },
  });
}

const DESCRIPTION = [
  'La commune exploite un **centre de supervision urbaine** (CSU) relié à *trente caméras*.',
  '',
  'Les images servent à :',
  '',
  '- protéger les bâtiments publics ;',
  '- réguler le trafic',
  '  - aux heures de pointe',
  '  - lors des marchés',
  '',
  '1. Première étape',
  '2. Deuxième étape',
  '',
  'Voir la [doctrine de la CNIL](https://www.cnil.fr/fr/videoprotection) et https://www.legifrance.gouv.fr/ à 20:00.',
].join('\n');

export function camera(n: number, overrides: Partial<Camera> = {}): Camera {
  return {
    id: uuid(1000 + n),
    code: `CAM-${String(n).padStart(3, '0')}`,
    location: `Place de la Mairie, angle ${n}`,
    type: n % 3 === 0 ? 'ptz' : n % 3 === 1 ? 'dome' : 'fixed',
    purposes: [1, 5],
    nearHomes: n % 2 === 0,
    privacyMasks: n % 2 === 0 ? 'static' : 'none',
    hours: '24/7',
    audio: 'absent',
    analytics: 'present-disabled',
    facialRecognition: 'absent',
    lapi: 'absent',
    make: 'Axis',
    model: 'Q6075',
    firmware: '10.12',
    owner: 'Commune',
    donor: '',
    signage: 'Panneau',
    authorisationReference: 'Arrêté 2023-145',
    authorisationExpiry: '2028-06-30',
    notes: '',
    ...overrides,
  };
}

export function risk(n: number, overrides: Partial<Risk> = {}): Risk {
  return {
    id: uuid(2000 + n),
    title: `Risque ${n}`,
    description: '',
    fearedEvent: 'illegitimate-access',
    catalogueRef: null,
    sources: ['Opérateur malveillant'],
    threats: ['Export non autorisé'],
    impacts: ['Atteinte à la vie privée'],
    measureIds: [uuid(3001)],
    initial: {
      severity: 3,
      severityJustification: 'Images sensibles.',
      likelihood: 3,
      likelihoodJustification: 'Comptes partagés.',
    },
    residual: {
      severity: 3,
      severityJustification: '',
      likelihood: 1,
      likelihoodJustification: 'Comptes nominatifs.',
    },
    ...overrides,
  };
}

export function measure(n: number, overrides: Partial<Measure> = {}): Measure {
  return {
    id: uuid(3000 + n),
    title: `Mesure ${n}`,
    description: 'Une description **importante**.',
    category: 'security',
    state: 'existing',
    catalogueRef: null,
    owner: '',
    deadline: null,
    cost: null,
    difficulty: null,
    progress: 0,
    ...overrides,
  };
}

export function fixtureAssessment(): Assessment {
  const answers: Record<string, Answer> = {
    'context.description': { type: 'richtext', text: DESCRIPTION },
    'context.controller': { type: 'text', text: 'Le maire de Villeneuve-sur-Lot' },
    'context.kind': { type: 'choice', optionId: 'extension', comment: 'Extension de *douze* caméras.' },
    'context.subjects': { type: 'multichoice', optionIds: ['residents', 'passers-by'] },
    'context.donation': { type: 'boolean', value: false },
    'context.expiry': { type: 'date', value: '2028-06-30' },
    'context.retention-days': { type: 'number', value: 15 },
    'context.processors': {
      type: 'table',
      rows: [
        { id: uuid(9001), cells: { name: 'Vidéo Services SARL', role: 'maintenance', since: '2021-03-01' } },
        { id: uuid(9002), cells: { name: 'Hébergeur Sud', role: 'hosting', since: '' } },
      ],
    },
    'context.cameras': { type: 'cameras', comment: 'Inventaire tenu par la police municipale.' },
    'principles.purposes': { type: 'richtext', text: 'Les finalités relèvent de l’article L251-2.' },
    'measures.list': { type: 'measures' },
    'risks.list': { type: 'risks', comment: 'Trois scénarios retenus.' },
    'risks.overview': { type: 'richtext', text: 'Le risque résiduel est **faible**.' },
    'validation.action-plan': { type: 'richtext', text: 'Le plan sera suivi en comité.' },
    'validation.next-review': { type: 'date', value: '2026-09-01' },
  };
  return Assessment.parse({
    id: uuid(1),
    meta: {
      title: 'AIPD du CSU de Villeneuve-sur-Lot',
      organisation: 'Commune de Villeneuve-sur-Lot',
      controller: 'Le maire',
      dpo: 'Claire Martin',
      authors: ['Claire Martin', 'Paul Durand'],
      language: 'fr',
      version: '1.2',
      createdAt: '2025-01-15T09:00:00+01:00',
      modifiedAt: '2025-03-03T17:30:00+01:00',
      status: 'in-review',
      reviewDate: '2026-09-01',
      templateId: 'test-template',
      templateVersion: '1.2.0',
    },
    answers,
    evaluations: {
      'context.overview': {
        verdict: 'improvable',
        comment: 'Description trop succincte.',
        correctiveAction: 'Décrire le réseau de transmission.',
        evaluatedBy: 'Jeanne Roux',
        evaluatedAt: '2025-03-01T10:00:00+01:00',
      },
      'principles.purposes': {
        verdict: 'acceptable',
        comment: '',
        correctiveAction: '',
        evaluatedBy: 'Jeanne Roux',
        evaluatedAt: '2025-03-01T10:00:00+01:00',
      },
      'principles.retention': {
        verdict: 'to-correct',
        comment: 'Aucune justification.',
        correctiveAction: 'Justifier la durée de 15 jours.',
        evaluatedBy: 'Jeanne Roux',
        evaluatedAt: '2025-03-01T10:00:00+01:00',
      },
    },
    cameras: [
      camera(1),
      camera(2, { nearHomes: true, privacyMasks: 'dynamic', donor: 'Vidéo Services SARL', purposes: [3, 4] }),
      camera(3, { audio: 'present-enabled', lapi: 'present-disabled', location: 'Parking du marché' }),
    ],
    risks: [
      risk(1, { title: 'Accès illégitime aux images' }),
      risk(2, {
        title: 'Modification des enregistrements',
        fearedEvent: 'unwanted-modification',
        initial: { severity: 2, severityJustification: '', likelihood: 1, likelihoodJustification: '' },
        residual: { severity: 1, severityJustification: '', likelihood: 1, likelihoodJustification: '' },
      }),
      risk(3, {
        title: 'Perte des images utiles à une enquête',
        fearedEvent: 'disappearance',
        initial: { severity: 4, severityJustification: '', likelihood: 2, likelihoodJustification: '' },
        residual: {
          severity: null,
          severityJustification: '',
          likelihood: null,
          likelihoodJustification: '',
        },
      }),
    ],
    measures: [
      measure(1, { title: 'Comptes nominatifs', category: 'security' }),
      measure(2, {
        title: 'Journalisation des accès',
        category: 'security',
        state: 'planned',
        owner: 'DSI',
        deadline: '2025-06-30',
        progress: 40,
      }),
      measure(3, {
        title: 'Affichage réglementaire',
        category: 'organisational',
        state: 'planned',
        owner: '',
        deadline: null,
      }),
      measure(4, { title: 'Masquage des fenêtres', category: 'data', cost: 'low', difficulty: 'medium' }),
    ],
    opinions: {
      dpo: {
        name: 'Claire Martin',
        date: '2025-03-10',
        verdict: 'reserved',
        text: 'Avis favorable **sous réserve** du plan d’action.',
      },
      dataSubjects: {
        sought: true,
        method: 'Réunion publique du conseil de quartier.',
        summary: 'Les riverains demandent un masquage des fenêtres.',
        notSoughtReason: '',
      },
    },
    validation: {
      decision: null,
      by: '',
      role: '',
      date: null,
      comment: '',
      openFindingsJustification: '',
    },
    statusHistory: [
      { status: 'draft', by: 'Claire Martin', at: '2025-01-15T09:00:00+01:00', note: '' },
      {
        status: 'in-review',
        by: 'Claire Martin',
        at: '2025-03-01T09:00:00+01:00',
        note: 'Envoyée au comité.',
      },
    ],
    revisions: [
      {
        id: uuid(4001),
        label: '1.0',
        author: 'Claire Martin',
        createdAt: '2025-02-01T12:00:00+01:00',
        reason: 'Première version complète.',
        contentSha256: 'a'.repeat(64),
      },
    ],
    attachments: [
      {
        id: uuid(5001),
        name: 'arrete-prefectoral.pdf',
        mediaType: 'application/pdf',
        sha256: 'b'.repeat(64),
        size: 245_760,
        addedBy: 'Claire Martin',
        addedAt: '2025-02-01T12:00:00+01:00',
        questionId: 'context.expiry',
        description: 'Arrêté préfectoral d’autorisation',
      },
    ],
  });
}

/** A document as a freshly opened, unsigned .dpia file holds it: the one place tests build a DpiaDocument. */
export function documentOf(
  assessment: Assessment,
  template: Template,
  attachments: Map<string, Uint8Array>,
): DpiaDocument {
  return { assessment, template, attachments, signature: null, revisionSnapshots: new Map() };
}

export function fixtureDocument(): DpiaDocument {
  return documentOf(
    fixtureAssessment(),
    fixtureTemplate(),
    new Map([['b'.repeat(64), new Uint8Array([1, 2, 3])]]),
  );
}

const WORDS =
  'la commune exploite des caméras sur la voie publique pour protéger les bâtiments et réguler le trafic ; les images sont conservées quinze jours puis effacées automatiquement : seuls les opérateurs habilités y accèdent !'.split(
    ' ',
  );

/** About `words` words of Markdown with bold, a list and a link, like a thorough answer. */
export function longAnswer(words: number, seed = 0): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(i + seed) % WORDS.length] ?? '');
  const text = out.join(' ');
  const third = Math.floor(text.length / 3);
  return `${text.slice(0, third)} **point clé** ${text.slice(third, 2 * third)}\n\n- premier point\n- second point avec [un lien](https://www.cnil.fr/)\n\n${text.slice(2 * third)}`;
}

/** The reference large assessment: every question answered at length, 361 cameras, 25 risks, 60 measures. */
export function largeDocument(template: Template = fixtureTemplate()): DpiaDocument {
  const base = fixtureAssessment();
  const measures = Array.from({ length: 60 }, (_, i) =>
    measure(i + 1, {
      description: longAnswer(60, i),
      state: i % 3 === 0 ? 'planned' : 'existing',
      owner: i % 3 === 0 ? 'DSI' : '',
      deadline: i % 3 === 0 ? '2025-12-31' : null,
      category: (['data', 'security', 'organisational'] as const)[i % 3],
    }),
  );
  const risks = Array.from({ length: 25 }, (_, i) =>
    risk(i + 1, {
      title: `Scénario de risque numéro ${i + 1}`,
      description: longAnswer(80, i),
      measureIds: [measures[i]?.id ?? uuid(3001), measures[i + 25]?.id ?? uuid(3002)],
      initial: {
        severity: (i % 4) + 1,
        severityJustification: longAnswer(40, i),
        likelihood: ((i >> 2) % 4) + 1,
        likelihoodJustification: longAnswer(40, i + 1),
      },
    }),
  );
  const answers: Record<string, Answer> = {};
  let seed = 0;
  for (const section of template.sections) {
    for (const item of section.items) {
      for (const question of item.questions) {
        answers[question.id] = answerFor(question, seed++);
      }
    }
  }
  const attachments = Array.from({ length: 5 }, (_, i) => ({
    id: uuid(5100 + i),
    name: `piece-${i + 1}.pdf`,
    mediaType: 'application/pdf',
    sha256: String(i).repeat(64),
    size: 1_048_576,
    addedBy: 'Claire Martin',
    addedAt: '2025-02-01T12:00:00+01:00',
    questionId: null,
    description: `Pièce ${i + 1}`,
  }));
  const assessment: Assessment = {
    ...base,
    meta: { ...base.meta, templateId: template.id, templateVersion: template.version },
    answers,
    cameras: Array.from({ length: 361 }, (_, i) => camera(i + 1)),
    risks,
    measures,
    attachments,
  };
  return documentOf(
    assessment,
    template,
    new Map(attachments.map((a) => [a.sha256, new Uint8Array(a.size)])),
  );
}

function answerFor(question: Question, seed: number): Answer {
  const comment = longAnswer(40, seed);
  switch (question.type) {
    case 'richtext':
      return { type: 'richtext', text: longAnswer(300, seed) };
    case 'text':
      return { type: 'text', text: 'Réponse courte' };
    case 'choice':
      return { type: 'choice', optionId: question.options?.[0]?.id ?? null, comment };
    case 'multichoice':
      return { type: 'multichoice', optionIds: (question.options ?? []).map((o) => o.id), comment };
    case 'boolean':
      return { type: 'boolean', value: true, comment };
    case 'date':
      return { type: 'date', value: '2027-01-01', comment };
    case 'number':
      return { type: 'number', value: 30, comment };
    case 'table':
      return {
        type: 'table',
        rows: [1, 2, 3].map((n) => ({
          id: uuid(9100 + seed * 10 + n),
          cells: Object.fromEntries(
            (question.columns ?? []).map((c) => [c.id, c.options?.[0]?.id ?? `Valeur ${n}`]),
          ),
        })),
      };
    case 'cameras':
      return { type: 'cameras', comment };
    case 'risks':
      return { type: 'risks', comment };
    case 'measures':
      return { type: 'measures', comment };
  }
}
