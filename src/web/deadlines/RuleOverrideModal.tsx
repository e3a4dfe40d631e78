import { App, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type DayUnit, type Rule, type RuleOverride, RuleOverrideSchema, type RuleSet } from '../../shared/deadlines/deadlines.schemas';
import { focusFirstFieldOf, SubmitOnEnter } from '../components/FormDialog';
import { applyServerFieldErrors } from '../lib/form-errors';
import { toLocale } from '../lib/dates';
import { useNotifyError } from '../lib/use-notify-error';
import { useZodRules } from '../lib/zod-rules';
import { useRuleOverride } from './deadlines.api';
import { formatLimit, formatRuleSet } from './rule-labels';

interface Values {
  ruleSet: RuleSet | 'all';
  unit: DayUnit;
  count: number;
}

const toInput = (values: Values): RuleOverride => ({
  ...(values.ruleSet === 'all' ? {} : { ruleSet: values.ruleSet }),
  unit: values.unit,
  count: values.count,
});

/** An administrator changes how a rule counts where the sources leave it open (e.g. working vs calendar days). */
export function RuleOverrideModal({ rule, override, onClose }: { rule: Rule | null; override: RuleOverride | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = useRuleOverride();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(RuleOverrideSchema, toInput);

  useEffect(() => {
    if (!rule) return;
    form.resetFields();
    form.setFieldsValue({
      ruleSet: override?.ruleSet ?? 'all',
      unit: override?.unit ?? rule.unit,
      count: override?.count ?? rule.count,
    });
  }, [rule, override, form]);

  const onFinish = (values: Values) => {
    if (!rule) return;
    const next: RuleOverride = {
      ...toInput(values),
      ...(override?.pausable === undefined ? {} : { pausable: override.pausable }),
    };
    save.mutate(
      { id: rule.id, override: next },
      {
        onSuccess: () => {
          void message.success(t('rules.saved', { title: rule.title[locale] }));
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ['ruleSet', 'unit', 'count'])) notifyError(error);
        },
      },
    );
  };

  return (
    <Modal
      open={!!rule}
      title={rule ? t('rules.overrideTitle', { title: rule.title[locale] }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={focusFirstFieldOf('rule-override')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {rule && (
        <Typography.Paragraph type="secondary">
          {t('rules.overrideHelp', { limit: formatLimit(t, rule.count, rule.unit), source: rule.source[locale] })}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} name="rule-override" layout="vertical" onFinish={onFinish}>
        <Form.Item name="ruleSet" label={t('rules.scope')}>
          <Select
            options={[
              { value: 'all', label: t('rules.scopeAll') },
              { value: '2021', label: formatRuleSet(t, '2021') },
              { value: '2026', label: formatRuleSet(t, '2026') },
            ]}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('rules.unit')}>
          <Select options={(['calendar', 'working'] as const).map((u) => ({ value: u, label: t(`rules.unitName.${u}`) }))} />
        </Form.Item>
        <Form.Item name="count" label={t('rules.count')} rules={schema.rules('count', t('rules.count'), { required: true })}>
          <InputNumber {...schema.numberRange('count')} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
