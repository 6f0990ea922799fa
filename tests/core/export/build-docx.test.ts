// What a reader of the exported .docx sees: answers, cameras, risk map, verdicts, properties, header, footer, language.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import type { ExportFinding } from '../../../core/export/docx/build-docx.ts';
import { frenchTypography } from '../../../core/markdown/french-typography.ts';
import { normalise, openDocx, partsStartingWith } from './docx-reader.ts';
import type { OpenedDocx } from './docx-reader.ts';
import { expectEveryAnswer } from './expected-text.ts';
import { fixtureDocument, uuid } from './fixtures.ts';

const FINDINGS: ExportFinding[] = [
  {
    id: 'csu.retention',
    severity: 'warning',
    message: 'Durée de conservation proche du maximum légal',
    legalRef: 'CSI, art. L252-5',
    location: 'context.retention-days',
  },
  {
    id: 'csu.audio',
    severity: 'error',
    message: 'Captation du son activée',
    legalRef: 'CNIL',
    location: uuid(1003),
  },
];

describe.each(['fr', 'en'] as const)('Word export in %s', (language) => {
  const doc = fixtureDocument();
  let docx: OpenedDocx;
  beforeAll(async () => {
    docx = await openDocx(
      await buildDocx(doc, { language, findings: FINDINGS, contentSha256: 'c'.repeat(64) }),
    );
  });

  it('shows the text of every answered question, with its label', () => {
    expectEveryAnswer(docx.text, doc, language);
  });

  it('writes dates in words and numbers with their unit', () => {
    expect(docx.text).toContain(language === 'fr' ? '30 juin 2028' : '30 June 2028');
    expect(docx.text).toContain(language === 'fr' ? '15 jours' : '15 days');
  });

  it('marks an unanswered required question, and an optional one, in grey italics', () => {
    expect(docx.text).toContain(language === 'fr' ? 'Non renseigné' : 'Not answered');
    expect(docx.text).toContain(language === 'fr' ? 'Non renseigné (facultatif)' : 'Not answered (optional)');
    const marker = language === 'fr' ? 'Non renseigné' : 'Not answered';
    expect(docx.parts['word/document.xml']).toMatch(
      new RegExp(`<w:rPr><w:i/><w:iCs/><w:color w:val="6B6B6B"/></w:rPr><w:t xml:space="preserve">${marker}`),
    );
  });

  it('keeps bold, italic, nested bullet lists, numbered lists and links', () => {
    expect(docx.html).toContain('<strong>centre de supervision urbaine</strong>');
    expect(docx.html).toContain('<em>trente caméras</em>');
    expect(docx.html).toMatch(
      /<ul><li>protéger les bâtiments publics[^<]*<\/li><li>réguler le trafic<ul><li>aux heures de pointe/,
    );
    expect(docx.html).toMatch(/<ol><li>Première étape<\/li><li>Deuxième étape<\/li><\/ol>/);
    expect(docx.html).toContain('<a href="https://www.cnil.fr/fr/videoprotection">doctrine de la CNIL</a>');
  });

  it('lists every camera in the inventory table, in a landscape section whose header row repeats', () => {
    const rows = docx.table('CAM-001');
    expect(rows[0]?.[0]).toBe('Code');
    for (const camera of doc.assessment.cameras) {
      const row = rows.find((r) => r[0] === camera.code);
      expect(row, camera.code).toBeDefined();
      expect(row?.[1]).toBe(camera.location);
    }
    const audio = rows.find((r) => r[0] === 'CAM-003');
    expect(audio?.[7]).toBe(language === 'fr' ? 'ACTIVÉE' : 'ENABLED');
    const xml = docx.parts['word/document.xml'] ?? '';
    expect(xml).toContain('w:orient="landscape"');
    const cameraTable = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('CAM-001')));
    expect(cameraTable.slice(0, 3000)).toContain('<w:tblHeader/>');
  });

  it('draws the initial and residual risk maps with each cell’s zone and risks', () => {
    const zones =
      language === 'fr'
        ? ['faible', 'modéré', 'important', 'élevé']
        : ['low', 'moderate', 'significant', 'high'];
    const maps = docx.tables(language === 'fr' ? 'Vraisemblance ↓' : 'Likelihood ↓');
    expect(maps).toHaveLength(2);
    const [initial = [], residual = []] = maps;
    for (const map of maps) {
      expect(map).toHaveLength(5);
      for (const row of map.slice(1))
        for (const cell of row.slice(1)) expect(zones.some((z) => cell.startsWith(z))).toBe(true);
    }
    // Rows run from likelihood 4 down to 1; columns from severity 1 to 4.
    expect(initial[2]?.[3]).toBe(`${zones[3]} R1`);
    expect(initial[4]?.[2]).toBe(`${zones[0]} R2`);
    expect(initial[3]?.[4]).toBe(`${zones[2]} R3`);
    expect(residual[4]?.[3]).toBe(`${zones[2]} R1`);
    expect(residual[4]?.[1]).toBe(`${zones[0]} R2`);
    expect(docx.text).toContain(language === 'fr' ? 'Non évalués : R3' : 'Not rated: R3');
    for (const fill of ['C6E0B4', 'FFE699', 'F4B183', 'E48A8A'])
      expect(docx.parts['word/document.xml']).toContain(`w:fill="${fill}"`);
  });

  it('gives the map a key: the zones and the code of each risk with its title', () => {
    expect(docx.text).toContain('R1 Accès illégitime aux images');
    expect(docx.text).toContain('R3 Perte des images utiles à une enquête');
  });

  it('shows the reviewers’ verdicts where they apply, and their corrective actions in the action plan', () => {
    const words =
      language === 'fr'
        ? ['Améliorable', 'Acceptable', 'À corriger']
        : ['Improvable', 'Acceptable', 'To correct'];
    for (const word of words) expect(docx.text).toContain(word);
    const plan = docx.table(language === 'fr' ? 'Origine' : 'Source');
    expect(plan.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        'M2 – Journalisation des accès',
        'M3 – Affichage réglementaire',
        normalise(
          language === 'fr'
            ? frenchTypography('Décrire le réseau de transmission.')
            : 'Décrire le réseau de transmission.',
        ),
        'Justifier la durée de 15 jours.',
      ]),
    );
    const logging = plan.find((r) => r[0] === 'M2 – Journalisation des accès');
    expect(logging?.slice(2)).toEqual([
      'DSI',
      '30/06/2025',
      '40 %'.replace(' ', language === 'fr' ? ' ' : ''),
    ]);
  });

  it('prints the measures, the opinions, the decision and an empty signature block', () => {
    expect(docx.table('Comptes nominatifs').length).toBe(5);
    expect(docx.text).toContain('Claire Martin');
    expect(docx.text).toContain(
      language === 'fr' ? 'Favorable avec réserves' : 'Favourable with reservations',
    );
    expect(docx.text).toContain(
      language === 'fr'
        ? 'Réunion publique du conseil de quartier.'
        : 'Réunion publique du conseil de quartier.',
    );
    expect(docx.text).toContain(language === 'fr' ? 'Le responsable du traitement' : 'The controller');
    expect(docx.text).toContain(language === 'fr' ? 'Signature :' : 'Signature:');
  });

  it('ends with the findings, the legal references the template cites, and the attachments with their SHA-256', () => {
    const findings = docx.table(FINDINGS[1]?.message ?? '');
    expect(findings[1]?.[0]).toBe(language === 'fr' ? 'Erreur' : 'Error');
    expect(findings[1]?.[3]).toBe('CAM-003');
    expect(docx.text).toContain(language === 'fr' ? 'RGPD, art. 35' : 'GDPR, art. 35');
    expect(docx.text).not.toContain(language === 'fr' ? 'Texte non cité' : 'Uncited text');
    expect(docx.text).toContain('arrete-prefectoral.pdf');
    expect(docx.text).toContain('b'.repeat(32));
    expect(docx.text).toContain(language === 'fr' ? '240 Ko' : '240 KB');
  });

  it('has a cover page and a document control table with the version, status, template and content hash', () => {
    expect(docx.text).toContain('Commune de Villeneuve-sur-Lot');
    const control = docx.table('test-template 1.2.0');
    expect(control).toContainEqual([
      language === 'fr' ? 'Statut' : 'Status',
      language === 'fr' ? 'En relecture' : 'In review',
    ]);
    expect(control).toContainEqual([language === 'fr' ? 'Auteurs' : 'Authors', 'Claire Martin, Paul Durand']);
    expect(docx.text).toContain('c'.repeat(64));
  });

  it('uses real heading styles and a table of contents field over levels 1 to 3', () => {
    const xml = docx.parts['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?1\. (Contexte|Context)</);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?1\.1 (Vue d’ensemble|Overview)</);
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(docx.parts['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('puts the title and version in the header and « page X of Y » fields in the footer', () => {
    const headers = partsStartingWith(docx, 'word/header');
    expect(headers).toContain('AIPD du CSU de Villeneuve-sur-Lot');
    expect(headers).toContain('version 1.2');
    const footers = partsStartingWith(docx, 'word/footer');
    expect(footers).toContain('>PAGE<');
    expect(footers).toContain('>NUMPAGES<');
    expect(footers).toContain(language === 'fr' ? ' sur ' : ' of ');
  });

  it('sets the document properties and the proofing language', () => {
    const core = docx.parts['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>AIPD du CSU de Villeneuve-sur-Lot</dc:title>');
    expect(core).toContain('<dc:creator>Claire Martin, Paul Durand</dc:creator>');
    expect(core).toMatch(/<dc:subject>[^<]*Vidéoprotection urbaine|Urban video surveillance/);
    expect(core).toMatch(/<cp:keywords>[^<]*(AIPD|DPIA)[^<]*Commune de Villeneuve-sur-Lot<\/cp:keywords>/);
    expect(core).toMatch(/<dc:description>[^<]+<\/dc:description>/);
    expect(docx.parts['word/styles.xml']).toContain(
      `<w:lang w:val="${language === 'fr' ? 'fr-FR' : 'en-GB'}"/>`,
    );
  });
});

describe('French typography in the export', () => {
  it('puts no-break spaces before high punctuation and inside guillemets, in French only', async () => {
    const doc = fixtureDocument();
    doc.assessment.answers['context.description'] = {
      type: 'richtext',
      text: 'Note : le "CSU" est ouvert ! À 20:00 ; voir https://ville.fr/?a=1',
    };
    const fr = (await openDocx(await buildDocx(doc, { language: 'fr' }))).parts['word/document.xml'] ?? '';
    expect(fr).toContain(
      'Note\u00A0: le «\u00A0CSU\u00A0» est ouvert\u202F! À 20:00\u202F; voir https://ville.fr/?a=1',
    );
    const en = (await openDocx(await buildDocx(doc, { language: 'en' }))).parts['word/document.xml'] ?? '';
    expect(en).toContain('Note : le &quot;CSU&quot; est ouvert ! À 20:00 ; voir https://ville.fr/?a=1');
  });
});

describe('Word export of a sparse assessment', () => {
  it('exports an assessment with no answers, cameras, risks, measures or attachments', async () => {
    const doc = fixtureDocument();
    doc.assessment = {
      ...doc.assessment,
      answers: {},
      evaluations: {},
      cameras: [],
      risks: [],
      measures: [],
      attachments: [],
      revisions: [],
      statusHistory: [],
    };
    const docx = await openDocx(await buildDocx(doc, { language: 'en' }));
    expect(docx.text).toContain('No camera in the inventory.');
    expect(docx.text).toContain('No action planned.');
    expect(docx.text).toContain('No attachment.');
    expect(docx.text).not.toContain('Findings of the checks');
  });
});

describe('Word export of a signed document', () => {
  it('prints the electronic signature and its verdict, and keeps the boxes to sign on paper', async () => {
    const docx = await openDocx(
      await buildDocx(fixtureDocument(), {
        language: 'fr',
        signature: {
          verdict: 'trusted',
          signer: 'Jean Dupont',
          role: 'Maire',
          signedAt: '2025-04-02T10:00:00+02:00',
          keyFingerprint: 'SHA256:abcdef0123456789',
          contentSha256: 'd'.repeat(64),
          trustedAs: 'Mairie — Jean Dupont',
          reason: null,
        },
      }),
    );
    expect(docx.text).toContain('Signature électronique');
    expect(docx.text).toContain('Jean Dupont, Maire');
    expect(docx.text).toContain('2 avril 2025');
    expect(docx.text).toContain('SHA256:abcdef0123456789');
    expect(docx.text).toContain('d'.repeat(64));
    expect(docx.text).toContain('Signature reconnue');
    expect(docx.text).toContain('Mairie — Jean Dupont');
    expect(docx.text).toContain('Nom et qualité :');
  });
});

describe('Word export of a template without a validation section', () => {
  it('adds a validation section of its own for the action plan, opinions, decision and signatures', async () => {
    const doc = fixtureDocument();
    doc.template = { ...doc.template, sections: doc.template.sections.filter((s) => s.id !== 'validation') };
    const docx = await openDocx(await buildDocx(doc, { language: 'en' }));
    expect(docx.text).toContain('5. Validation 5.1 Action plan');
    expect(docx.text).toContain('5.5 Signatures');
  });
});

describe('Word navigation', () => {
  it('gives the heading styles outline levels, so the navigation pane lists sections and items', async () => {
    const styles =
      (await openDocx(await buildDocx(fixtureDocument(), { language: 'fr' }))).parts['word/styles.xml'] ?? '';
    for (const [level, outline] of [
      [1, 0],
      [2, 1],
      [3, 2],
    ]) {
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${outline}"/>`));
    }
  });
});

describe('Line breaks in rich-text answers', () => {
  it('keeps each typed line on its own line in Word, whether the break is a newline, a backslash or two spaces', async () => {
    const doc = fixtureDocument();
    doc.assessment.answers['context.description'] = {
      type: 'richtext',
      text: 'Première ligne\nDeuxième ligne\\\nTroisième ligne  \nQuatrième ligne',
    };
    const xml = (await openDocx(await buildDocx(doc, { language: 'en' }))).parts['word/document.xml'] ?? '';
    const paragraph = /<w:p>(?:(?!<\/w:p>).)*Première ligne(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(paragraph).toContain('Quatrième ligne');
    expect(paragraph.match(/<w:br\/>/g)).toHaveLength(3);
    expect(paragraph).not.toContain('Première ligne Deuxième');
  });
});
