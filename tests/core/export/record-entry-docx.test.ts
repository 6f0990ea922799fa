// The entry of the record of processing on the Word cover and in the synthesis.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { normalise, openDocx } from './docx-reader.ts';
import { fixtureDocument } from './fixtures.ts';

describe.each(['fr', 'en'] as const)('the record entry in the Word export (%s)', (language) => {
  it('is printed on the cover and in the synthesis when named, and not at all otherwise', async () => {
    const doc = fixtureDocument();
    const label = language === 'fr' ? 'Entrée du registre des traitements' : 'Record of processing entry';
    const without = await openDocx(await buildDocx(doc, { language }));
    expect(without.text).not.toContain(label);

    doc.assessment.meta.recordEntry = {
      reference: 'T-012',
      name: 'Vidéoprotection de la voie publique',
      controller: 'Commune de Valmont',
    };
    const docx = await openDocx(await buildDocx(doc, { language }));
    const text = normalise(docx.text);
    const line = 'T-012 – Vidéoprotection de la voie publique (Commune de Valmont)';
    // Once on the cover, once in the synthesis.
    expect(text.split(`${label} ${line}`).length - 1).toBe(2);
  });
});
