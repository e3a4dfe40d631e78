import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORG_LEVELS,
  ORG_UNIT_KINDS,
  type OrgLevel,
  type OrgUnit,
  type OrgUnitKind,
  OrgUnitCreateSchema,
  OrgUnitUpdateSchema,
} from '../../shared/org-units/org-units.schemas';
import { focusFirstFieldOf, SubmitOnEnter } from '../components/FormDialog';
import { datePickerFormat, fromIso, toIso, toLocale } from '../lib/dates';
import { applyServerFieldErrors } from '../lib/form-errors';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { useSaveOrgUnit } from './org-units.api';
import { UnitTreeSelect } from './UnitTreeSelect';
import { unitName } from './unit-name';

export type OrgUnitFormTarget = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: OrgUnit };

interface Values {
  id?: string;
  code?: string;
  nameVi: string;
  nameEn?: string;
  kind: OrgUnitKind;
  level: OrgLevel;
  parentId: string | null;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  note?: string;
}

const FIELDS = ['id', 'code', 'nameVi', 'nameEn', 'kind', 'level', 'parentId', 'validFrom', 'validTo', 'note'] as const;

/** The request body the form's values make (blank texts are left out). */
function toInput(values: Values) {
  return {
    code: values.code?.trim() || null,
    nameVi: values.nameVi,
    nameEn: values.nameEn?.trim() || null,
    kind: values.kind,
    level: values.level,
    parentId: values.parentId ?? null,
    validFrom: toIso(values.validFrom),
    validTo: toIso(values.validTo),
    note: values.note?.trim() || null,
  };
}

const toCreateInput = (values: Values) => ({ ...toInput(values), ...(values.id?.trim() ? { id: values.id.trim() } : {}) });

/** Adds a unit or edits one; the rules are the server's (`OrgUnitCreateSchema`, `OrgUnitUpdateSchema`). */
export function OrgUnitFormModal({ target, onClose, onSaved }: { target: OrgUnitFormTarget | null; onClose: () => void; onSaved: (unit: OrgUnit) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = useSaveOrgUnit();
  const [form] = Form.useForm<Values>();
  const editing = target?.mode === 'edit' ? target.unit : null;
  const createRules = useZodRules(OrgUnitCreateSchema, toCreateInput);
  const updateRules = useZodRules(OrgUnitUpdateSchema, toInput);
  const schema = editing ? updateRules : createRules;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const u = target.unit;
      form.setFieldsValue({
        code: u.code ?? undefined,
        nameVi: u.nameVi,
        nameEn: u.nameEn ?? undefined,
        kind: u.kind,
        level: u.level,
        parentId: u.parentId,
        validFrom: fromIso(u.validFrom),
        validTo: fromIso(u.validTo),
        note: u.note ?? undefined,
      });
    } else {
      form.setFieldsValue({ parentId: target.parentId, validFrom: null, validTo: null });
    }
  }, [target, form]);

  const onFinish = (values: Values) => {
    save.mutate(
      editing ? { id: editing.id, input: toInput(values) } : { input: toCreateInput(values) },
      {
        onSuccess: (unit) => {
          void message.success(t(editing ? 'unitForm.saved' : 'unitForm.created', { name: unitName(unit, locale) }));
          onSaved(unit);
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, FIELDS)) notifyError(error);
        },
      },
    );
  };

  const f = (key: string) => t(`orgUnits.field.${key}`);

  return (
    <Modal
      open={!!target}
      title={editing ? t('unitForm.editTitle', { name: unitName(editing, locale) }) : t('unitForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={focusFirstFieldOf('org-unit')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <Form<Values> form={form} name="org-unit" layout="vertical" onFinish={onFinish} requiredMark>
        <Row gutter={12}>
          <Col span={12}>
            {editing ? (
              <Form.Item label={f('id')}>
                <Input value={editing.id} disabled />
              </Form.Item>
            ) : (
              <Form.Item name="id" label={f('id')} extra={t('unitForm.idHelp')} rules={createRules.rules('id', f('id'), { pattern: t('unitForm.idPattern') })}>
                <Input />
              </Form.Item>
            )}
          </Col>
          <Col span={12}>
            <Form.Item name="code" label={f('code')} rules={schema.rules('code', f('code'))}>
              <Input maxLength={schema.maxLength('code')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameVi" label={f('nameVi')} rules={schema.rules('nameVi', f('nameVi'))}>
              <Input maxLength={schema.maxLength('nameVi')} lang="vi" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={f('nameEn')} rules={schema.rules('nameEn', f('nameEn'))}>
              <Input maxLength={schema.maxLength('nameEn')} lang="en" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={f('kind')} rules={schema.rules('kind', f('kind'), { choose: true })}>
              <Select options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label={f('level')} rules={schema.rules('level', f('level'), { choose: true })}>
              <Select options={ORG_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="parentId" label={f('parent')} rules={schema.rules('parentId', f('parent'), { choose: true })}>
              <UnitTreeSelect allDates allowClear excludeId={editing?.id} placeholder={t('orgUnits.topLevel')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validFrom" label={f('validFrom')} rules={schema.rules('validFrom', f('validFrom'), { choose: true })}>
              <DatePicker format={datePickerFormat(locale)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="validTo"
              label={f('validTo')}
              dependencies={['validFrom']}
              rules={schema.rules('validTo', f('validTo'), { choose: true, custom: t('unitForm.periodInvalid') })}
            >
              <DatePicker format={datePickerFormat(locale)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={f('note')} rules={schema.rules('note', f('note'))}>
              <Input.TextArea rows={2} maxLength={schema.maxLength('note')} />
            </Form.Item>
          </Col>
        </Row>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
