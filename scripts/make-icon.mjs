// Draws the application and .dpia file icon (build/icon.png, 512×512) without any image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const put = (x, y, [r, g, b, a]) => {
  const i = (y * SIZE + x) * 4;
  pixels[i] = r;
  pixels[i + 1] = g;
  pixels[i + 2] = b;
  pixels[i + 3] = a;
};
const inRoundedRect = (x, y, x0, y0, x1, y1, radius) => {
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const navy = [31, 58, 104, 255];
const white = [255, 255, 255, 255];
const pale = [214, 226, 244, 255];
const accent = [232, 93, 74, 255];
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let colour = [0, 0, 0, 0];
    if (inRoundedRect(x, y, 16, 16, 495, 495, 96)) colour = navy;
    // The page, its folded corner cut off.
    const onPage = inRoundedRect(x, y, 136, 96, 376, 416, 18) && !(x > 316 && y < 156 && x - 316 > y - 96);
    if (onPage) colour = white;
    if (x > 316 && x < 376 && y > 96 && y < 156 && x - 316 <= y - 96) colour = pale;
    // Text lines.
    for (const [ly, width] of [
      [200, 180],
      [244, 180],
      [288, 130],
    ]) {
      if (onPage && y >= ly && y < ly + 16 && x >= 176 && x < 176 + width) colour = pale;
    }
    // A camera lens: the subject of the assessment.
    const dx = x - 300;
    const dy = y - 352;
    if (dx * dx + dy * dy <= 44 * 44) colour = navy;
    if (dx * dx + dy * dy <= 18 * 18) colour = accent;
    put(x, y, colour);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
