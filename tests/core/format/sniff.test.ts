// What a file is, from its bytes: the one test of the sniffing that table imports and assessment opening share.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../core/format/sniff.ts';

const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const ole = (stream: string) =>
  new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array<number>(500).fill(0),
    ...utf16(stream),
  ]);

describe('sniffFile', () => {
  it.each([
    [
      'an .xlsx',
      zipSync({ '[Content_Types].xml': strToU8('<T/>'), 'xl/workbook.xml': strToU8('<w/>') }),
      'xlsx',
    ],
    ['a .docx', zipSync({ 'word/document.xml': strToU8('<w/>') }), 'docx'],
    ['a .pptx', zipSync({ 'ppt/presentation.xml': strToU8('<p/>') }), 'pptx'],
    ['a .dpia', zipSync({ 'manifest.json': strToU8('{}'), 'assessment.json': strToU8('{}') }), 'dpia'],
    ['another ZIP', zipSync({ 'readme.txt': strToU8('hello') }), 'zip'],
    [
      'an .odt',
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }] }),
      'odt',
    ],
    ['an .xls', ole('Workbook'), 'xls'],
    ['a .doc', ole('WordDocument'), 'doc'],
    ['a PDF', strToU8('%PDF-1.4\n'), 'pdf'],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image'],
    ['a CSV in Windows-1252', Uint8Array.from([0x63, 0x3b, 0xe9, 0x0d, 0x0a]), 'text'],
    ['a CSV in UTF-16', new Uint8Array([0xff, 0xfe, ...utf16('a;b')]), 'text'],
    ['an empty file', new Uint8Array(0), 'text'],
    ['an executable', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'binary'],
  ])('recognises %s', (_, bytes, kind) => {
    expect(sniffFile(bytes)).toBe(kind);
  });
});
