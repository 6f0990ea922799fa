// Reading one cell of a council's record of processing: what a hostile or careless spreadsheet may put there (control
// characters, formulas, a novel in one cell) never reaches an answer.
import { unguardCell } from '../csv/write.ts';
import { RECORD_LIMITS } from '../format/limits.ts';

/** Why a cell is not brought into the assessment; an i18n key under `record.problems`. */
export type CellProblem = 'formula' | 'too-long';

export type CleanCell = { ok: true; text: string } | { ok: false; problem: CellProblem; length: number };

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text of a cell, cleaned: our own export's formula guard undone, line ends made `\n`, control characters
 * dropped, spaces trimmed. A formula (`=…`) is refused: its text is not the value the spreadsheet shows.
 */
export function cleanCell(raw: string): CleanCell {
  if (raw.length > RECORD_LIMITS.maxCellChars * 2)
    return { ok: false, problem: 'too-long', length: raw.length };
  const text = unguardCell(raw.replace(/\r\n?/g, '\n')).replace(CONTROL, '').trim();
  if (text.startsWith('=')) return { ok: false, problem: 'formula', length: text.length };
  if (text.length > RECORD_LIMITS.maxCellChars)
    return { ok: false, problem: 'too-long', length: text.length };
  return { ok: true, text };
}

/** A header as remembered in the assessment: one line, bounded. */
export function cleanHeader(raw: string): string {
  return raw.replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, RECORD_LIMITS.maxHeaderChars);
}
