// The rich-text toolbar's actions on Markdown source: each takes the text and the selection and returns both, changed.

export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

/** Bold (`**`) or italic (`*`) around the selection; again on a wrapped selection removes it. */
export function toggleWrap(sel: TextSelection, marker: '**' | '*', placeholder: string): TextSelection {
  const { text, start, end } = sel;
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  const m = marker.length;
  if (
    before.endsWith(marker) &&
    after.startsWith(marker) &&
    !(marker === '*' && before.endsWith('**') && !before.endsWith('***'))
  ) {
    return { text: before.slice(0, -m) + selected + after.slice(m), start: start - m, end: end - m };
  }
  if (selected.length > 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(m, -m);
    return { text: before + inner + after, start, end: start + inner.length };
  }
  const inner = selected === '' ? placeholder : selected;
  return {
    text: `${before}${marker}${inner}${marker}${after}`,
    start: start + m,
    end: start + m + inner.length,
  };
}

const BULLET = /^(\s*)[-*+] /;
const NUMBERED = /^(\s*)\d+[.)] /;

/** Makes the selected lines a bullet or numbered list, or plain lines when they already are. */
export function toggleList(sel: TextSelection, kind: 'bullet' | 'numbered'): TextSelection {
  const { text, start, end } = sel;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const pattern = kind === 'bullet' ? BULLET : NUMBERED;
  const all = lines.every((line) => line.trim() === '' || pattern.test(line));
  let n = 0;
  const changed = lines.map((line) => {
    if (all) return line.replace(pattern, '$1');
    if (line.trim() === '') return line;
    const bare = line.replace(BULLET, '$1').replace(NUMBERED, '$1');
    n++;
    return kind === 'bullet' ? `- ${bare}` : `${n}. ${bare}`;
  });
  const block = changed.join('\n');
  // A list must be its own block: a list glued under a paragraph line would still parse, but reads badly.
  const previousLine =
    lineStart > 0
      ? (text
          .slice(0, lineStart - 1)
          .split('\n')
          .pop() ?? '')
      : '';
  const needsBlankBefore =
    !all && previousLine.trim() !== '' && !BULLET.test(previousLine) && !NUMBERED.test(previousLine);
  const prefix = needsBlankBefore ? '\n' : '';
  const result = text.slice(0, lineStart) + prefix + block + text.slice(lineEnd);
  return { text: result, start: lineStart + prefix.length, end: lineStart + prefix.length + block.length };
}

/** `[selection](https://)` with the address selected, ready to be typed over. */
export function insertLink(sel: TextSelection, placeholder: string): TextSelection {
  const { text, start, end } = sel;
  const label = text.slice(start, end) || placeholder;
  const url = 'https://';
  const inserted = `[${label}](${url})`;
  const urlStart = start + label.length + 3;
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    start: urlStart,
    end: urlStart + url.length,
  };
}
