// Page numbers of the contents: docx's own layout of the pages (docx/layout), measured with Calibri's widths, which
// Carlito shares, so the numbers written are those Word and LibreOffice print.
import { estimatePageNumbersWith } from 'docx/layout';
import type { PageNumberEstimator } from 'docx';

/** Guesses past what the layout cannot follow exactly rather than leave a number blank. */
export function pageNumberEstimator(): PageNumberEstimator {
  return estimatePageNumbersWith({ guess: true });
}
