// Writes templates/schema.json from the zod template schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { templateJsonSchemaText } from '../core/template/json-schema.ts';

writeFileSync(new URL('../templates/schema.json', import.meta.url), templateJsonSchemaText());
console.log('templates/schema.json written');
