// What a remedy will change, in words a DPO reads before clicking: measures added, risks linked, answers set,
// cameras changed, with the old and new values of answers. The app's preview and `dpia fix` print the same lines.
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Language, LocalizedText } from '../model/localized.ts';
import type { AssessmentDiff } from '../revisions/diff.ts';
import type { Template } from '../template/schema.ts';
import { frenchTypography } from '../markdown/french-typography.ts';
import { longDate } from './context.ts';
import { CAMERA_FIELD_LABELS, type CameraField } from '../model/vocabulary.ts';

function questionLabel(template: Template, id: string): LocalizedText {
  for (const section of template.sections)
    for (const item of section.items)
      for (const question of item.questions) if (question.id === id) return question.label;
  return { fr: id, en: id };
}

function answerValue(template: Template, id: string, answer: Answer | undefined): LocalizedText {
  const none = { fr: '(sans réponse)', en: '(no answer)' };
  if (!answer) return none;
  switch (answer.type) {
    case 'choice': {
      if (answer.optionId === null) return none;
      for (const section of template.sections)
        for (const item of section.items)
          for (const question of item.questions)
            if (question.id === id) {
              const option = question.options?.find((o) => o.id === answer.optionId);
              if (option) return option.label;
            }
      return { fr: answer.optionId, en: answer.optionId };
    }
    case 'number':
    case 'boolean':
    case 'date':
      return answer.value === null ? none : { fr: String(answer.value), en: String(answer.value) };
    default:
      return { fr: '…', en: '…' };
  }
}

/** One line per change, in both languages, in a stable order: measures, risks, answers, cameras. */
export function remedyPreview(
  before: Assessment,
  after: Assessment,
  diff: AssessmentDiff,
  template: Template,
): LocalizedText[] {
  const lines: LocalizedText[] = [];
  const both = (fr: string, en: string): LocalizedText => ({ fr: frenchTypography(fr), en });
  const measures = new Map(after.measures.map((m) => [m.id, m]));
  for (const added of diff.measures.added) {
    const m = measures.get(added.id);
    const due = m?.deadline ? longDate(m.deadline) : null;
    const deadline = due ? { fr: `, échéance le ${due.fr}`, en: `, due ${due.en}` } : null;
    lines.push(
      both(
        `Mesure prévue ajoutée au plan d’action : « ${added.label} »${deadline?.fr ?? ''} (responsable à désigner)`,
        `Planned measure added to the action plan: “${added.label}”${deadline?.en ?? ''} (owner to be named)`,
      ),
    );
  }
  const titleOf = (id: string) => measures.get(id)?.title ?? id;
  const oldRisks = new Map(before.risks.map((r) => [r.id, r]));
  for (const changed of diff.risks.changed) {
    const risk = after.risks.find((r) => r.id === changed.id);
    const old = oldRisks.get(changed.id);
    if (!risk || !old) continue;
    const linked = risk.measureIds.filter((id) => !old.measureIds.includes(id)).map(titleOf);
    for (const title of linked)
      lines.push(
        both(
          `Risque « ${risk.title} » lié à la mesure « ${title} »`,
          `Risk “${risk.title}” linked to the measure “${title}”`,
        ),
      );
  }
  for (const changed of [...diff.answers.changed, ...diff.answers.added]) {
    const label = questionLabel(template, changed.id);
    const from = answerValue(template, changed.id, before.answers[changed.id]);
    const to = answerValue(template, changed.id, after.answers[changed.id]);
    lines.push(
      both(`Réponse « ${label.fr} » : ${from.fr} → ${to.fr}`, `Answer “${label.en}”: ${from.en} → ${to.en}`),
    );
  }
  const oldCameras = new Map(before.cameras.map((c) => [c.id, c]));
  const cameraFields = new Map<string, string[]>();
  for (const changed of diff.cameras.changed) {
    const key = changed.fields.join(', ');
    const camera = oldCameras.get(changed.id);
    cameraFields.set(key, [...(cameraFields.get(key) ?? []), camera?.code ?? changed.label]);
  }
  // The fields in words, as the inventory's columns name them.
  const fieldNames = (fields: string, language: Language) =>
    fields
      .split(', ')
      .map((f) => CAMERA_FIELD_LABELS[f as CameraField]?.[language] ?? f)
      .join(', ')
      .toLowerCase();
  for (const [fields, codes] of cameraFields) {
    const shown = codes.length > 8 ? `${codes.slice(0, 8).join(', ')}…` : codes.join(', ');
    lines.push(
      both(
        `${codes.length} caméra${codes.length > 1 ? 's' : ''} modifiée${codes.length > 1 ? 's' : ''} (${fieldNames(fields, 'fr')}) : ${shown}`,
        `${codes.length} camera${codes.length > 1 ? 's' : ''} changed (${fieldNames(fields, 'en')}): ${shown}`,
      ),
    );
  }
  return lines;
}

/** Other answers that still quote a figure the remedy changed (e.g. « 21 jours »), for the user to reread. */
export function answersMentioning(assessment: Assessment, pattern: RegExp): string[] {
  return Object.entries(assessment.answers)
    .filter(
      ([, answer]) => (answer.type === 'richtext' || answer.type === 'text') && pattern.test(answer.text),
    )
    .map(([id]) => id);
}
