// The verdict on a document's signature, in words and colour (never colour alone): trusted, not recognised, broken.
import { useTranslation } from 'react-i18next';
import { VERDICT_KEY } from '../../i18n/vocabulary.ts';
import type { SignatureVerdict, TrustVerdict } from '../../../core/signature/trust.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../app/format.ts';

/** i18n keys of the verdicts (checked against core's labels in tests/renderer/i18n.test.ts). */
/** A symbol as well as a colour, so the verdict reads without colour. */
const SYMBOL: Record<TrustVerdict, string> = {
  trusted: '✓',
  'not-recognised': '?',
  broken: '✗',
  unsigned: '–',
};

export function VerdictBadge(props: { verdict: TrustVerdict }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict-badge verdict-${props.verdict}`}>
      <span aria-hidden="true">{SYMBOL[props.verdict]}</span>{' '}
      {t(`signature.verdict.${VERDICT_KEY[props.verdict]}`)}
    </span>
  );
}

/** Who signed, when, with which key, and what the reader can make of it. */
export function SignatureDetails(props: { signature: SignatureVerdict }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const s = props.signature;
  if (s.verdict === 'unsigned') return null;
  return (
    <div className={`signature-verdict verdict-${s.verdict}`} data-testid="signature-verdict">
      <p className="verdict-line">
        <VerdictBadge verdict={s.verdict} />{' '}
        <span>{s.reason?.[language] ?? t(`signature.meaning.${VERDICT_KEY[s.verdict]}`)}</span>
      </p>
      {s.verdict !== 'broken' && (
        <dl className="signature-info">
          <dt>{t('signature.signer')}</dt>
          <dd>{s.signer}</dd>
          <dt>{t('signature.role')}</dt>
          <dd>{s.role}</dd>
          <dt>{t('signature.signedAt')}</dt>
          <dd>{s.signedAt ? formatDate(s.signedAt.slice(0, 10), language) : '—'}</dd>
          <dt>{t('signature.fingerprint')}</dt>
          <dd>
            <code>{s.keyFingerprint}</code>
          </dd>
          {s.trustedAs && (
            <>
              <dt>{t('signature.trustedAs')}</dt>
              <dd>{s.trustedAs}</dd>
            </>
          )}
          <dt>{t('signature.hash')}</dt>
          <dd>
            <code>{s.contentSha256}</code>
          </dd>
        </dl>
      )}
    </div>
  );
}

/** The line at the top of the editor: on every signed document, and as an alert when the signature is broken. */
export function SignatureBanner(props: { signature: SignatureVerdict }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const s = props.signature;
  if (s.verdict === 'unsigned') return null;
  if (s.verdict === 'broken') {
    return (
      <div className="banner signature-banner verdict-broken" role="alert">
        <VerdictBadge verdict="broken" /> {s.reason?.[language]} {t('signature.brokenBanner')}
      </div>
    );
  }
  return (
    <div className={`banner signature-banner verdict-${s.verdict}`} role="status">
      <VerdictBadge verdict={s.verdict} />{' '}
      {t('signature.bannerSigned', {
        signer: s.signer ?? '',
        role: s.role ?? '',
        date: s.signedAt ? formatDate(s.signedAt.slice(0, 10), language) : '',
      })}{' '}
      <code>{s.keyFingerprint}</code>
      {s.verdict === 'not-recognised' && <> {t('signature.notRecognisedHint')}</>}{' '}
      {t('editor.signedReadOnly')}
    </div>
  );
}
