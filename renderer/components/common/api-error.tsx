// Shows an ApiError to the user, in the interface language, as an alert.
import type { ApiError } from '../../../core/api.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/i18n.ts';

export function ApiErrorMessage({ error, onDismiss }: { error: ApiError | null; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{loc(error.message)}</span>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('common.ok')}
        </button>
      )}
    </div>
  );
}
