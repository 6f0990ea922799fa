// Builds the built-in example assessment and the large benchmark one, identical on every run.
import { Assessment } from '../model/assessment.ts';
import type { Answer, AttachmentMeta, Measure, Risk } from '../model/assessment.ts';
import { sha256Hex } from '../hash.ts';
import { buildAnswers } from './answers.ts';
import { exampleAttachmentInputs, largeAttachmentInputs } from './attachments.ts';
import type { AttachmentInput } from './attachments.ts';
import { generateCameras, VALMONT_INVENTORY } from './cameras.ts';
import {
  EXAMPLE_STATUS_HISTORY,
  EXAMPLE_TITLE,
  EXAMPLE_VALIDATION,
  exampleMeta,
} from './document-control.ts';
import { EXAMPLE_EVALUATIONS } from './evaluations.ts';
import { inventoryFigures } from './figures.ts';
import { padText } from './filler.ts';
import { largeExtraMeasures, largeExtraRisks } from './large-extras.ts';
import { EXAMPLE_MEASURES } from './measures.ts';
import type { MeasureSpec } from './measures.ts';
import { EXAMPLE_OPINIONS } from './opinions.ts';
import { createRng, createUuidGenerator } from './random.ts';
import { EXAMPLE_RISKS } from './risks.ts';
import type { RiskSpec } from './risks.ts';
import { EXAMPLE_DATE, exampleOrders, TOWN } from './town.ts';
import { typesetDeep } from './typography.ts';

/** An assessment with the bytes of its attachments, keyed by their SHA-256 as in DpiaDocument. */
export interface ExampleBundle {
  assessment: Assessment;
  attachments: Map<string, Uint8Array>;
}

const CAMERA_SEED = 2017;
const EXAMPLE_ID_SEED = 59300;
const LARGE_ID_SEED = 59301;
const LARGE_FILLER_SEED = 361;
/** The benchmark's richtext answers have at least this many words (DESIGN.md: about 300). */
export const LARGE_RICHTEXT_WORDS = 300;

interface Parts {
  idSeed: number;
  /** The example's date: its prefectoral orders are dated from it (see exampleOrders). */
  asOf: string;
  title: string;
  measures: readonly MeasureSpec[];
  risks: readonly RiskSpec[];
  attachments: readonly AttachmentInput[];
  /** The size of the camera inventory; the town's own 361 by default. */
  cameraCount?: number;
  transformAnswers?: (answers: Record<string, Answer>) => Record<string, Answer>;
}

async function assemble(parts: Parts): Promise<ExampleBundle> {
  const orders = exampleOrders(parts.asOf);
  const cameras = generateCameras(
    parts.cameraCount ?? TOWN.cameraCount,
    createRng(CAMERA_SEED),
    VALMONT_INVENTORY,
    orders,
  );
  const uuid = createUuidGenerator(createRng(parts.idSeed));
  const id = uuid();
  const answers = buildAnswers(inventoryFigures(cameras, parts.asOf), uuid, orders);

  const measureIds = new Map<string, string>();
  const measures = parts.measures.map(({ key, ...measure }): Measure => {
    const measureId = uuid();
    measureIds.set(key, measureId);
    return { id: measureId, ...measure };
  });
  const risks = parts.risks.map(({ key, measures: keys, ...risk }): Risk => {
    const ids = keys.map((measureKey) => {
      const measureId = measureIds.get(measureKey);
      if (measureId === undefined) throw new Error(`risk ${key}: unknown measure ${measureKey}`);
      return measureId;
    });
    return { id: uuid(), ...risk, measureIds: ids };
  });

  const attachments = new Map<string, Uint8Array>();
  const attachmentMetas: AttachmentMeta[] = [];
  for (const { bytes, ...meta } of parts.attachments) {
    const sha256 = await sha256Hex(bytes);
    attachments.set(sha256, bytes);
    attachmentMetas.push({ id: uuid(), ...meta, sha256, size: bytes.length });
  }

  const assessment: Assessment = typesetDeep({
    id,
    meta: exampleMeta(parts.title),
    answers: parts.transformAnswers ? parts.transformAnswers(answers) : answers,
    evaluations: { ...EXAMPLE_EVALUATIONS },
    cameras,
    risks,
    measures,
    opinions: EXAMPLE_OPINIONS,
    validation: EXAMPLE_VALIDATION,
    statusHistory: [...EXAMPLE_STATUS_HISTORY],
    revisions: [],
    attachments: attachmentMetas,
  });
  return { assessment: Assessment.parse(assessment), attachments };
}

/**
 * The showcase: the AIPD of Valmont-sur-Escaut's CSU, in review, with two small attachments.
 * Async because attachment hashes come from Web Crypto. `asOf` is the example's date (the app and `dpia example`
 * pass today's): its orders are dated from it, so that its inventory always shows a realistic mix of valid,
 * expiring and lapsed authorisations; the same date gives the same document.
 */
export function buildExample(asOf: string = EXAMPLE_DATE): Promise<ExampleBundle> {
  return assemble({
    idSeed: EXAMPLE_ID_SEED,
    asOf,
    title: EXAMPLE_TITLE,
    measures: EXAMPLE_MEASURES,
    risks: EXAMPLE_RISKS,
    attachments: exampleAttachmentInputs(),
  });
}

/**
 * The benchmark reference of DESIGN.md: 361 cameras, 25 risks, 60 measures, every question answered with
 * richtext of about 300 words, and five 1 MiB attachments.
 */
export function buildLargeExample(cameraCount: number = TOWN.cameraCount): Promise<ExampleBundle> {
  const fillerRng = createRng(LARGE_FILLER_SEED);
  const measures = [...EXAMPLE_MEASURES, ...largeExtraMeasures()];
  const risks = [...EXAMPLE_RISKS, ...largeExtraRisks()];
  if (measures.length !== 60 || risks.length !== 25) {
    throw new Error(
      `large example: ${risks.length} risks and ${measures.length} measures, expected 25 and 60`,
    );
  }
  return assemble({
    asOf: EXAMPLE_DATE,
    idSeed: LARGE_ID_SEED,
    title:
      cameraCount === TOWN.cameraCount
        ? `${EXAMPLE_TITLE} (jeu de référence volumineux)`
        : `${EXAMPLE_TITLE} (jeu de référence, ${cameraCount} caméras)`,
    cameraCount,
    measures,
    risks,
    attachments: largeAttachmentInputs(createRng(LARGE_FILLER_SEED + 1)),
    transformAnswers: (answers) =>
      Object.fromEntries(
        Object.entries(answers).map(([questionId, answer]) => [
          questionId,
          answer.type === 'richtext'
            ? { ...answer, text: padText(fillerRng, answer.text, LARGE_RICHTEXT_WORDS) }
            : answer,
        ]),
      ),
  });
}
