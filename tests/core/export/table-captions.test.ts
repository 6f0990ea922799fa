// The registers and both risk maps carry a caption, and the caption is also the table's alternative text.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { captionTables } from '../../../core/export/docx/table-captions.ts';
import { openDocx } from './docx-reader.ts';
import { fixtureDocument } from './fixtures.ts';

describe('table captions', () => {
  it('gives the risk summary, both maps, the measures and the action plan a caption and alternative text', async () => {
    const { parts } = await openDocx(await buildDocx(fixtureDocument(), { language: 'fr' }));
    const captions = [...(parts['word/document.xml'] ?? '').matchAll(/<w:tblCaption w:val="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(captions).toEqual([
      'Tableau – Registre des mesures',
      'Tableau – Synthèse des risques, initiaux et résiduels',
      'Risques initiaux (mesures existantes ou prévues)',
      'Risques résiduels (après le plan d’action)',
      'Tableau – Plan d’action',
    ]);
  });

  it('escapes quotes of the caption for the attribute and leaves uncaptioned tables alone', () => {
    const xml =
      '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Le "plan"</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW/></w:tblPr></w:tbl>' +
      '<w:p><w:r><w:t>x</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW/></w:tblPr></w:tbl>';
    const out = captionTables(xml);
    expect(out).toContain('<w:tblCaption w:val="Le &quot;plan&quot;"/>');
    expect(out.match(/tblCaption/g)).toHaveLength(1);
  });
});
