import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginSchema } from '../../shared/users/users.schemas';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { isApiError } from '../lib/api';
import { useDocumentTitle } from '../lib/use-document-title';
import { useZodRules } from '../lib/zod-rules';
import { useLogin, useMe } from './session';

interface LoginForm {
  username: string;
  password: string;
}

const toInput = (values: LoginForm) => values;

/** Only same-site paths may be the target after signing in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.pageTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  const schema = useZodRules(LoginSchema, toInput);

  if (me) return <Navigate to={next} replace />;

  const error = login.error;
  const onFinish = (values: LoginForm) =>
    login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) });

  return (
    <main className="ovs-login">
      {/* A plain box rather than antd's Card, which would pull tabs, dropdown and menu into the first load. */}
      <section className="ovs-login-card">
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Flex align="center" gap={10}>
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <div>
              <div className="ovs-login-app">Oversight</div>
              <div className="ovs-login-note">{t('app.tagline')}</div>
            </div>
          </Flex>
        </Flex>
        {/* Plain headings: antd's Typography would bring its tooltip machinery into the first load. */}
        <h1 className="ovs-login-heading" data-testid="login-heading">
          {t('auth.heading')}
        </h1>
        <p className="ovs-login-subtitle">{t('auth.subtitle')}</p>
        {error && (
          <Alert
            data-testid="login-error"
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={isApiError(error) ? error.title : t('errors.unexpected')}
            description={isApiError(error) ? error.detail : String(error)}
          />
        )}
        <Form<LoginForm> name="login" layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="login-form">
          <Form.Item label={t('auth.username')} name="username" rules={schema.rules('username', t('auth.username'))}>
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={schema.rules('password', t('auth.password'))}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
        <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
          <span className="ovs-login-note">{t('auth.footer')}</span>
          <LanguageSwitch size="small" />
        </Flex>
      </section>
    </main>
  );
}
