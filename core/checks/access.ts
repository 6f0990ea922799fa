// The right of access as a filmed person meets it: the CNIL found rights hard to exercise in Valenciennes (2021).
// An answer must say whom to write to, how identity is checked, within what time, and how others in the images are
// protected; each is looked for through a family of words.
import type { Term } from './terms.ts';
import { localizedList, Q, term, type Rule } from './context.ts';
import { mentions, type SignalFamily } from './text-signals.ts';

const CONTACT: SignalFamily = [
  'dpd$',
  'dpo$',
  'delegue',
  'delegate',
  'data protection officer',
  'service',
  'adress',
  'courrier',
  'courriel',
  'formulaire',
  'mail',
  'accueil',
  'guichet',
  'mairie',
  'hotel de ville',
  'contact',
  'form$',
  'town hall',
];
const IDENTITY: SignalFamily = [
  'identit',
  'piece d',
  'justificatif',
  'proof of id',
  'id card',
  'passport',
  'passeport',
];
const TIME_LIMIT: SignalFamily = [
  'delai',
  'mois$',
  'jour$',
  'jours$',
  'semaine',
  'month',
  'day$',
  'days$',
  'week',
  'deadline',
  'time limit',
];
const THIRD_PARTIES: SignalFamily = [
  'tiers',
  'flout',
  'occult',
  'anonymi',
  'pixelis',
  'autres personnes',
  'autrui',
  'third part',
  'blur',
  'redact',
  'other people',
  'others$',
];

const ELEMENTS: readonly { term: Term; family: SignalFamily }[] = [
  { term: 'accessContact', family: CONTACT },
  { term: 'accessIdentity', family: IDENTITY },
  { term: 'accessTimeLimit', family: TIME_LIMIT },
  { term: 'accessThirdParties', family: THIRD_PARTIES },
];

export const checkAccess: Rule = (ctx) => {
  if (ctx.question(Q.access) === undefined) return [];
  const text = ctx.text(Q.access);
  // An empty answer is the completeness rule's to report.
  if (text === '') return [];
  const missing = ELEMENTS.filter((element) => !mentions(text, element.family));
  if (missing.length === 0) return [];
  return [
    ctx.finding('csu.access.procedure', ctx.questionLocation(Q.access), {
      missing: localizedList(missing.map((element) => term(element.term))),
    }),
  ];
};
