import { describe, expect, it } from 'vitest';
import { actionPlanToCsv, camerasToCsv } from '../../../core/csv/exports.ts';
import { parseCsv } from '../../../core/csv/parse.ts';
import { readCsvTable } from '../../../core/csv/table.ts';
import { unguardCell } from '../../../core/csv/write.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import type { Camera } from '../../../core/model/assessment.ts';
import { blankCamera } from '../../../core/assessment/blank-entities.ts';
import { guessMapping, importCameras } from '../../../core/csv/camera-import.ts';
import { CAMERA_FIELDS } from '../../../core/model/vocabulary.ts';
import { ALL_CAMERA_VOCABULARIES } from '../../../core/csv/exports.ts';
import { importSample, sampleJson } from '../import/cnil-samples.ts';

const tricky: Camera = {
  ...blankCamera('00000000-0000-4000-8000-000000000001', 'CAM-001'),
  location: 'Place de l’Hôtel-de-Ville, angle « rue du Marché », n° 3',
  type: 'ptz',
  purposes: [1, 5, 11],
  nearHomes: true,
  privacyMasks: 'static-and-dynamic',
  hours: '20:00–06:00; week-end 24/7',
  audio: 'present-disabled',
  make: 'Axis "Q6155-E"',
  notes: 'Première ligne\nseconde ligne, avec virgule; et point-virgule\r\n=SOMME(A1)',
  authorisationExpiry: '2028-06-30',
};
const plain: Camera = {
  ...blankCamera('00000000-0000-4000-8000-000000000002', 'CAM-002'),
  location: 'Gare',
  notes: '=SOMME(A1)',
};

describe('camerasToCsv', () => {
  it.each([
    ['fr', ';'],
    ['en', ','],
  ] as const)('writes %s with a BOM, CRLF, "%s" and quotes exactly where needed', (language, separator) => {
    const csv = camerasToCsv([tricky, plain], language);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed.separator).toBe(separator);
    expect(parsed.unterminatedQuote).toBe(false);
    expect(parsed.rows).toHaveLength(3);
    const [header, first, second] = parsed.rows;
    expect(header?.[0]).toBe('Code');
    expect(header?.[1]).toBe(language === 'fr' ? 'Emplacement' : 'Location');
    const cell = (row: string[] | undefined, field: string) =>
      unguardCell(row?.[CAMERA_FIELDS.indexOf(field as never)] ?? '');
    expect(cell(first, 'location')).toBe(tricky.location);
    expect(cell(first, 'make')).toBe(tricky.make);
    expect(cell(first, 'notes')).toBe(tricky.notes);
    expect(cell(first, 'hours')).toBe(tricky.hours);
    expect(cell(first, 'purposes')).toBe('1, 5, 11');
    expect(cell(second, 'location')).toBe('Gare');
    // A cell starting with « = » is made text for spreadsheets (no formula runs), and given back on import.
    expect(second?.[CAMERA_FIELDS.indexOf('notes')]).toBe("'=SOMME(A1)");
    expect(cell(second, 'notes')).toBe('=SOMME(A1)');
  });

  it('uses the separator asked for', () => {
    expect(parseCsv(camerasToCsv([tricky], 'fr', { separator: ',' })).separator).toBe(',');
  });

  it('is read back by the editor’s camera import, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const rows = readCsvTable(new TextEncoder().encode(camerasToCsv([tricky, plain], language)), 'c.csv');
      const mapping = guessMapping(rows[0]!, ALL_CAMERA_VOCABULARIES);
      expect(mapping).toEqual([...CAMERA_FIELDS]);
      const result = importCameras({
        rows: rows.slice(1),
        mapping,
        vocabularies: ALL_CAMERA_VOCABULARIES,
        existingCodes: new Set(),
        newId: () => crypto.randomUUID(),
      });
      expect(result.errors).toEqual([]);
      expect(result.cameras.map(({ id: _id, ...rest }) => rest)).toEqual(
        [tricky, plain].map(({ id: _id, ...rest }) => rest),
      );
    }
  });
});

describe('actionPlanToCsv', () => {
  it('lists the planned measures, then the corrective actions, parseable with their newlines and accents', () => {
    const { document } = importSample(sampleJson('captoo'));
    const csv = actionPlanToCsv(document.assessment, document.template, 'fr');
    const { rows, separator, unterminatedQuote } = parseCsv(csv);
    expect(separator).toBe(';');
    expect(unterminatedQuote).toBe(false);
    expect(rows[0]).toEqual([
      'Code',
      'Action',
      'Origine',
      'Risques traités',
      'Responsable',
      'Échéance',
      'Avancement (%)',
      'État',
      'Détail',
    ]);
    const planned = document.assessment.measures.filter((m) => m.state === 'planned');
    expect(rows.slice(1, 1 + planned.length).map((r) => r[2])).toEqual(planned.map(() => 'Mesure prévue'));
    const encryption = rows.find((r) => r[1] === 'Chiffrement')!;
    expect(encryption[0]).toBe('M1');
    expect(encryption[3]).toContain('R1 – Accès illégitime aux données');
    expect(encryption[8]).toContain('TLS devrait être employé');
    const purposes = rows.find((r) => r[2]?.includes('Les finalités sont-elles déterminées'))!;
    expect(purposes[2]).toMatch(/^Améliorable\u202F: /);
    expect(purposes[1]).toContain('expliciter les autres finalités');
    const legalBasis = rows.find((r) => r[2]?.includes('base légale'))!;
    expect(legalBasis[1]).toBe(
      'Distinguer le service lui-même des autres finalités, au besoin faire un PIA pour chacune.',
    );
    expect(rows.some((r) => r.some((cell) => cell.includes('\n')))).toBe(true);
    expect(csv).not.toMatch(/&(?:[a-z]+|#\d+);/i);
  });

  it('writes English headers with commas, and the example town’s plan', async () => {
    const example = await buildExampleDocument();
    const { rows, separator } = parseCsv(actionPlanToCsv(example.assessment, example.template, 'en'));
    expect(separator).toBe(',');
    expect(rows[0]?.[1]).toBe('Action');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toHaveLength(9);
  });
});
