import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Avatar, Button, Dropdown, Flex, Layout, Menu, Spin, Typography } from 'antd';
import { createElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { Me } from '../../shared/users/users.schemas';
import { can, useLogout, useMe } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { navKeyOf, NAV_ITEMS } from './nav';

const { Sider, Header, Content } = Layout;

/** The signed-in frame: side menu, header with language, user and sign-out, and the current page. */
export function Shell() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  if (isPending) {
    return (
      <Flex align="center" justify="center" style={{ height: '100%' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (error) {
    return (
      <Flex align="center" justify="center" style={{ height: '100%', padding: 24 }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Flex>
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <AntApp>
      <Layout style={{ minHeight: '100%' }}>
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={224}>
          <div className="ovs-brand">
            <img src="/favicon.svg" alt="" />
            {!collapsed && <span>Oversight</span>}
          </div>
          <SideMenu me={me} selectedKey={navKeyOf(location.pathname)} />
        </Sider>
        <Layout>
          <Header className="ovs-header">
            <Typography.Text type="secondary" style={{ flex: 1 }} ellipsis>
              {/* The app name is in the sider; the header carries the tagline for context. */}
              <HeaderTagline />
            </Typography.Text>
            <LanguageSwitch size="small" />
            <UserMenu me={me} />
          </Header>
          <Content style={{ padding: 20 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}

function HeaderTagline() {
  const { t } = useTranslation();
  return (
    <>
      <strong style={{ color: '#0b2545' }}>{t('app.name')}</strong> · {t('app.tagline')}
    </>
  );
}

function SideMenu({ me, selectedKey }: { me: Me; selectedKey: string }) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.filter((item) => !item.action || can(me, item.action)).map((item) => ({
    key: item.key,
    icon: createElement(item.icon),
    label: (
      <Link to={item.path} data-testid={`nav-${item.key}`}>
        {t(item.labelKey)}
      </Link>
    ),
  }));
  return (
    <nav aria-label={t('nav.main')}>
      <Menu theme="dark" mode="inline" selectedKeys={[selectedKey]} items={items} />
    </nav>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const grants = me.user.grants;
  const first = grants[0];
  const roleSummary = first
    ? `${t(`roles.${first.role}`)} · ${first.unitName}${grants.length > 1 ? ` +${grants.length - 1}` : ''}`
    : '';
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            type: 'group',
            key: 'roles',
            label: t('home.myRoles'),
            children: grants.map((g) => ({
              key: `grant-${g.id}`,
              disabled: true,
              label: `${t(`roles.${g.role}`)} — ${g.unitName}`,
            })),
          },
          { type: 'divider' },
          { key: 'account', icon: <UserOutlined />, label: <span data-testid="menu-account">{t('nav.account')}</span> },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, danger: true, label: <span data-testid="sign-out">{t('auth.signOut')}</span> },
        ],
        onClick: ({ key }) => (key === 'sign-out' ? signOut() : void navigate('/account')),
      }}
    >
      <Button type="text" data-testid="user-menu" style={{ height: 48, padding: '0 8px' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ background: '#0f4c81' }} icon={<UserOutlined />} />
          <Flex vertical align="start" style={{ lineHeight: 1.2 }}>
            <span data-testid="current-user-name" style={{ fontWeight: 600 }}>{me.user.displayName}</span>
            <span style={{ fontSize: 12, color: '#595959' }} data-testid="current-user-roles">{roleSummary}</span>
          </Flex>
        </Flex>
      </Button>
    </Dropdown>
  );
}
