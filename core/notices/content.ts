// What the sign and the web notice say, built from the facts: the same content for Word and for HTML.
import { longDate } from '../checks/context.ts';
import type { Block, Inline } from './blocks.ts';
import { markdownBlocks, paragraph, placeholder, text, typeset } from './blocks.ts';
import type { FactKey, NoticeFacts } from './facts.ts';
import { placeholderFor } from './facts.ts';
import { CNIL_COMPLAINT_URL, NOTICE_TEXTS } from './texts.ts';

/** The first layer of information, for a sign at the entrance of a filmed area (Instruction of 20 March 2024). */
export interface SignContent {
  title: string;
  subtitle: string;
  /** Each entry: a label, then its lines (a list when there are several, e.g. the purposes). */
  entries: { label: string; lines: Inline[][]; list?: boolean }[];
  footer: string;
}

const numberFormat = (facts: NoticeFacts) =>
  new Intl.NumberFormat(facts.language === 'fr' ? 'fr-FR' : 'en-GB');

/** The fact's value as text, or its placeholder. */
function valueOr(facts: NoticeFacts, key: FactKey, value: string | null): Inline {
  return value === null ? placeholder(placeholderFor(facts, key)) : text(value);
}

function contactInline(facts: NoticeFacts): Inline {
  const contact = facts.dpoContact;
  if (contact === null) return placeholder(placeholderFor(facts, 'dpoContact'));
  if (contact.includes('@')) return { kind: 'link', text: contact, href: `mailto:${contact}` };
  return text(contact);
}

function webPageInline(facts: NoticeFacts): Inline {
  return facts.webPage === null
    ? placeholder(placeholderFor(facts, 'webPage'))
    : { kind: 'link', text: facts.webPage, href: facts.webPage };
}

function days(facts: NoticeFacts): string | null {
  const n = facts.retentionDays;
  return n === null ? null : NOTICE_TEXTS[facts.language].days(numberFormat(facts).format(n), n);
}

/** A label inside a sentence: « Mixte » becomes « mixte »; an English name (Law Enforcement Directive) keeps its capital. */
const inSentence = (label: string, language: 'fr' | 'en'): string =>
  (language === 'fr' || !label.includes(' ')) && /^\p{Lu}\p{Ll}/u.test(label)
    ? label.charAt(0).toLocaleLowerCase(language) + label.slice(1)
    : label;

/** A purpose as a sign gives it: without its number in the code, nor the examples in brackets at its end. */
const shortPurpose = (label: string): string =>
  label.replace(/^\d{1,2}°\s*/u, '').replace(/\s*\([^()]*\)\s*$/u, '') || label;

/** The sign's text: controller, purposes, retention, rights and contact, the CNIL, the web notice. */
export function signContent(facts: NoticeFacts): SignContent {
  const t = NOTICE_TEXTS[facts.language].sign;
  const retention = days(facts);
  const purposes =
    facts.purposes.length === 0
      ? [[placeholder(placeholderFor(facts, 'purposes'))]]
      : // The sign is read in passing: the purpose without its number in the code.
        facts.purposes.map((p) => [text(shortPurpose(p.label))]);
  const entries = [
    { label: t.controller, lines: [[valueOr(facts, 'controller', facts.controller)]] },
    { label: t.purposes, lines: purposes, list: true },
    {
      label: t.retention,
      lines: [
        [
          retention === null
            ? placeholder(placeholderFor(facts, 'retention'))
            : text(t.retentionValue(retention)),
        ],
      ],
    },
    { label: t.rights, lines: [[text(t.rightsValue)]] },
    {
      label: t.contact,
      lines: [[valueOr(facts, 'dpo', facts.dpo)], [contactInline(facts)]],
    },
    { label: t.more, lines: [[webPageInline(facts)], [text(t.complaint)]] },
  ];
  if (facts.language !== 'fr') return { title: t.title, subtitle: t.subtitle, entries, footer: t.footer };
  const one = (value: string): string => {
    const [block] = typeset([paragraph([text(value)])], 'fr');
    return block?.kind === 'paragraph' ? (block.content[0]?.text ?? value) : value;
  };
  const line = (content: Inline[]): Inline[] => {
    const [block] = typeset([paragraph(content)], 'fr');
    return block?.kind === 'paragraph' ? block.content : content;
  };
  return {
    title: one(t.title),
    subtitle: one(t.subtitle),
    entries: entries.map((e) => ({ ...e, label: one(e.label), lines: e.lines.map(line) })),
    footer: one(t.footer),
  };
}

/** The web notice: GDPR art. 13 and, for police-justice purposes, LIL art. 104 information, then the filmed areas. */
export function webNoticeContent(facts: NoticeFacts): { title: string; blocks: Block[] } {
  const t = NOTICE_TEXTS[facts.language].web;
  const h2 = (value: string): Block => ({ kind: 'heading', level: 2, content: [text(value)] });
  const rich = (key: FactKey, value: string | null): Block[] =>
    value === null ? [paragraph([placeholder(placeholderFor(facts, key))])] : markdownBlocks(value);
  const retention = days(facts);
  const format = numberFormat(facts);

  const blocks: Block[] = [
    { kind: 'heading', level: 1, content: [text(t.title)] },
    paragraph([text(facts.organisation)], 'lead'),
    paragraph([text(t.updated(longDate(facts.updated)[facts.language]))], 'note'),
    paragraph([text(t.intro)]),
    paragraph([text(`${t.webPage} `), webPageInline(facts)]),
    ...(facts.authorisation === null ? [] : [paragraph([text(t.authorisation(facts.authorisation))])]),

    h2(t.controllerHeading),
    paragraph([valueOr(facts, 'controller', facts.controller)]),
    ...(facts.controllerDetails === null ? [] : [paragraph([text(facts.controllerDetails)])]),

    h2(t.dpoHeading),
    paragraph([valueOr(facts, 'dpo', facts.dpo)]),
    paragraph([text(`${t.contact}: `), contactInline(facts)]),

    h2(t.purposesHeading),
    paragraph([text(t.purposesIntro)]),
    facts.purposes.length === 0
      ? paragraph([placeholder(placeholderFor(facts, 'purposes'))])
      : {
          kind: 'list',
          ordered: false,
          items: facts.purposes.map((p) => [
            paragraph(
              p.regimeLabel === null
                ? [text(p.label)]
                : [text(`${p.label} — ${t.regime}: ${inSentence(p.regimeLabel, facts.language)}`)],
            ),
          ]),
        },
    ...(facts.legalBases.length === 0
      ? [
          paragraph([
            text(`${t.legalBases}: `, { bold: true }),
            placeholder(placeholderFor(facts, 'legalBases')),
          ]),
        ]
      : [
          paragraph([text(`${t.legalBases}:`, { bold: true })]),
          {
            kind: 'list' as const,
            ordered: false,
            items: facts.legalBases.map((basis) => [paragraph([text(basis)])]),
          },
        ]),
    ...(facts.regimes.directive && facts.regimes.gdpr ? [paragraph([text(t.regimesNote)])] : []),

    h2(t.recipientsHeading),
    ...rich('recipients', facts.recipients),

    h2(t.retentionHeading),
    paragraph([
      retention === null
        ? placeholder(placeholderFor(facts, 'retention'))
        : text(t.retentionValue(retention)),
    ]),

    h2(t.rightsHeading),
    ...(facts.regimes.gdpr ? [paragraph([text(t.rightsGdpr)])] : []),
    ...(facts.regimes.directive ? [paragraph([text(t.rightsLil)])] : []),
    { kind: 'heading', level: 3, content: [text(t.exerciseHeading)] },
    ...rich('rights', facts.rights),

    h2(t.remediesHeading),
    paragraph([text(t.commission)]),
    paragraph([text(`${t.cnil} `), { kind: 'link', text: t.cnilLink, href: CNIL_COMPLAINT_URL }]),

    h2(t.areasHeading),
    ...filmedAreas(facts, format),
  ];
  return {
    title: t.documentTitle(facts.organisation || placeholderFor(facts, 'controller')),
    blocks: typeset(blocks, facts.language),
  };
}

function filmedAreas(facts: NoticeFacts, format: Intl.NumberFormat): Block[] {
  const t = NOTICE_TEXTS[facts.language].web;
  const { places, cameras, unlocated } = facts.filmedAreas;
  if (cameras === 0) return [paragraph([placeholder(placeholderFor(facts, 'filmedAreas'))])];
  const out: Block[] = [
    paragraph([text(t.areasIntro(format.format(cameras), format.format(places.length)))]),
    {
      kind: 'table',
      caption: t.areasCaption,
      headers: [t.place, t.cameraCount],
      rows: places.map((p) => [p.name, format.format(p.cameras)]),
      numeric: [1],
    },
  ];
  if (unlocated > 0) out.push(paragraph([placeholder(placeholderFor(facts, 'cameraLocations'))]));
  return out;
}
