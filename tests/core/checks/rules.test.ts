import { describe, expect, it } from 'vitest';
import { RULE_IDS, runChecks, type Finding, type RuleId } from '../../../core/checks/index.ts';
import type { Answer, Assessment } from '../../../core/model/assessment.ts';
import { cleanAssessment, csuTemplate, risk, TODAY } from './fixtures.ts';

type Change = (a: Assessment) => void;

interface RuleCase {
  rule: RuleId;
  /** A small change to the clean assessment that the rule must report. */
  trigger: Change;
  /** A change close to the trigger that the rule must accept. */
  nearMiss: Change;
}

const answer =
  (id: string, value: Answer): Change =>
  (a) => {
    a.answers[id] = value;
  };
const choice = (id: string, optionId: string | null): Change => answer(id, { type: 'choice', optionId });
const number = (id: string, value: number): Change => answer(id, { type: 'number', value });
const richtext = (id: string, text: string): Change => answer(id, { type: 'richtext', text });
const both =
  (...changes: Change[]): Change =>
  (a) => {
    for (const change of changes) change(a);
  };
const camera0: (change: (c: Assessment['cameras'][number]) => void) => Change = (change) => (a) => {
  change(a.cameras[0]!);
};

const CASES: RuleCase[] = [
  {
    rule: 'completeness.required-answer',
    trigger: (a) => delete a.answers['context.benefits'],
    nearMiss: (a) => delete a.answers['modules.analytics-functions'],
  },
  {
    rule: 'completeness.camera-purpose',
    trigger: camera0((c) => (c.purposes = [])),
    nearMiss: camera0((c) => (c.purposes = [1, 11])),
  },
  {
    rule: 'completeness.risk-unrated',
    trigger: (a) => (a.risks[0]!.residual.severity = null),
    nearMiss: (a) => (a.risks[0]!.residual.severity = 4),
  },
  {
    rule: 'completeness.risk-justification',
    trigger: (a) => (a.risks[0]!.initial.likelihoodJustification = '  '),
    nearMiss: (a) => (a.risks[0]!.initial.likelihoodJustification = 'Réseau isolé.'),
  },
  {
    rule: 'completeness.planned-measure',
    trigger: (a) => (a.measures[1]!.deadline = null),
    nearMiss: (a) => Object.assign(a.measures[0]!, { owner: '', deadline: null }),
  },
  {
    rule: 'completeness.evaluation-action',
    trigger: (a) =>
      (a.evaluations['principles.alternatives'] = {
        verdict: 'to-correct',
        comment: 'Trop court.',
        correctiveAction: '',
        evaluatedBy: 'DPO',
        evaluatedAt: `${TODAY}T10:00:00Z`,
      }),
    nearMiss: (a) =>
      (a.evaluations['principles.alternatives'] = {
        verdict: 'improvable',
        comment: 'À compléter.',
        correctiveAction: 'Étudier l’éclairage.',
        evaluatedBy: 'DPO',
        evaluatedAt: `${TODAY}T10:00:00Z`,
      }),
  },
  {
    rule: 'quality.art35-7a',
    trigger: (a) => delete a.answers['context.lifecycle'],
    // The retention element is also shown by the number of days.
    nearMiss: (a) => delete a.answers['context.retention'],
  },
  {
    rule: 'quality.art35-7b',
    trigger: (a) => delete a.answers['principles.access'],
    // The processors element is also shown by the processors table of the context.
    nearMiss: (a) => delete a.answers['principles.processors'],
  },
  {
    rule: 'quality.art35-7c.feared-events',
    trigger: (a) => (a.risks = a.risks.filter((r) => r.fearedEvent !== 'disappearance')),
    nearMiss: (a) => a.risks.push(risk([a.measures[0]!.id], { title: 'Détournement', fearedEvent: 'other' })),
  },
  {
    rule: 'quality.art35-7c.risk-analysis',
    trigger: (a) => (a.risks[0]!.threats = ['', ' ']),
    nearMiss: (a) => (a.risks[0]!.threats = ['', 'Zoom sur une fenêtre']),
  },
  {
    rule: 'quality.art35-7d',
    trigger: (a) => (a.risks[0]!.measureIds = ['00000000-0000-4000-8000-999999999999']),
    nearMiss: (a) => (a.risks[0]!.measureIds = ['00000000-0000-4000-8000-999999999999', a.measures[1]!.id]),
  },
  {
    rule: 'quality.dpo-opinion',
    trigger: (a) => (a.opinions.dpo.verdict = null),
    nearMiss: (a) => (a.opinions.dpo.verdict = 'unfavourable'),
  },
  {
    rule: 'quality.data-subjects-views',
    trigger: (a) => Object.assign(a.opinions.dataSubjects, { sought: false, notSoughtReason: '' }),
    nearMiss: (a) =>
      Object.assign(a.opinions.dataSubjects, {
        sought: false,
        notSoughtReason: 'Consultation prévue en juin.',
      }),
  },
  {
    rule: 'csu.prescreening.dpia-mandatory',
    trigger: choice('prescreening.dpia-required', 'voluntary'),
    nearMiss: choice('prescreening.dpia-required', 'mandatory'),
  },
  {
    rule: 'csu.retention.over-one-month',
    trigger: number('context.retention-days', 31),
    nearMiss: number('context.retention-days', 30),
  },
  {
    rule: 'csu.retention.beyond-72-hours',
    trigger: number('context.retention-days', 4),
    nearMiss: number('context.retention-days', 3),
  },
  {
    rule: 'csu.lapi.municipal',
    trigger: camera0((c) => (c.lapi = 'present-enabled')),
    // Reading plates for post-parking fees is the one use left to a commune.
    nearMiss: both(
      choice('modules.lapi', 'fps-only'),
      camera0((c) => (c.lapi = 'present-enabled')),
    ),
  },
  {
    rule: 'csu.lapi.dormant',
    trigger: choice('modules.lapi', 'present-disabled'),
    nearMiss: camera0((c) => (c.lapi = 'absent')),
  },
  {
    rule: 'csu.lapi.fps-only',
    trigger: choice('modules.lapi', 'fps-only'),
    nearMiss: choice('modules.lapi', 'absent'),
  },
  {
    rule: 'csu.biometrics.enabled',
    trigger: camera0((c) => (c.facialRecognition = 'present-enabled')),
    nearMiss: camera0((c) => (c.facialRecognition = 'present-disabled')),
  },
  {
    rule: 'csu.biometrics.dormant',
    trigger: choice('modules.facial-recognition', 'dormant'),
    nearMiss: choice('modules.facial-recognition', 'absent'),
  },
  {
    rule: 'csu.analytics.enabled',
    trigger: choice('modules.analytics', 'enabled'),
    nearMiss: camera0((c) => (c.analytics = 'present-disabled')),
  },
  {
    rule: 'csu.analytics.dormant',
    trigger: camera0((c) => (c.analytics = 'present-disabled')),
    nearMiss: camera0((c) => (c.analytics = 'absent')),
  },
  {
    rule: 'csu.audio.enabled',
    trigger: camera0((c) => (c.audio = 'present-enabled')),
    nearMiss: camera0((c) => (c.audio = 'present-disabled')),
  },
  {
    rule: 'csu.audio.dormant',
    trigger: choice('modules.audio', 'present-disabled'),
    nearMiss: choice('modules.audio', 'absent'),
  },
  {
    rule: 'csu.privacy-masks.near-homes',
    trigger: (a) => (a.cameras[1]!.privacyMasks = 'none'),
    nearMiss: (a) => (a.cameras[1]!.privacyMasks = 'dynamic'),
  },
  {
    rule: 'csu.authorisation.expired',
    trigger: camera0((c) => (c.authorisationExpiry = '2026-02-28')),
    nearMiss: camera0((c) => (c.authorisationExpiry = TODAY)),
  },
  {
    rule: 'csu.authorisation.expiring',
    trigger: answer('prescreening.authorisation-expiry', { type: 'date', value: '2026-09-01' }),
    nearMiss: answer('prescreening.authorisation-expiry', { type: 'date', value: '2026-09-02' }),
  },
  {
    rule: 'csu.authorisation.missing',
    trigger: camera0((c) => Object.assign(c, { authorisationReference: '', authorisationExpiry: null })),
    nearMiss: camera0((c) => Object.assign(c, { authorisationExpiry: null })),
  },
  {
    rule: 'csu.authorisation.over-capacity',
    trigger: number('prescreening.cameras-authorised', 1),
    nearMiss: number('prescreening.cameras-authorised', 3),
  },
  {
    rule: 'csu.vendor.permanent-access',
    trigger: choice('measures.vendor-remote-access', 'permanent'),
    nearMiss: choice('measures.vendor-remote-access', 'none'),
  },
  {
    rule: 'csu.transfers.unknown',
    trigger: choice('principles.transfers', 'unknown'),
    nearMiss: choice('principles.transfers', 'none'),
  },
  {
    rule: 'csu.transfers.outside-eu',
    trigger: choice('principles.transfers', 'safeguards'),
    nearMiss: choice('principles.transfers', 'none'),
  },
  {
    rule: 'csu.donation.agreement',
    trigger: both(answer('modules.donation', { type: 'boolean', value: true }), (a) => {
      delete a.answers['modules.donation-agreement'];
    }),
    nearMiss: both(
      answer('modules.donation', { type: 'boolean', value: true }),
      richtext(
        'modules.donation-agreement',
        'Convention de don du 3 mars 2017 : propriété, maintenance, sortie.',
      ),
    ),
  },
  {
    rule: 'csu.alternatives.not-studied',
    // A long, general sentence names no alternative: it is not an answer, however many words it has.
    trigger: richtext(
      'principles.alternatives',
      'Toutes les solutions envisageables ont été examinées avec soin par les services compétents de la commune, qui ' +
        'ont conclu qu’aucune d’entre elles n’offrait un niveau de sécurité comparable à celui de la vidéoprotection.',
    ),
    nearMiss: richtext(
      'principles.alternatives',
      'Éclairage renforcé de la place en 2023, médiateurs de nuit, réaménagement du parvis : les faits ont baissé ' +
        'le jour mais pas la nuit, d’où deux caméras limitées à 20 h – 6 h.',
    ),
  },
  {
    rule: 'csu.proportionality.no-evidence',
    trigger: richtext(
      'principles.proportionality',
      'Chaque caméra est nécessaire et proportionnée à sa finalité, compte tenu du contexte local de délinquance et ' +
        'des attentes légitimes de la population en matière de sécurité.',
    ),
    nearMiss: richtext(
      'principles.proportionality',
      'Caméra de la gare : 23 agressions relevées en 2025, la plupart le week-end ; champ limité au parvis.',
    ),
  },
  {
    rule: 'csu.access.procedure',
    trigger: richtext(
      'principles.access',
      'Les personnes peuvent exercer leur droit d’accès conformément à la réglementation en vigueur, dans le respect ' +
        'des textes applicables à la vidéoprotection et des droits de chacun.',
    ),
    nearMiss: richtext(
      'principles.access',
      'Write to the DPO at the town hall with an identity document; answer within one month; other people are blurred.',
    ),
  },
  {
    rule: 'completeness.measure-overdue',
    trigger: (a) => Object.assign(a.measures[1]!, { deadline: '2026-02-01', progress: 40 }),
    nearMiss: (a) => Object.assign(a.measures[1]!, { deadline: '2026-02-01', progress: 100 }),
  },
  {
    rule: 'csu.lapi.fps-mixed',
    trigger: both(
      choice('modules.lapi', 'fps-only'),
      camera0((c) => (c.lapi = 'present-enabled')),
    ),
    nearMiss: both(
      choice('modules.lapi', 'fps-only'),
      camera0((c) => Object.assign(c, { lapi: 'present-enabled', purposes: [] })),
    ),
  },
  {
    rule: 'csu.donation.clauses',
    trigger: both(
      answer('modules.donation', { type: 'boolean', value: true }),
      richtext(
        'modules.donation-agreement',
        'Convention de don du 3 mars 2017 : propriété des caméras, maintenance.',
      ),
    ),
    nearMiss: both(
      answer('modules.donation', { type: 'boolean', value: true }),
      richtext(
        'modules.donation-agreement',
        'Convention du 3 mars 2017 : aucun accès à distance du fournisseur ; mises à jour du micrologiciel ' +
          'validées par la DSI ; aucun flux de données hors de l’Union européenne ; résiliation et restitution ' +
          'du matériel à la fin de la convention.',
      ),
    ),
  },
  {
    rule: 'csu.prior-consultation.required',
    trigger: (a) => Object.assign(a.risks[0]!.residual, { severity: 3, likelihood: 3 }),
    nearMiss: (a) => Object.assign(a.risks[0]!.residual, { severity: 4, likelihood: 2 }),
  },
  {
    rule: 'csu.prior-consultation.file',
    trigger: choice('prescreening.prior-consultation', 'required'),
    nearMiss: choice('prescreening.prior-consultation', 'to-decide'),
  },
  {
    rule: 'csu.legal-basis.rejected',
    trigger: answer('principles.legal-basis', { type: 'multichoice', optionIds: ['gdpr-6-1-e', 'consent'] }),
    nearMiss: answer('principles.legal-basis', { type: 'multichoice', optionIds: ['gdpr-6-1-e', 'other'] }),
  },
  {
    rule: 'csu.videoverbalisation.procedure',
    trigger: both(
      answer('modules.videoverbalisation', { type: 'boolean', value: true }),
      richtext('modules.videoverbalisation-procedure', ' '),
    ),
    nearMiss: both(
      answer('modules.videoverbalisation', { type: 'boolean', value: true }),
      richtext('modules.videoverbalisation-procedure', 'Agents désignés par arrêté ; constat en direct.'),
    ),
  },
  {
    rule: 'csu.regimes.purpose-missing',
    trigger: camera0((c) => (c.purposes = [1, 5])),
    nearMiss: camera0((c) => (c.purposes = [1])),
  },
];

function findingsAfter(change: Change): Finding[] {
  const assessment = cleanAssessment();
  change(assessment);
  return runChecks(assessment, csuTemplate(), { asOf: TODAY });
}

describe('the rules of the checks engine', () => {
  it('find nothing in a complete, lawful assessment', () => {
    expect(findingsAfter(() => undefined)).toEqual([]);
  });

  it('each have a case below', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual([...RULE_IDS].sort());
  });

  describe.each(CASES)('$rule', ({ rule, trigger, nearMiss }) => {
    it('reports the fixture that calls for it', () => {
      const found = findingsAfter(trigger).filter((f) => f.id === rule);
      expect(found.length).toBeGreaterThan(0);
      for (const finding of found) {
        expect(finding.message.fr.length).toBeGreaterThan(20);
        expect(finding.message.en.length).toBeGreaterThan(20);
        expect(finding.legalRef.fr).not.toBe('');
        expect(finding.legalRef.en).not.toBe('');
      }
    });

    it('accepts the close fixture that does not', () => {
      expect(findingsAfter(nearMiss).map((f) => f.id)).not.toContain(rule);
    });
  });
});
