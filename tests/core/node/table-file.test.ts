// The spreadsheet layer: real .xlsx files made here with exceljs, CSV files, hostile archives, and files of the wrong
// kind. What the user sees: the rows as text, one sentence when the file is refused.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { TABLE_LIMITS } from '../../../core/format/limits.ts';
import { readTableBytes, writeTableBytes } from '../../../core/node/table-file.ts';
import { setDeclaredSizes } from '../../fixtures/zip-tools.ts';

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, file = 'cameras.xlsx'): Promise<DpiaError> {
  try {
    await readTableBytes(bytes, file);
  } catch (error) {
    if (error instanceof DpiaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

/** An .xlsx archive made by hand: the parts a reader needs, with the given first worksheet. */
function handMadeXlsx(sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    ...extra,
  });
}

describe('reading an .xlsx', () => {
  it('turns every kind of cell into the text a person reads', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Caméras');
      sheet.addRow(['Code', 'Expiration', 'Nombre', 'Ratio', 'Lieu', 'Calcul', 'Erreur', 'Lien', 'Audio']);
      sheet.addRow([
        'CAM-001',
        new Date(Date.UTC(2027, 2, 31)),
        42,
        0.1 + 0.2,
        { richText: [{ text: 'Place ', font: { bold: true } }, { text: 'de la Mairie' }] },
        { formula: 'C2*2', result: 84 },
        { error: '#N/A' },
        { text: 'plan du site', hyperlink: 'https://example.org/plan' },
        true,
      ]);
      workbook.addWorksheet('Ignored').addRow(['not read']);
    });
    expect(await readTableBytes(bytes, 'cameras.xlsx')).toEqual([
      ['Code', 'Expiration', 'Nombre', 'Ratio', 'Lieu', 'Calcul', 'Erreur', 'Lien', 'Audio'],
      ['CAM-001', '2027-03-31', '42', '0.3', 'Place de la Mairie', '84', '', 'plan du site', 'TRUE'],
    ]);
  });

  it('drops blank rows, pads short rows and leaves merged cells empty past their first', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A1').value = 'Code';
      sheet.getCell('B1').value = 'Lieu';
      sheet.getCell('C1').value = 'Notes';
      sheet.getCell('A3').value = 'CAM-002';
      sheet.getCell('A5').value = 'CAM-003';
      sheet.getCell('B5').value = 'Gare';
      sheet.mergeCells('B5:C5');
    });
    expect(await readTableBytes(bytes, 'x.xlsx')).toEqual([
      ['Code', 'Lieu', 'Notes'],
      ['CAM-002', '', ''],
      ['CAM-003', 'Gare', ''],
    ]);
  });

  it('reads back what it writes, formula guard included, with a bold frozen header', async () => {
    const rows = [
      ['Code', 'Action', 'Détail'],
      ['M1', '=HYPERLINK("http://evil")', '+33 1 23 45 67 89'],
      ['M2', '-12', "'=already quoted"],
    ];
    const bytes = await writeTableBytes(rows, 'xlsx', { sheetName: 'Plan d’action' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Plan d’action');
    // In the file, no cell is a formula and text that would start one carries the apostrophe.
    expect(sheet.getCell('B2').value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet.getCell('C2').value).toBe("'+33 1 23 45 67 89");
    expect(sheet.getCell('B3').value).toBe('-12');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(27);
    expect(sheet.getColumn(1).width).toBe(8);
    expect(await readTableBytes(bytes, 'plan.xlsx')).toEqual(rows);
  });

  it('writes the same bytes for the same rows', async () => {
    const rows = [['a'], ['b']];
    expect(await writeTableBytes(rows, 'xlsx')).toEqual(await writeTableBytes(rows, 'xlsx'));
  });
});

describe('reading a CSV', () => {
  it('reads `;` or `,` files, in UTF-8, UTF-16 or Windows-1252, and reads its own export back', async () => {
    const rows = [
      ['Code', 'Lieu'],
      ['CAM-001', 'Rue de la Paix; côté église'],
      ['CAM-002', '@SUM(A1)'],
    ];
    const csv = await writeTableBytes(rows, 'csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv)).toContain("CAM-002;'@SUM(A1)\r\n");
    expect(await readTableBytes(csv, 'c.csv')).toEqual(rows);
    const latin1 = Uint8Array.from([...'code,lieu\nA,côté'].map((c) => c.charCodeAt(0)));
    expect(await readTableBytes(latin1, 'c.csv')).toEqual([
      ['code', 'lieu'],
      ['A', 'côté'],
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a\tb\r\né\tx'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readTableBytes(utf16, 'c.txt')).toEqual([
      ['a', 'b'],
      ['é', 'x'],
    ]);
  });

  it('names the line where an unclosed quote starts', async () => {
    const text = 'code;lieu\nCAM-001;Gare\nCAM-002;"Rue\nde la Paix\nCAM-003;Église\n';
    const error = await refusal(strToU8(text), 'cameras.csv');
    expect(error.code).toBe('table-unterminated-quote');
    expect(error.localized('fr')).toBe(
      '«\u202Fcameras.csv\u202F» est incomplet\u00A0: le guillemet ouvert ligne 3 n’est jamais fermé.',
    );
  });

  it('refuses more rows or columns than a table may have', async () => {
    const wide = Array.from({ length: TABLE_LIMITS.maxColumns + 1 }, (_, i) => `c${i}`).join(';');
    expect((await refusal(strToU8(wide), 'w.csv')).params.what).toBe('columns');
    const long = 'a\n'.repeat(TABLE_LIMITS.maxRows + 1);
    expect((await refusal(strToU8(long), 'l.csv')).localized('en')).toBe(
      `"l.csv" is refused: more than ${TABLE_LIMITS.maxRows} rows.`,
    );
  });
});

describe('files that are not tables', () => {
  it('says in one sentence what a Word document, PDF, assessment, image or ODS is', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
      'word/_rels/document.xml.rels': strToU8('<Relationships/>'),
    });
    const word = await refusal(docx, 'cameras.csv');
    expect(word.localized('fr')).toBe(
      '«\u202Fcameras.csv\u202F» est un document Word, pas un tableau CSV ou Excel (.xlsx).',
    );
    expect(word.localized('en')).toBe('"cameras.csv" is a Word document, not a CSV or Excel (.xlsx) table.');
    expect((await refusal(strToU8('%PDF-1.7\n%âãÏÓ\n'), 'a.csv')).params.kind).toBe('pdf');
    const dpia = zipSync({ 'manifest.json': strToU8('{}'), 'assessment.json': strToU8('{}') });
    expect((await refusal(dpia, 'a.csv')).params.kind).toBe('dpia');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await refusal(png, 'a.csv')).params.kind).toBe('image');
    const ods = zipSync(
      {
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
        'content.xml': strToU8('<office:document-content/>'),
      },
      {},
    );
    expect((await refusal(ods, 'inventaire.ods')).localized('en')).toBe(
      '"inventaire.ods" is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV to import it.',
    );
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect((await refusal(binary, 'a.csv')).params.kind).toBe('binary');
  });
});

describe('hostile .xlsx archives, refused before exceljs reads them', () => {
  it('refuses a zip bomb whose declared sizes lie', async () => {
    const bytes = await xlsx((w) => w.addWorksheet('S').addRow(['x'.repeat(10_000)]));
    const error = await refusal(setDeclaredSizes(bytes, 1));
    expect(error.code).toBe('inconsistent-zip');
  });

  it('refuses a part larger than a table part may be once inflated (huge sharedStrings)', async () => {
    const huge = strToU8(`<sst>${'<si><t>a</t></si>'.repeat((TABLE_LIMITS.maxEntryBytes / 16) | 0)}x</sst>`);
    const bytes = handMadeXlsx('<worksheet><sheetData/></worksheet>', { 'xl/sharedStrings.xml': huge });
    expect((await refusal(bytes)).code).toBe('too-large');
  });

  it('refuses a workbook of thousands of sheets', async () => {
    const sheets: Record<string, Uint8Array> = {};
    for (let i = 2; i <= 2000; i++) sheets[`xl/worksheets/sheet${i}.xml`] = strToU8('<worksheet/>');
    expect((await refusal(handMadeXlsx('<worksheet/>', sheets))).code).toBe('too-many-entries');
    const some: Record<string, Uint8Array> = {};
    for (let i = 2; i <= TABLE_LIMITS.maxSheets + 1; i++)
      some[`xl/worksheets/sheet${i}.xml`] = strToU8('<w/>');
    expect((await refusal(handMadeXlsx('<worksheet/>', some))).params.what).toBe('sheets');
  });

  it('refuses a sheet of 1,048,576 rows from its XML, before building any row', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"/>`);
    const bytes = handMadeXlsx(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
    const error = await refusal(bytes);
    expect(error.params).toMatchObject({ what: 'rows', limit: TABLE_LIMITS.maxRows });
  });

  it('refuses a cell past the last column a table may have', async () => {
    const bytes = await xlsx((w) => {
      const sheet = w.addWorksheet('S');
      sheet.getCell('A1').value = 'Code';
      sheet.getCell(1, TABLE_LIMITS.maxColumns + 1).value = 'far';
    });
    expect((await refusal(bytes)).params.what).toBe('columns');
  });

  it('says a damaged workbook is unreadable in one sentence', async () => {
    const bytes = handMadeXlsx('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row>');
    const error = await refusal(bytes);
    expect(error.code).toBe('table-unreadable');
    expect(error.localized('en')).toMatch(/^"cameras.xlsx" is an unreadable workbook \(.+\)\.$/);
  });
});
