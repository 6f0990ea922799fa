// Makes any user text safe to put in a Word file: characters XML 1.0 forbids are dropped, so no answer can corrupt it.

/**
 * Removes what an XML 1.0 document cannot contain, even escaped: C0 control characters other than tab, line
 * feed and carriage return, lone surrogate halves, U+FFFE and U+FFFF. Line breaks are normalised to \n.
 */
export function safeXmlText(value: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let drop = false;
    if (code < 0x20) {
      drop = code !== 0x09 && code !== 0x0a;
      if (code === 0x0d) {
        // \r\n becomes \n, a lone \r becomes \n.
        out += value.slice(start, i) + (value.charCodeAt(i + 1) === 0x0a ? '' : '\n');
        start = i + 1;
        continue;
      }
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      drop = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      drop = true;
    } else if (code === 0xfffe || code === 0xffff) {
      drop = true;
    }
    if (drop) {
      out += value.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? value : out + value.slice(start);
}

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Letters of left-to-right scripts likely in our documents. */
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/** Whether a paragraph reads right to left: its first strong letter is Hebrew, Arabic... */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (LTR.test(ch)) return false;
  }
  return false;
}
