// The rich-text toolbar's Markdown edits: bold and italic toggle, lists on the selected lines, links.
import { describe, expect, it } from 'vitest';
import { insertLink, toggleList, toggleWrap } from '../../renderer/app/markdown-edit.ts';
import { parseMarkdown } from '../../core/markdown/parse.ts';

describe('toggleWrap', () => {
  it('wraps the selection in bold and selects the same words', () => {
    const result = toggleWrap({ text: 'Des caméras filment', start: 4, end: 11 }, '**', 'texte');
    expect(result).toEqual({ text: 'Des **caméras** filment', start: 6, end: 13 });
  });

  it('removes bold when applied again', () => {
    const once = toggleWrap({ text: 'Des caméras', start: 4, end: 11 }, '**', 'texte');
    expect(toggleWrap(once, '**', 'texte').text).toBe('Des caméras');
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    expect(toggleWrap({ text: 'a ', start: 2, end: 2 }, '*', 'texte')).toEqual({
      text: 'a *texte*',
      start: 3,
      end: 8,
    });
  });

  it('does not take the inside of a bold pair for italic markers', () => {
    const bold = toggleWrap({ text: 'mot', start: 0, end: 3 }, '**', 'x');
    const italic = toggleWrap(bold, '*', 'x');
    expect(italic.text).toBe('***mot***');
  });
});

describe('toggleList', () => {
  it('turns the selected lines into a bullet list that parses as one', () => {
    const text = 'Intro\ncaméras\nenregistreurs';
    const result = toggleList({ text, start: 7, end: text.length }, 'bullet');
    expect(result.text).toBe('Intro\n\n- caméras\n- enregistreurs');
    const list = parseMarkdown(result.text).children[1];
    expect(list?.type).toBe('list');
  });

  it('numbers the lines, and removes the numbers when applied again', () => {
    const numbered = toggleList({ text: 'a\nb', start: 0, end: 3 }, 'numbered');
    expect(numbered.text).toBe('1. a\n2. b');
    expect(toggleList(numbered, 'numbered').text).toBe('a\nb');
  });

  it('switches a bullet list to a numbered one', () => {
    expect(toggleList({ text: '- a\n- b', start: 0, end: 7 }, 'numbered').text).toBe('1. a\n2. b');
  });
});

describe('insertLink', () => {
  it('makes the selection a link and selects the address to type', () => {
    const result = insertLink({ text: 'voir CNIL', start: 5, end: 9 }, 'lien');
    expect(result.text).toBe('voir [CNIL](https://)');
    expect(result.text.slice(result.start, result.end)).toBe('https://');
  });
});
