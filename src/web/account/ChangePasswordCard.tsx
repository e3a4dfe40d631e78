import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH, UserUpdateSchema } from '../../shared/users/users.schemas';
import { ME_KEY, useSession } from '../auth/session';
import { applyServerFieldErrors } from '../lib/form-errors';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { useUpdateUser } from '../users/users.api';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

const toInput = ({ currentPassword, password }: Values) => ({ currentPassword, password });

/** Changes one's own password; the server asks for the current one and then ends every session of the account. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { user } = useSession();
  const update = useUpdateUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(UserUpdateSchema, toInput);

  const onFinish = ({ currentPassword, password }: Values) =>
    update.mutate(
      { id: user.id, patch: { currentPassword, password } },
      {
        onSuccess: () => {
          void message.success(t('account.passwordChanged'));
          queryClient.setQueryData(ME_KEY, null);
          void navigate('/login', { replace: true });
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ['currentPassword', 'password'])) notifyError(error);
        },
      },
    );

  return (
    <Card size="small" title={t('account.changePassword')} style={{ marginTop: 12 }}>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="change-password-form" requiredMark={false}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={schema.rules('currentPassword', t('account.currentPassword'), { required: true })}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('account.newPassword')}
          rules={[
            ...schema.rules('password', t('account.newPassword'), { required: true }),
            { min: MIN_PASSWORD_LENGTH, message: t('users.passwordMin', { min: MIN_PASSWORD_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('account.confirmPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('account.changePassword')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>{t('account.changePasswordHelp')}</Typography.Paragraph>
      </Form>
    </Card>
  );
}
