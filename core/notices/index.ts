// The public notices of a CSU (information sign and web notice), from an assessment: the API the CLI and the app call.
//
// Everything comes from the answers and the camera inventory. A fact the assessment lacks is printed as a
// visible placeholder (« [À compléter : …] », highlighted in Word, <mark> in HTML) and listed in `missing`.
import type { Assessment } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import type { Template } from '../template/schema.ts';
import { signContent, webNoticeContent } from './content.ts';
import { noticeFacts } from './facts.ts';
import { renderHtmlPage } from './html.ts';
import { signDocx } from './sign-docx.ts';
import type { SignSize } from './kinds.ts';
import { NOTICE_TEXTS } from './texts.ts';
import { webNoticeDocx } from './web-docx.ts';

export { noticeFacts } from './facts.ts';
export type { FactKey, FilmedPlace, MissingFact, NoticeFacts, NoticePurpose } from './facts.ts';
export { escapeHtml } from './html.ts';
export { NOTICE_KINDS, SIGN_SIZES, missingFor } from './kinds.ts';
export type { NoticeKind, SignSize } from './kinds.ts';

export interface NoticeOptions {
  language: Language;
}

export interface SignOptions extends NoticeOptions {
  size: SignSize;
}

/**
 * The information sign (first layer: controller, purposes, retention, rights and DPO contact, CNIL complaint,
 * the web notice's address) as a one-page .docx, A4 or A3 portrait, ready to print.
 */
export async function buildSignDocx(
  assessment: Assessment,
  template: Template,
  options: SignOptions,
): Promise<Uint8Array> {
  const facts = noticeFacts(assessment, template, options.language);
  const organisation = facts.organisation || (facts.controller ?? '');
  return signDocx(signContent(facts), {
    language: options.language,
    size: options.size,
    organisation,
    title: NOTICE_TEXTS[options.language].sign.documentTitle(organisation),
  });
}

/** The information notice for the town's website (GDPR art. 13, LIL art. 104), as an A4 .docx. */
export async function buildWebNoticeDocx(
  assessment: Assessment,
  template: Template,
  options: NoticeOptions,
): Promise<Uint8Array> {
  const facts = noticeFacts(assessment, template, options.language);
  const { title, blocks } = webNoticeContent(facts);
  return webNoticeDocx({ title, language: options.language, organisation: facts.organisation, blocks });
}

/** The same notice as one standalone, accessible HTML page: no script, no external resource. */
export function buildWebNoticeHtml(
  assessment: Assessment,
  template: Template,
  options: NoticeOptions,
): string {
  const facts = noticeFacts(assessment, template, options.language);
  const { title, blocks } = webNoticeContent(facts);
  return renderHtmlPage({ title, language: options.language, blocks });
}
