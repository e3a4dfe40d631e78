import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

/** Shows a failed call to the user: the problem's title and detail, in the language of the request. */
export function useNotifyError(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        notification.error({ title: error.title, description: error.detail, placement: 'topRight' });
      } else {
        notification.error({ title: t('errors.unexpected'), description: String(error) });
      }
    },
    [notification, t],
  );
}
