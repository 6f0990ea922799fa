// Assessments for the notice tests: the built-in example (two facts missing), the same with every fact given,
// a blank one (everything missing), and cameras with hostile locations.
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import type { Assessment, Camera } from '../../../core/model/assessment.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import type { Template } from '../../../core/template/schema.ts';

/** Markup in a camera's location; no bracket or dash, so the whole of it names the place. */
export const HOSTILE_LOCATION = '<script>document.title="pwned"</script> & <img src=x onerror=alert`1`>';

export async function example(): Promise<{ assessment: Assessment; template: Template }> {
  const { assessment, template } = await buildExampleDocument();
  return { assessment, template };
}

/** The example with the two facts it lacks: the DPO's e-mail and the town's information page. */
export async function complete(): Promise<{ assessment: Assessment; template: Template }> {
  const { assessment, template } = await example();
  const information = assessment.answers['principles.information'];
  return {
    template,
    assessment: {
      ...assessment,
      meta: { ...assessment.meta, dpo: 'Mme Nathalie Verhaeghe, dpo@valmont-sur-escaut.example' },
      answers: {
        ...assessment.answers,
        'principles.information': {
          type: 'richtext',
          text: `${information?.type === 'richtext' ? information.text : ''}\n\nPage : https://www.valmont-sur-escaut.example/videoprotection.`,
        },
      },
    },
  };
}

export function blank(): { assessment: Assessment; template: Template } {
  const template = getBuiltinTemplate('csu-videoprotection');
  if (!template) throw new Error('no built-in template');
  let n = 0;
  const assessment = createAssessment({
    template,
    language: 'fr',
    now: new Date('2026-03-01T09:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  });
  return { assessment, template };
}

/** A camera of the example, moved to another place. */
export function cameraAt(base: Camera, location: string, index: number): Camera {
  return { ...base, id: `00000000-0000-4000-9000-${index.toString(16).padStart(12, '0')}`, location };
}
