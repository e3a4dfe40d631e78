import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { formatInstant, toLocale } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { RoleTags } from '../users/RoleTags';
import { ApiTokensCard } from './ApiTokensCard';
import { ChangePasswordCard } from './ChangePasswordCard';

/** The signed-in user's own account and API tokens. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('account.pageTitle'));
  const { user } = useSession();
  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('account.pageTitle')}</h1>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('account.profile')}>
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 150 } }}>
              <Descriptions.Item label={t('users.username')}>{user.username}</Descriptions.Item>
              <Descriptions.Item label={t('users.displayName')}>{user.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('users.language')}>{t(`language.${user.locale}`)}</Descriptions.Item>
              <Descriptions.Item label={t('users.roles')}><RoleTags grants={user.grants} /></Descriptions.Item>
              <Descriptions.Item label={t('account.createdAt')}>{formatInstant(user.createdAt, locale)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <ChangePasswordCard />
        </Col>
        <Col xs={24} xl={15}>
          <ApiTokensCard />
        </Col>
      </Row>
    </>
  );
}
