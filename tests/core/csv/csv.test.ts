// CSV as spreadsheets write and read it: separators, quotes, line breaks in cells, BOM, and a lossless round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../../core/csv/parse.ts';
import { toCsv, unguardCell } from '../../../core/csv/write.ts';

describe('parseCsv', () => {
  it('reads a French Excel file: BOM, semicolons, CRLF, accents', () => {
    const parsed = parseCsv('\uFEFFcode;emplacement\r\nCAM-01;Place de l’Hôtel-de-Ville\r\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.rows).toEqual([
      ['code', 'emplacement'],
      ['CAM-01', 'Place de l’Hôtel-de-Ville'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const parsed = parseCsv('a,b\n"1, rue ""Haute""","ligne 1\nligne 2"\n');
    expect(parsed.separator).toBe(',');
    expect(parsed.rows[1]).toEqual(['1, rue "Haute"', 'ligne 1\nligne 2']);
  });

  it('keeps empty cells and drops blank lines', () => {
    expect(parseCsv('a;b;c\n;;\n\n1;;3').rows).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', '3'],
    ]);
  });

  it('reads old Mac line ends and a last line without a line break', () => {
    expect(parseCsv('a;b\r1;2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('says when a quoted cell never closes', () => {
    const parsed = parseCsv('a;b\n1;"tronqué');
    expect(parsed.unterminatedQuote).toBe(true);
    expect(parsed.rows[1]).toEqual(['1', 'tronqué']);
  });

  it('detects the separator from the header line, ignoring quoted text', () => {
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('seule')).toBe(';');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF and quotes only where needed', () => {
    expect(
      toCsv(
        [
          ['a', 'b;c', 'd"e'],
          ['x\ny', ' pad', ''],
        ],
        { separator: ';' },
      ),
    ).toBe('\uFEFFa;"b;c";"d""e"\r\n"x\ny";" pad";\r\n');
  });

  it('neutralises spreadsheet formulas but not negative numbers', () => {
    const text = toCsv([['=HYPERLINK("x")', '-12', '@SUM(A1)']], { separator: ',', bom: false });
    expect(text).toBe('"\'=HYPERLINK(""x"")",-12,\'@SUM(A1)\r\n');
    expect(parseCsv(text).rows[0]!.map(unguardCell)).toEqual(['=HYPERLINK("x")', '-12', '@SUM(A1)']);
  });

  it('round-trips any table of text through parseCsv', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r', '\t', '=', "'", 'Z'),
    });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom<';' | ','>(';', ','), (rows, separator) => {
        // Rows made only of empty cells are dropped on reading, like blank lines: leave them out of the property.
        const kept = rows.filter((r) => r.some((c) => c !== ''));
        const parsed = parseCsv(toCsv(kept, { separator }), { separator });
        expect(parsed.rows.map((r) => r.map(unguardCell))).toEqual(kept);
      }),
    );
  });
});
