import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/auth/roles';
import type { Locale } from '../../shared/i18n/locale';
import { MIN_PASSWORD_LENGTH, type UserCreate, UserCreateSchema } from '../../shared/users/users.schemas';
import { useSession } from '../auth/session';
import { focusFirstFieldOf, SubmitOnEnter } from '../components/FormDialog';
import { applyServerFieldErrors } from '../lib/form-errors';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { grantableRoles, useCreateUser } from './users.api';

interface Values {
  username: string;
  displayName: string;
  password: string;
  locale: Locale;
  grants: Array<{ role?: Role; unitId?: string | null }>;
}

const FIELDS = ['username', 'displayName', 'password', 'locale', 'grants'] as const;

/** The request body; a grant row is checked as typed, so that a half-filled row is pointed out rather than dropped. */
function toInput(values: Values) {
  return { ...values, grants: values.grants ?? [] } as unknown as UserCreate;
}

/** A new account with its roles; the rules are `UserCreateSchema`'s, and the password needs ≥ 10 characters. */
export function UserCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const me = useSession();
  const create = useCreateUser();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(UserCreateSchema, toInput);
  const roleOptions = grantableRoles(me).map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const onFinish = (values: Values) =>
    create.mutate(
      {
        username: values.username.trim().toLowerCase(),
        displayName: values.displayName.trim(),
        password: values.password,
        locale: values.locale,
        grants: values.grants
          .filter((g): g is { role: Role; unitId: string } => !!g.role && !!g.unitId)
          .map((g) => ({ role: g.role, unitId: g.unitId })),
      },
      {
        onSuccess: (user) => {
          void message.success(t('users.created', { name: user.displayName }));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, FIELDS)) notifyError(error);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={focusFirstFieldOf('user-create')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={680}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="user-create"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ locale: 'vi', grants: [{}] }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="username"
              label={t('users.username')}
              normalize={(v: string) => v.toLowerCase()}
              rules={schema.rules('username', t('users.username'), { pattern: t('users.usernamePattern') })}
            >
              <Input autoComplete="off" autoCapitalize="none" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="displayName"
              label={t('users.displayName')}
              rules={schema.rules('displayName', t('users.displayName'))}
            >
              <Input maxLength={schema.maxLength('displayName')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="password"
              label={t('users.password')}
              rules={[
                ...schema.rules('password', t('users.password'), { required: true }),
                { min: MIN_PASSWORD_LENGTH, message: t('users.passwordMin', { min: MIN_PASSWORD_LENGTH }) },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="locale" label={t('users.language')}>
              <Select options={[{ value: 'vi', label: t('language.vi') }, { value: 'en', label: t('language.en') }]} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('users.roles')} required={false} style={{ marginBottom: 0 }}>
          <Form.List name="grants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row gutter={8} key={field.key} align="top">
                    <Col span={9}>
                      <Form.Item name={[field.name, 'role']} rules={schema.rules(['grants', field.name, 'role'], t('users.role'), { choose: true })}>
                        <Select options={roleOptions} placeholder={t('users.role')} aria-label={t('users.role')} />
                      </Form.Item>
                    </Col>
                    <Col span={13}>
                      <Form.Item name={[field.name, 'unitId']} rules={schema.rules(['grants', field.name, 'unitId'], t('users.unit'), { choose: true })}>
                        <UnitTreeSelect placeholder={t('users.unit')} />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('users.revoke')} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} block>
                  {t('users.addGrant')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
