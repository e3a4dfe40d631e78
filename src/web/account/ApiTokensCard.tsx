import { KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApiToken, ApiTokenCreateSchema } from '../../shared/users/users.schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatInstant, toLocale } from '../lib/dates';
import { applyServerFieldErrors } from '../lib/form-errors';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './tokens.api';

interface Values {
  name: string;
  expiresInDays?: number | null;
}

const toInput = (values: Values) => ({ name: values.name ?? '', ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}) });

/** The user's API tokens: issue one (its secret is shown once), see when each was used, revoke. */
export function ApiTokensCard() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(ApiTokenCreateSchema, toInput);
  const now = new Date().toISOString();

  const onFinish = (values: Values) =>
    create.mutate(
      toInput(values),
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ['name', 'expiresInDays'])) notifyError(error);
        },
      },
    );

  const status = (token: ApiToken) => {
    if (token.revokedAt) return <Tag>{t('account.tokenRevoked')}</Tag>;
    if (token.expiresAt && token.expiresAt < now) return <Tag color="orange">{t('account.tokenExpired')}</Tag>;
    return <Tag color="green">{t('account.tokenActive')}</Tag>;
  };

  return (
    <Card size="small" title={<span><KeyOutlined /> {t('account.tokens')}</span>} data-testid="api-tokens">
      <Typography.Paragraph type="secondary">{t('account.tokensHelp')}</Typography.Paragraph>
      {create.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          closable={{ onClose: () => create.reset() }}
          data-testid="api-token-secret"
          title={t('account.tokenCreatedTitle', { name: create.data.name })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{t('account.tokenOnce')}</Typography.Paragraph>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{create.data.token}</Typography.Text>
            </>
          }
        />
      )}
      <Form<Values> form={form} layout="inline" name="api-token" onFinish={onFinish} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="name" label={t('account.tokenName')} rules={schema.rules('name', t('account.tokenName'))}>
          <Input placeholder={t('account.tokenNamePlaceholder')} style={{ width: 260 }} maxLength={schema.maxLength('name')} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('account.expiresInDays')} rules={schema.rules('expiresInDays', t('account.expiresInDays'))}>
          <InputNumber {...schema.numberRange('expiresInDays')} precision={0} placeholder={t('account.expiresPlaceholder')} style={{ width: 130 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="api-token-create">
          {t('account.createToken')}
        </Button>
      </Form>
      {tokens.error && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      <Table<ApiToken>
        size="small"
        rowKey="id"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={false}
        locale={{ emptyText: t('account.noTokens') }}
        columns={[
          { title: t('account.tokenName'), dataIndex: 'name' },
          { title: t('account.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v, locale) },
          { title: t('account.expiresAt'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? formatInstant(v, locale) : t('account.noExpiry')) },
          { title: t('account.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatInstant(v, locale) : t('account.never')) },
          { title: t('account.status'), key: 'status', render: (_, token) => status(token) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_, token) =>
              !token.revokedAt && (
                <Popconfirm
                  title={t('account.revokeConfirm', { name: token.name })}
                  okText={t('account.revoke')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    revoke.mutateAsync(token.id).then(() => {
                      // The secret of a revoked token is worthless: take it off the screen.
                      if (create.data?.id === token.id) create.reset();
                      void message.success(t('account.revoked'));
                    }, notifyError)
                  }
                >
                  <Button size="small" danger>{t('account.revoke')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
