// Edits and constructors of an assessment's entities: what the editor and the imports build on.
import { describe, expect, it } from 'vitest';
import { blankMeasure, blankRisk, riskFromCatalogue } from '../../../core/assessment/blank-entities.ts';
import { deleteMeasure } from '../../../core/assessment/edits.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';

const { assessment: example, template } = await buildExampleDocument();

describe('edits', () => {
  it('unlinks a deleted measure from every risk', () => {
    const measure = blankMeasure('00000000-0000-4000-8000-000000000001', 'M');
    const risk = { ...blankRisk('00000000-0000-4000-8000-000000000002', 'R'), measureIds: [measure.id] };
    const after = deleteMeasure(measure.id)({ ...example, measures: [measure], risks: [risk] });
    expect(after.measures).toEqual([]);
    expect(after.risks[0]!.measureIds).toEqual([]);
  });

  it('creates a catalogue risk in the document language, linked to the catalogue measures already adopted', () => {
    const entry = template.knowledgeBase.risks[0]!;
    const adopted = {
      ...blankMeasure('00000000-0000-4000-8000-000000000001', 'M'),
      catalogueRef: entry.measures[0]!,
    };
    const risk = riskFromCatalogue(entry, '00000000-0000-4000-8000-000000000009', 'en', [adopted]);
    expect(risk.title).toBe(entry.title.en);
    expect(risk.threats).toEqual(entry.threats.map((t) => t.en));
    expect(risk.measureIds).toEqual([adopted.id]);
  });
});
