import { Card, Col, Descriptions, Flex, List, Row, Statistic, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleTags } from '../users/RoleTags';
import { Link } from 'react-router';
import { formatIsoDate, formatNumber } from '../../shared/i18n/locale';
import { NAV_ITEMS, PLANNED_FEATURES } from '../app/nav';
import { can, useSession } from '../auth/session';
import { toLocale, todayIso } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { useOrgUnitList } from '../org-units/org-units.api';
import { ScopeEndedNotice } from '../org-units/ScopeEndedNotice';
import { useScopeDate } from '../org-units/use-scope-date';
import { useUsers } from '../users/users.api';

/** The signed-in user's starting point: who they are, what they may do, and real counts from their scope. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('home.pageTitle'));
  const me = useSession();
  const today = todayIso();
  const canReadUnits = can(me, 'org-unit:read');
  const canReadUsers = can(me, 'user:read');
  // A user whose units were abolished sees their organisation as it last was, not an empty system.
  const scope = useScopeDate(me, { enabled: canReadUnits });
  const unitsToday = useOrgUnitList(scope.asOf, { enabled: canReadUnits && !scope.isPending });
  const unitsAll = useOrgUnitList(undefined, { enabled: canReadUnits });
  const users = useUsers('', { enabled: canReadUsers });
  const count = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n, locale));

  return (
    <>
      <div className="ovs-page-header">
        <div>
          <h1 data-testid="home-welcome">{t('home.welcome', { name: me.user.displayName })}</h1>
          <Typography.Text type="secondary">{t('home.intro')}</Typography.Text>
        </div>
        <Typography.Text type="secondary">
          {t('home.today')}: <strong>{formatIsoDate(today, locale)}</strong>
        </Typography.Text>
      </div>
      {scope.ended && <ScopeEndedNotice ended={scope.ended} />}
      <Row gutter={[12, 12]}>
        {canReadUnits && (
          <>
            <Col xs={24} sm={12} lg={8}>
              <Card size="small">
                <Statistic title={scope.ended ? t('home.unitsOnDate', { date: formatIsoDate(scope.asOf, locale) }) : t('home.unitsToday')} value={count(unitsToday.data?.length)} data-testid="stat-units-today" />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Card size="small">
                <Statistic title={t('home.unitsAllTime')} value={count(unitsAll.data?.length)} data-testid="stat-units-all" />
              </Card>
            </Col>
          </>
        )}
        {canReadUsers && (
          <Col xs={24} sm={12} lg={8}>
            <Card size="small">
              <Statistic title={t('home.usersInScope')} value={count(users.data?.length)} data-testid="stat-users" />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={14}>
          <Card size="small" title={t('home.myRoles')}>
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 160 } }}>
              <Descriptions.Item label={t('users.username')}>{me.user.username}</Descriptions.Item>
              <Descriptions.Item label={t('users.displayName')}>{me.user.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('users.roles')}>
                <div data-testid="home-roles">
                  <RoleTags grants={me.user.grants} />
                </div>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('home.modules')}>
            <List
              size="small"
              dataSource={[
                ...NAV_ITEMS.filter((i) => i.key !== 'home' && (!i.action || can(me, i.action))).map((i) => ({ ...i, ready: true })),
                ...PLANNED_FEATURES.map((i) => ({ ...i, path: '', ready: false })),
              ]}
              renderItem={(item) => (
                <List.Item extra={<Tag color={item.ready ? 'green' : 'default'}>{item.ready ? t('home.available') : t('home.inDevelopment')}</Tag>}>
                  <Flex gap={8} align="center">
                    {createElement(item.icon)}
                    {item.ready ? <Link to={item.path}>{t(item.labelKey)}</Link> : <Typography.Text type="secondary">{t(item.labelKey)}</Typography.Text>}
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
