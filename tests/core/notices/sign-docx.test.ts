import { describe, expect, it } from 'vitest';
import { buildSignDocx } from '../../../core/notices/index.ts';
import { openDocx } from '../export/docx-reader.ts';
import { blank, complete, example } from './notice-fixtures.ts';

const pageSize = (xml: string) => {
  const match = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
};
/** Type sizes in the body, in half-points. */
const sizes = (xml: string) => [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));

describe('the information sign', () => {
  it('gives the first layer in French, with the two missing facts as highlighted placeholders', async () => {
    const { assessment, template } = await example();
    const sign = await openDocx(await buildSignDocx(assessment, template, { language: 'fr', size: 'A4' }));
    for (const expected of [
      'Zone sous vidéoprotection',
      'Responsable du traitement',
      'Le maire de Valmont-sur-Escaut',
      'Régulation des flux de transport',
      '21 jours au plus',
      'Vos droits',
      'Mme Nathalie Verhaeghe',
      'réclamation à la CNIL',
      '[À compléter : contact du délégué à la protection des données]',
      '[À compléter : adresse de la page d’information du site de la commune]',
      'L251-3',
    ]) {
      expect(sign.text).toContain(expected);
    }
    const xml = sign.parts['word/document.xml'] ?? '';
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    // French typography: a no-break space before the colon of the placeholders.
    expect(xml).toContain('À compléter\u00A0:');
    expect(sign.parts['word/styles.xml']).toContain('w:lang w:val="fr-FR"');
    expect(pageSize(xml)).toEqual({ width: 11906, height: 16838 });
    expect(Math.max(...sizes(xml))).toBeGreaterThanOrEqual(80);
  });

  it('prints no placeholder once every fact is given, and speaks British English on request', async () => {
    const { assessment, template } = await complete();
    const sign = await openDocx(await buildSignDocx(assessment, template, { language: 'en', size: 'A4' }));
    expect(sign.text).toContain('CCTV in operation');
    expect(sign.text).toContain('dpo@valmont-sur-escaut.example');
    expect(sign.text).toContain('https://www.valmont-sur-escaut.example/videoprotection');
    expect(sign.text).not.toMatch(/To be completed|À compléter/);
    expect(sign.parts['word/document.xml']).not.toContain('w:highlight');
    expect(sign.parts['word/styles.xml']).toContain('w:lang w:val="en-GB"');
  });

  it('lays the same sign out on A3, every size enlarged by √2', async () => {
    const { assessment, template } = await example();
    const a4 = await openDocx(await buildSignDocx(assessment, template, { language: 'fr', size: 'A4' }));
    const a3 = await openDocx(await buildSignDocx(assessment, template, { language: 'fr', size: 'A3' }));
    const a3xml = a3.parts['word/document.xml'] ?? '';
    expect(pageSize(a3xml)).toEqual({ width: 16838, height: 23811 });
    expect(a3.text).toBe(a4.text);
    const title4 = Math.max(...sizes(a4.parts['word/document.xml'] ?? ''));
    expect(Math.max(...sizes(a3xml))).toBe(Math.round(title4 * Math.SQRT2));
  });

  it('prints a placeholder for each fact of a blank assessment', async () => {
    const { assessment, template } = blank();
    const sign = await openDocx(await buildSignDocx(assessment, template, { language: 'fr', size: 'A4' }));
    for (const fact of [
      'responsable du traitement',
      'finalités du traitement',
      'durée de conservation des images',
    ])
      expect(sign.text).toContain(`[À compléter : ${fact}]`);
  });
});
