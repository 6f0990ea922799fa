// The JSON Schema of template files, generated from the zod schema so the two never drift apart.
import { z } from 'zod';
import { Template } from './schema.ts';

export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Template, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://dpia-editor.invalid/schemas/template.json',
    title: 'DPIA editor template',
    description:
      'A questionnaire template for the DPIA editor: sections, items, questions and a knowledge base.',
  };
}

export function templateJsonSchemaText(): string {
  return `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
}
