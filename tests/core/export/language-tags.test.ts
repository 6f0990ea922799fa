// An English export of a French assessment keeps the answers tagged as French, for proofing and screen readers.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { openDocx } from './docx-reader.ts';
import { fixtureDocument } from './fixtures.ts';

describe('language of the answers', () => {
  it('tags the answers with the assessment’s language in a document of the other language', async () => {
    const doc = fixtureDocument();
    expect(doc.assessment.meta.language).toBe('fr');
    const { parts } = await openDocx(await buildDocx(doc, { language: 'en' }));
    const styles = parts['word/styles.xml'] ?? '';
    const answer = /<w:style [^>]*w:styleId="Answer"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(answer).toContain('w:val="fr-FR"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:val="en-GB"/);
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Answer"/>');
  });
});
