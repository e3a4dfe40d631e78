import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Flex, Form, Input, List, Modal, Popconfirm, Row, Select, Switch, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/auth/roles';
import type { Locale } from '../../shared/i18n/locale';
import { MIN_PASSWORD_LENGTH, type User, type UserUpdate, UserUpdateSchema } from '../../shared/users/users.schemas';
import { useSession } from '../auth/session';
import { focusFirstFieldOf, SubmitOnEnter } from '../components/FormDialog';
import { applyServerFieldErrors } from '../lib/form-errors';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { grantableRoles, useGrantRole, useRevokeRole, useUpdateUser } from './users.api';

interface Values {
  displayName: string;
  locale: Locale;
  isActive: boolean;
  password?: string;
}

const FIELDS = ['displayName', 'locale', 'isActive', 'password'] as const;

const toInput = (values: Values): UserUpdate => ({ ...values, password: values.password || undefined });

/** Changes a user's name, language, active state or password, and grants or revokes their roles. */
export function UserEditModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const update = useUpdateUser();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(UserUpdateSchema, toInput);
  // Grants change immediately (each is its own call), so the modal keeps the latest copy of the user.
  const [current, setCurrent] = useState<User | null>(user);
  useEffect(() => setCurrent(user), [user]);

  const onFinish = (values: Values) => {
    if (!current) return;
    const patch: UserUpdate = {};
    if (values.displayName.trim() !== current.displayName) patch.displayName = values.displayName.trim();
    if (values.locale !== current.locale) patch.locale = values.locale;
    if (values.isActive !== current.isActive) patch.isActive = values.isActive;
    if (values.password) patch.password = values.password;
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { id: current.id, patch },
      {
        onSuccess: (saved) => {
          void message.success(t('users.saved', { name: saved.displayName }));
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, FIELDS)) notifyError(error);
        },
      },
    );
  };

  return (
    <Modal
      open={!!user}
      title={current ? t('users.editTitle', { name: current.username }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={focusFirstFieldOf('user-edit')}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={720}
      destroyOnHidden
    >
      {current && (
        <>
          <Form<Values>
            form={form}
            name="user-edit"
            layout="vertical"
            onFinish={onFinish}
            initialValues={{ displayName: current.displayName, locale: current.locale, isActive: current.isActive }}
          >
            <Row gutter={12}>
              <Col span={11}>
                <Form.Item name="displayName" label={t('users.displayName')} rules={schema.rules('displayName', t('users.displayName'), { required: true })}>
                  <Input maxLength={schema.maxLength('displayName')} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="locale" label={t('users.language')}>
                  <Select options={[{ value: 'vi', label: t('language.vi') }, { value: 'en', label: t('language.en') }]} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name="isActive" label={t('users.status')} valuePropName="checked">
                  <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} aria-label={t('users.isActive')} />
                </Form.Item>
              </Col>
              {/* One's own password is changed on the account page, where the current one is asked for. */}
              {current?.id !== me.user.id && (
                <Col span={24}>
                  <Form.Item
                    name="password"
                    label={t('users.newPassword')}
                    extra={t('users.newPasswordHelp')}
                    rules={[...schema.rules('password', t('users.newPassword')), { min: MIN_PASSWORD_LENGTH, message: t('users.passwordMin', { min: MIN_PASSWORD_LENGTH }) }]}
                  >
                    <Input.Password autoComplete="new-password" />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <SubmitOnEnter />
          </Form>
          <Divider titlePlacement="start" style={{ marginTop: 0 }}>{t('users.roles')}</Divider>
          <GrantsEditor user={current} onChanged={setCurrent} />
        </>
      )}
    </Modal>
  );
}

function GrantsEditor({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const me = useSession();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const [role, setRole] = useState<Role | undefined>();
  const [unitId, setUnitId] = useState<string | null>(null);

  const add = () => {
    if (!role || !unitId) return;
    grant.mutate(
      { id: user.id, grant: { role, unitId } },
      {
        onSuccess: (saved) => {
          onChanged(saved);
          setRole(undefined);
          setUnitId(null);
          void message.success(t('users.granted'));
        },
        onError: notifyError,
      },
    );
  };

  return (
    <>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('users.noGrants') }}
        dataSource={user.grants}
        renderItem={(g) => (
          <List.Item
            actions={[
              <Popconfirm
                key="revoke"
                title={t('users.revokeConfirm', { role: t(`roles.${g.role}`), unit: g.unitName })}
                okText={t('users.revoke')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  revoke.mutateAsync({ id: user.id, grantId: g.id }).then(
                    (saved) => {
                      onChanged(saved);
                      void message.success(t('users.revoked'));
                    },
                    notifyError,
                  )
                }
              >
                <Button size="small" danger icon={<DeleteOutlined />}>{t('users.revoke')}</Button>
              </Popconfirm>,
            ]}
          >
            <span>
              <Tag color="blue">{t(`roles.${g.role}`)}</Tag>
              {g.unitName}
            </span>
          </List.Item>
        )}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Select<Role>
          style={{ width: 230 }}
          placeholder={t('users.role')}
          aria-label={t('users.role')}
          value={role}
          onChange={setRole}
          options={grantableRoles(me).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <div style={{ flex: 1 }}>
          <UnitTreeSelect value={unitId} onChange={setUnitId} placeholder={t('users.unit')} />
        </div>
        <Button icon={<PlusOutlined />} onClick={add} disabled={!role || !unitId} loading={grant.isPending}>
          {t('users.grant')}
        </Button>
      </Flex>
    </>
  );
}
