import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../shared/auth/roles';
import { can, useMe } from '../auth/session';

/** Renders its page only for users allowed `action`; others see a polite refusal instead of a broken page. */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (can(me, action)) return children;
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenDetail')}
      extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>}
    />
  );
}
