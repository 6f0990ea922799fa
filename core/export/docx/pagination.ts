// Page numbers of the contents: docx's own layout of the pages (docx/layout), measured with Calibri's widths, which
// Carlito shares, so the numbers written are those Word and LibreOffice print.
import type { PageNumberEstimator } from 'docx';

/**
 * Guesses past what the layout cannot follow exactly rather than leave a number blank. The layout module is the
 * size of docx itself: it is loaded only for an export that asks for page numbers.
 */
export async function pageNumberEstimator(): Promise<PageNumberEstimator> {
  const { estimatePageNumbersWith } = await import('docx/layout');
  return estimatePageNumbersWith({ guess: true });
}
