import { EditOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/locale';
import type { User } from '../../shared/users/users.schemas';
import { can, useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { useNotifyError } from '../lib/use-notify-error';
import { RoleTags } from './RoleTags';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { useUnlockUser, useUsers } from './users.api';

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
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const unlock = useUnlockUser();
  const onUnlock = (user: User) =>
    unlock.mutateAsync(user.id).then(() => void message.success(t('users.unlocked', { name: user.displayName })), notifyError);

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
              key: 'status',
              width: 170,
              render: (_: unknown, user: User) => (
                <Space size={4} wrap>
                  <Tag color={user.isActive ? 'green' : 'default'}>{user.isActive ? t('common.active') : t('common.inactive')}</Tag>
                  {user.lockedSources.length > 0 && (
                    <Tooltip title={t('users.lockedFrom', { sources: user.lockedSources.join(', ') })}>
                      <Tag color="orange" data-testid={`user-locked-${user.username}`}>{t('users.locked')}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            ...(canManage
              ? [{
                  title: t('common.actions'),
                  key: 'actions',
                  width: 200,
                  render: (_: unknown, user: User) => (
                    <Space size={4}>
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(user)} aria-label={`${t('common.edit')} ${user.username}`}>
                        {t('common.edit')}
                      </Button>
                      {user.lockedSources.length > 0 && (
                        <Popconfirm
                          title={t('users.unlockConfirm', { name: user.displayName, sources: user.lockedSources.join(', ') })}
                          okText={t('users.unlock')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => onUnlock(user)}
                        >
                          <Button size="small" icon={<UnlockOutlined />} aria-label={`${t('users.unlock')} ${user.username}`} data-testid={`user-unlock-${user.username}`}>
                            {t('users.unlock')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
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
