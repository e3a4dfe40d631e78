import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/locale';
import type { User } from '../../shared/users/users.schemas';
import { can, useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { RoleTags } from './RoleTags';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { useUsers } from './users.api';

/** The users who hold a role in the signed-in user's scope; managers create, edit and grant roles here. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('users.pageTitle'));
  const me = useSession();
  const canManage = can(me, 'user:manage');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const { data, error, isFetching, refetch } = useUsers(q);

  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('users.pageTitle')}</h1>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users.create')}
          </Button>
        )}
      </div>
      <Card size="small">
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
          <Input.Search
            allowClear
            aria-label={t('common.search')}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 360, maxWidth: '100%' }}
            data-testid="user-search"
          />
          {data && <Typography.Text type="secondary">{t('users.total', { total: formatNumber(data.length, locale) })}</Typography.Text>}
        </Flex>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        <Table<User>
          data-testid="users-table"
          size="small"
          rowKey="id"
          loading={isFetching}
          dataSource={data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: t('users.username'), dataIndex: 'username', width: 150, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('users.displayName'), dataIndex: 'displayName', width: 200 },
            { title: t('users.roles'), key: 'grants', render: (_, user) => <RoleTags grants={user.grants} /> },
            { title: t('users.language'), dataIndex: 'locale', width: 110, render: (v: 'vi' | 'en') => t(`language.${v}`) },
            {
              title: t('users.status'),
              dataIndex: 'isActive',
              width: 140,
              render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{active ? t('common.active') : t('common.inactive')}</Tag>,
            },
            ...(canManage
              ? [{
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, user: User) => (
                    <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(user)} aria-label={`${t('common.edit')} ${user.username}`}>
                      {t('common.edit')}
                    </Button>
                  ),
                }]
              : []),
          ]}
        />
      </Card>
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}
