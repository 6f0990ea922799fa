// One forged file per class of bad input the DESIGN lists, built from a valid document.
import { strToU8, zipSync } from 'fflate';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { miniDocument } from '../fixtures/mini-document.ts';
import { overlappingRecordsZip, renameEntry, rewrite, setDeclaredSizes } from '../fixtures/zip-tools.ts';

const editJson = (bytes: Uint8Array, entry: string, change: (text: string) => string) =>
  rewrite(bytes, (entries) => {
    entries[entry] = strToU8(change(new TextDecoder().decode(entries[entry])));
  });

export async function hostileFiles(): Promise<Record<string, Uint8Array>> {
  const { bytes: valid } = await writeDpia(await miniDocument({ attachmentBytes: 4096 }), {
    createdWith: 'tests',
    file: 'x.dpia',
  });
  const invalidUtf8 = rewrite(valid, (entries) => {
    const original = entries['assessment.json']!;
    entries['assessment.json'] = new Uint8Array([
      ...original.subarray(0, 30),
      0xff,
      0xfe,
      ...original.subarray(30),
    ]);
  });
  return {
    'not a zip': strToU8('Ceci est un document Word, pas une AIPD.'),
    'empty file': new Uint8Array(0),
    truncated: valid.slice(0, Math.floor(valid.length / 2)),
    'wrong format': zipSync({ 'manifest.json': strToU8('{"format":"pia","formatVersion":1}') }),
    'future version': editJson(valid, 'manifest.json', (t) =>
      t.replace(/"formatVersion": \d+/, '"formatVersion": 99'),
    ),
    'zip bomb': setDeclaredSizes(valid, 0xfffffff0),
    'path traversal': zipSync({ 'manifest.json': strToU8('{}'), '../../etc/cron.d/x': strToU8('x') }),
    'absolute path': zipSync({ '/tmp/evil': strToU8('x') }),
    'prototype key': editJson(valid, 'assessment.json', (t) =>
      t.replace('"answers": {', '"answers": {"__proto__": {},'),
    ),
    'constructor key': editJson(valid, 'template.json', (t) => t.replace('{', '{"constructor": {},')),
    'invalid UTF-8': invalidUtf8,
    'missing entry': rewrite(valid, (entries) => delete entries['template.json']),
    'duplicate entry': renameEntry(valid, 'template.json', 'manifest.json'),
    'hash mismatch': editJson(valid, 'assessment.json', (t) => t.replace('caméras', 'drones')),
    'tampered attachment': rewrite(valid, (entries) => {
      const name = Object.keys(entries).find((n) => n.startsWith('attachments/'))!;
      const bytes = entries[name]!;
      bytes[100] = bytes[100]! ^ 1;
    }),
    'overlapping records': overlappingRecordsZip(),
    'bad schema': editJson(valid, 'assessment.json', (t) => t.replace('"status": "draft"', '"status": 42')),
  };
}
