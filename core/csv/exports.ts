// Spreadsheet exports of the camera inventory and of the action plan: UTF-8 with BOM, CRLF, quoted where needed
// (never by stripping commas), headers in the chosen language, `;` for French Excel and `,` for English.
import { own } from '../model/own.ts';
import type { Assessment, Camera, Measure } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import { LANGUAGES } from '../model/localized.ts';
import type { Capability, CameraType, PrivacyMasks } from '../model/vocabulary.ts';
import {
  CAMERA_FIELD_LABELS,
  CAMERA_FIELDS,
  CAMERA_TYPE_LABELS,
  CAPABILITY_LABELS,
  labelsIn,
  PRIVACY_MASK_LABELS,
  VERDICT_LABELS,
  YES_NO_LABELS,
} from '../model/vocabulary.ts';
import { markdownToPlainText } from '../markdown/parse.ts';
import type { Template } from '../template/schema.ts';
import type { CsvSeparator } from './parse.ts';
import { toCsv } from './write.ts';

export interface CsvExportOptions {
  /** Default: `;` in French (what French Excel expects), `,` in English. */
  separator?: CsvSeparator;
}

export function defaultSeparator(language: Language): CsvSeparator {
  return language === 'fr' ? ';' : ',';
}

/** The camera inventory's columns, in the order both the editor's and the CLI's CSV files use. */
export const CAMERA_COLUMNS = CAMERA_FIELDS satisfies readonly (keyof Camera)[];
type CameraColumn = (typeof CAMERA_COLUMNS)[number];

type ActionColumn =
  'code' | 'action' | 'origin' | 'risks' | 'owner' | 'deadline' | 'progress' | 'state' | 'details';
const ACTION_COLUMNS: readonly ActionColumn[] = [
  'code',
  'action',
  'origin',
  'risks',
  'owner',
  'deadline',
  'progress',
  'state',
  'details',
];

interface CsvLabels {
  action: Record<ActionColumn, string>;
  plannedMeasure: string;
  /** The origin of a corrective action: the verdict's label and what was judged. */
  verdictOrigin: (verdict: string, target: string) => string;
  state: { toDo: string; inProgress: string; done: string };
}

const LABELS: Record<Language, CsvLabels> = {
  fr: {
    action: {
      code: 'Code',
      action: 'Action',
      origin: 'Origine',
      risks: 'Risques traités',
      owner: 'Responsable',
      deadline: 'Échéance',
      progress: 'Avancement (%)',
      state: 'État',
      details: 'Détail',
    },
    plannedMeasure: 'Mesure prévue',
    verdictOrigin: (verdict, target) => `${verdict}\u202F: ${target}`,
    state: { toDo: 'À faire', inProgress: 'En cours', done: 'Terminé' },
  },
  en: {
    action: {
      code: 'Code',
      action: 'Action',
      origin: 'Origin',
      risks: 'Risks treated',
      owner: 'Owner',
      deadline: 'Deadline',
      progress: 'Progress (%)',
      state: 'State',
      details: 'Details',
    },
    plannedMeasure: 'Planned measure',
    verdictOrigin: (verdict, target) => `${verdict}: ${target}`,
    state: { toDo: 'To do', inProgress: 'In progress', done: 'Done' },
  },
};

/** The words of a camera CSV file: column headers and the labels of coded values. */
export interface CameraCsvVocabulary {
  fields: Record<CameraColumn, string>;
  types: Record<CameraType, string>;
  masks: Record<PrivacyMasks, string>;
  capabilities: Record<Capability, string>;
  yes: string;
  no: string;
}

/** The camera words of the shared vocabulary in one language: the editor's, the CLI's and the import's. */
export function cameraCsvVocabulary(language: Language): CameraCsvVocabulary {
  return {
    fields: labelsIn(CAMERA_FIELD_LABELS, language),
    types: labelsIn(CAMERA_TYPE_LABELS, language),
    masks: labelsIn(PRIVACY_MASK_LABELS, language),
    capabilities: labelsIn(CAPABILITY_LABELS, language),
    yes: YES_NO_LABELS.yes[language],
    no: YES_NO_LABELS.no[language],
  };
}

/** Every language's camera words, which an import recognises whatever the language of the file. */
export const ALL_CAMERA_VOCABULARIES: readonly CameraCsvVocabulary[] = LANGUAGES.map(cameraCsvVocabulary);

function cameraCell(camera: Camera, column: CameraColumn, l: CameraCsvVocabulary): string {
  switch (column) {
    case 'type':
      return l.types[camera.type];
    case 'purposes':
      return camera.purposes.join(', ');
    case 'nearHomes':
      return camera.nearHomes ? l.yes : l.no;
    case 'privacyMasks':
      return l.masks[camera.privacyMasks];
    case 'audio':
    case 'analytics':
    case 'facialRecognition':
    case 'lapi':
      return l.capabilities[camera[column]];
    case 'authorisationExpiry':
      return camera.authorisationExpiry ?? '';
    default:
      return camera[column];
  }
}

/** The camera inventory, one row per camera, in the order of the inventory. */
export function camerasToCsv(
  cameras: readonly Camera[],
  language: Language,
  options: CsvExportOptions = {},
): string {
  return writeCamerasCsv(
    cameras,
    cameraCsvVocabulary(language),
    options.separator ?? defaultSeparator(language),
  );
}

/** The camera inventory as rows (header first) in any vocabulary: what CSV and .xlsx exports write. */
export function cameraRows(cameras: readonly Camera[], vocabulary: CameraCsvVocabulary): string[][] {
  return [
    CAMERA_COLUMNS.map((c) => vocabulary.fields[c]),
    ...cameras.map((camera) => CAMERA_COLUMNS.map((c) => cameraCell(camera, c, vocabulary))),
  ];
}

/** The camera inventory as CSV in any vocabulary: the editor passes its own words, which its import reads back. */
export function writeCamerasCsv(
  cameras: readonly Camera[],
  vocabulary: CameraCsvVocabulary,
  separator: CsvSeparator,
): string {
  return toCsv(cameraRows(cameras, vocabulary), { separator });
}

const plain = (markdown: string) => (markdown.trim() === '' ? '' : markdownToPlainText(markdown));

function measureState(measure: Measure, l: CsvLabels): string {
  if (measure.progress >= 100) return l.state.done;
  return measure.progress > 0 ? l.state.inProgress : l.state.toDo;
}

/**
 * The action plan as CSV: planned measures by deadline (none last), then the corrective actions of the items and
 * questions judged improvable or to correct, in the order of the template. Codes M1, R1… follow the lists.
 */
export function actionPlanToCsv(
  assessment: Assessment,
  template: Template,
  language: Language,
  options: CsvExportOptions = {},
): string {
  return toCsv(actionPlanRows(assessment, template, language), {
    separator: options.separator ?? defaultSeparator(language),
  });
}

/** The action plan as rows (header first): what its CSV and .xlsx exports write, in the app and the CLI. */
export function actionPlanRows(assessment: Assessment, template: Template, language: Language): string[][] {
  const l = LABELS[language];
  const measureCode = new Map(assessment.measures.map((m, i) => [m.id, `M${i + 1}`]));
  const rows: string[][] = [ACTION_COLUMNS.map((c) => l.action[c])];
  const planned = assessment.measures
    .filter((m) => m.state === 'planned')
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  for (const measure of planned) {
    const risks = assessment.risks
      .map((risk, i) => ({ risk, code: `R${i + 1}` }))
      .filter(({ risk }) => risk.measureIds.includes(measure.id))
      .map(({ risk, code }) => `${code} – ${risk.title}`);
    rows.push([
      measureCode.get(measure.id) ?? '',
      measure.title,
      l.plannedMeasure,
      risks.join('\n'),
      measure.owner,
      measure.deadline ?? '',
      String(measure.progress),
      measureState(measure, l),
      plain(measure.description),
    ]);
  }
  for (const section of template.sections) {
    for (const item of section.items) {
      const targets = [
        { id: item.id, title: item.title[language] },
        ...item.questions.map((q) => ({ id: q.id, title: q.label[language] })),
      ];
      for (const target of targets) {
        const evaluation = own(assessment.evaluations, target.id);
        if (evaluation === undefined || evaluation.verdict === 'acceptable') continue;
        const action = plain(evaluation.correctiveAction);
        const comment = plain(evaluation.comment);
        rows.push([
          '',
          action || comment,
          l.verdictOrigin(VERDICT_LABELS[evaluation.verdict][language], target.title),
          '',
          '',
          '',
          '',
          l.state.toDo,
          action ? comment : '',
        ]);
      }
    }
  }
  return rows;
}
