// The same document and options give the same .docx bytes, with the document's own dates and complete properties.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { openDocx } from './docx-reader.ts';
import { fixtureDocument } from './fixtures.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('reproducible Word export', () => {
  it('gives byte-identical files for two exports of the same document', async () => {
    const first = await buildDocx(fixtureDocument(), { language: 'fr' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await buildDocx(fixtureDocument(), { language: 'fr' });
    expect(sha256(second)).toBe(sha256(first));
  });

  it('writes the document dates, its language, the application and the fonts into the package', async () => {
    const doc = fixtureDocument();
    const { parts } = await openDocx(await buildDocx(doc, { language: 'en' }));
    const core = parts['docProps/core.xml'] ?? '';
    const created = new Date(doc.assessment.meta.createdAt).toISOString().slice(0, 19);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${created}`);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(parts['docProps/app.xml']).toContain('<Application>dpia-editor');
    expect(parts['word/fontTable.xml']).toContain('w:name="Calibri"');
    // Relationship ids are numbered, never random.
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    expect([...rels.matchAll(/Id="([^"]+)"/g)].every((m) => /^rId\d+$/.test(m[1] ?? ''))).toBe(true);
  });

  it('bases every style on a style the document defines', async () => {
    const { parts } = await openDocx(await buildDocx(fixtureDocument(), { language: 'fr' }));
    const styles = parts['word/styles.xml'] ?? '';
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const basedOn = [...styles.matchAll(/<w:basedOn w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(basedOn.filter((id) => !defined.has(id))).toEqual([]);
  });
});
