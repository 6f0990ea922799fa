// Camera inventory CSV: column guessing in French and English, lenient cell reading, per-row errors, and an export
// that the import reads back unchanged.
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../core/csv/table.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import { blankCamera } from '../../../core/assessment/blank-entities.ts';
import { cameraWarnings, nextCameraCode } from '../../../core/assessment/camera-inventory.ts';
import { guessMapping, importCameras } from '../../../core/csv/camera-import.ts';
import { ALL_CAMERA_VOCABULARIES, cameraCsvVocabulary, writeCamerasCsv } from '../../../core/csv/exports.ts';
import { DEFAULT_LIMITS } from '../../../core/format/limits.ts';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function importText(text: string, existing: string[] = []) {
  const rows = readCsvTable(new TextEncoder().encode(text), 'cameras.csv');
  const mapping = guessMapping(rows[0]!, ALL_CAMERA_VOCABULARIES);
  return importCameras({
    rows: rows.slice(1),
    mapping,
    vocabularies: ALL_CAMERA_VOCABULARIES,
    existingCodes: new Set(existing),
    newId,
  });
}

describe('importCameras within the document limit', () => {
  it('imports nothing, and says why, when the inventory would pass the cameras a document may hold', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`CAM-${i}`, 'fixe']);
    const result = importCameras({
      rows,
      mapping: ['code', 'type'],
      vocabularies: ALL_CAMERA_VOCABULARIES,
      existingCodes: new Set(['CAM-A']),
      newId,
    });
    expect(result).toEqual({
      cameras: [],
      errors: [],
      tooMany: { count: 150_001, limit: DEFAULT_LIMITS.maxCameras },
    });
  });
});

describe('guessMapping', () => {
  it('recognises French spreadsheet headers with accents and odd spacing', () => {
    expect(
      guessMapping(
        ['Identifiant', 'Adresse', 'Type de caméra', 'Finalités', 'Près d’habitations', 'Échéance'],
        ALL_CAMERA_VOCABULARIES,
      ),
    ).toEqual(['code', 'location', 'type', 'purposes', 'nearHomes', 'authorisationExpiry']);
  });

  it('recognises English headers and leaves unknown columns unmapped', () => {
    expect(guessMapping(['Code', 'Location', 'Make', 'Colour'], ALL_CAMERA_VOCABULARIES)).toEqual([
      'code',
      'location',
      'make',
      null,
    ]);
  });
});

describe('importCameras', () => {
  it('reads a French Excel export: labels, "1° ; 5°" purposes, oui/non, dd/mm/yyyy dates', () => {
    const result = importText(
      'Code;Emplacement;Type;Finalités;Habitations;Masques;Audio;Fin d’autorisation\r\n' +
        'CAM-1;"Place du Marché; côté nord";Dôme;1° 5°;oui;statiques;présent, désactivé;30/06/2026\r\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.cameras[0]).toMatchObject({
      code: 'CAM-1',
      location: 'Place du Marché; côté nord',
      type: 'dome',
      purposes: [1, 5],
      nearHomes: true,
      privacyMasks: 'static',
      audio: 'present-disabled',
      authorisationExpiry: '2026-06-30',
    });
  });

  it('lists each bad row with its line and reason, and imports the good ones', () => {
    const result = importText(
      'code,type,purposes,expiry\n' +
        'A,fixed,1,\n' +
        'B,bullet,1,\n' +
        ',fixed,1,\n' +
        'C,ptz,12,\n' +
        'D,dome,,31/02/2026\n' +
        'A,fixed,,\n',
    );
    expect(result.cameras.map((c) => c.code)).toEqual(['A']);
    expect(result.errors.map((e) => [e.line, e.key])).toEqual([
      [3, 'type'],
      [4, 'codeMissing'],
      [5, 'purposes'],
      [6, 'date'],
      [7, 'codeDuplicate'],
    ]);
  });

  it('refuses codes already in the inventory', () => {
    const result = importText('code;type\ncam-007;fixe\n', ['CAM-007']);
    expect(result.errors[0]?.key).toBe('codeDuplicate');
  });

  it('reads back its own export of the example inventory, in both languages', async () => {
    const { assessment } = await buildExampleDocument();
    for (const language of ['fr', 'en'] as const) {
      const text = writeCamerasCsv(
        assessment.cameras,
        cameraCsvVocabulary(language),
        language === 'fr' ? ';' : ',',
      );
      expect(text.startsWith('\uFEFF')).toBe(true);
      const result = importText(text);
      expect(result.errors).toEqual([]);
      expect(result.cameras.map(({ id: _, ...rest }) => rest)).toEqual(
        assessment.cameras.map(({ id: _, ...rest }) => rest),
      );
    }
  });
});

describe('camera helpers', () => {
  it('flags what a DPO must look at', () => {
    const camera = {
      ...blankCamera('x', 'C'),
      nearHomes: true,
      facialRecognition: 'present-disabled' as const,
      authorisationExpiry: '2020-01-01',
    };
    expect(cameraWarnings(camera, '2026-01-01')).toEqual([
      'noPurpose',
      'homesWithoutMask',
      'facialRecognition',
      'authorisationExpired',
    ]);
  });

  it('proposes the next free code in the existing numbering', () => {
    expect(nextCameraCode([blankCamera('a', 'CAM-009'), blankCamera('b', 'CAM-010')])).toBe('CAM-011');
    expect(nextCameraCode([])).toBe('CAM-001');
  });
});
