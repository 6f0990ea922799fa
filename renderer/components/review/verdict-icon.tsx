// The reviewer's verdict as a small coloured symbol with a text alternative (colour is never the only cue).
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../core/model/assessment.ts';

const SYMBOL: Record<Verdict, string> = { acceptable: '✓', improvable: '!', 'to-correct': '✕' };

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const label = t(`verdict.${verdict}`);
  return (
    <span className={`verdict-icon verdict-${verdict}`} role="img" aria-label={label} title={label}>
      {SYMBOL[verdict]}
    </span>
  );
}
