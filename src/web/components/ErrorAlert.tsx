import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api';

/** A failed query shown in place: the problem's title and detail, and a retry button. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const title = isApiError(error) ? error.title : t('errors.unexpected');
  const detail = isApiError(error) ? error.detail : String(error);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={detail}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.refresh')}</Button> : undefined}
    />
  );
}
