// The template whose `recordField` tags serve a document's frozen template written before the tags existed: the
// current built-in of the same id, loaded only when needed (the built-in templates are a separate chunk).
import { useEffect, useState } from 'react';
import type { Template } from '../../../core/template/schema.ts';

const hasTags = (template: Template) =>
  template.sections.some((s) => s.items.some((i) => i.questions.some((q) => q.recordField !== undefined)));

export function useRecordTags(template: Template): Template | undefined {
  const [tagsFrom, setTagsFrom] = useState<Template | undefined>(undefined);
  const needed = !hasTags(template);
  const id = template.id;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void import('../../../core/template/builtin.ts').then(({ getBuiltinTemplate }) => {
      if (live) setTagsFrom(getBuiltinTemplate(id));
    });
    return () => {
      live = false;
    };
  }, [needed, id]);
  return needed ? tagsFrom : undefined;
}
