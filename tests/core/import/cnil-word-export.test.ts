// Both CNIL samples, imported, saved, reopened and exported to Word: their content is there, without HTML entities.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { exportOptionsFor } from '../../../core/export/export-options.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { openDocx } from '../export/docx-reader.ts';
import { importSample, NOW, sampleJson, type SampleName } from './cnil-samples.ts';

const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9a-f]+);/i;

async function exported(name: SampleName) {
  const { document } = importSample(sampleJson(name));
  const { bytes } = await writeDpia(document, { createdWith: 'test', file: `${name}.dpia` });
  const reopened = (await readDpia(bytes, { file: `${name}.dpia` })).document;
  const options = await exportOptionsFor(reopened, { language: 'fr', now: NOW, file: `${name}.dpia` });
  return openDocx(await buildDocx(reopened, options));
}

describe('Word export of an imported CNIL assessment', () => {
  it('shows the Captoo answers, measures, verdicts, action plan, opinions and decision', async () => {
    const docx = await exported('captoo');
    for (const expected of [
      'Le PIA porte sur le moniteur de sommeil Captoo',
      "Données fournies par l'utilisateur",
      'Chiffrement',
      'Supervision',
      'Appréciation : Améliorable',
      'Cette finalité doit être distinguée',
      "TLS devrait être employé pour l'utilisation du protocole https.",
      'Préciser la politique de sauvegarde de BETA.',
      'Commentaires importés',
      'Michael Thomas (DPO)',
      'protection de la vie privée des personnes est garantie de manière acceptable',
      'Les clients potentiels',
      'Rapport incomplet',
      'Mary Smith',
      'Accès illégitime aux données',
    ]) {
      expect(docx.text, expected).toContain(expected);
    }
    expect(docx.table('Mesure prévue').flat().join(' ')).toContain('Sauvegardes');
    expect(docx.text).not.toMatch(ENTITY);
    expect(docx.html).not.toMatch(/&amp;(?:nbsp|eacute|#\d+);/);
  });

  it('shows the 2022 export, lorem and all, with the verdict on its unidentified measure', async () => {
    const docx = await exported('fixture2022');
    expect(docx.text).toContain('Lorem ipsum dolor sit amet');
    expect(docx.text).toContain('3.1.[object Object]');
    expect(docx.text).toContain('Nom du Pia');
    expect(docx.text).not.toMatch(ENTITY);
  });
});
