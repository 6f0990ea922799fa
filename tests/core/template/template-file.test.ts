import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { listBuiltinTemplates } from '../../../core/template/builtin.ts';
import {
  compareVersions,
  exportTemplateFile,
  importTemplateFile,
  MAX_TEMPLATE_FILE_BYTES,
  sameTemplate,
  templateFileName,
} from '../../../core/template/template-file.ts';
import { miniTemplate } from '../../fixtures/mini-document.ts';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

function refusal(bytes: Uint8Array, file = 'modele.json'): DpiaError {
  try {
    importTemplateFile(bytes, file);
  } catch (error) {
    if (error instanceof DpiaError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('template files', () => {
  it.each(listBuiltinTemplates().map((t) => [t.id, t] as const))(
    'round-trips %s: export, import, same template',
    (_, t) => {
      const back = importTemplateFile(exportTemplateFile(t), `${t.id}.json`);
      expect(back).toEqual(t);
      expect(sameTemplate(back, t)).toBe(true);
    },
  );

  it('leaves out the $schema hint, and ignores it on import', () => {
    const withHint = { ...miniTemplate, $schema: 'https://example.invalid/schema.json' };
    expect(new TextDecoder().decode(exportTemplateFile(withHint))).not.toContain('$schema');
    expect(importTemplateFile(encode(withHint), 'mini.json')).toEqual(miniTemplate);
  });

  it('refuses a file that breaks the schema, naming the place in the file', () => {
    const broken = structuredClone(miniTemplate) as unknown as {
      sections: { items: { questions: { label: unknown }[] }[] }[];
    };
    broken.sections[0]!.items[0]!.questions[0]!.label = { fr: 'Seulement en français' };
    const error = refusal(encode(broken));
    expect(error.code).toBe('invalid-template');
    expect(error.params.path).toBe('/sections/0/items/0/questions/0/label/en');
    expect(error.localized('en')).toMatch(
      /^Invalid template "modele.json" at \/sections\/0\/items\/0\/questions\/0\/label\/en/,
    );
  });

  it('refuses broken cross-references with their place', () => {
    const broken = structuredClone(miniTemplate);
    broken.sections[0]!.items[0]!.questions[0]!.legalRefs = ['law.nowhere'];
    expect(refusal(encode(broken)).params.path).toBe('/sections/0/items/0/questions/0');
  });

  it('refuses __proto__ keys, invalid JSON, non-UTF-8 and huge files, each with one clear line', () => {
    const proto = refusal(encode('{"__proto__": {"polluted": true}, "id": "x"}'));
    expect(proto.code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refusal(encode('{"id": ')).code).toBe('invalid-json');
    expect(refusal(new Uint8Array([0x7b, 0xff, 0x7d])).code).toBe('invalid-utf8');
    const huge = refusal(new Uint8Array(MAX_TEMPLATE_FILE_BYTES + 1));
    expect(huge.code).toBe('file-too-large');
    expect(huge.localized('fr')).toContain('16 MiB');
    expect(refusal(encode('['.repeat(200_000))).code).toBe('invalid-json');
    for (const error of [proto, huge]) expect(error.localized('en')).not.toContain('\n');
  });

  it('names files by id and version, and compares versions as numbers', () => {
    expect(templateFileName(miniTemplate)).toBe('mini-1.0.0.json');
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});
