import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  DeadlineComputeRequestSchema,
  RULE_IDS,
  type DeadlineEvent,
  type Rule,
  type RuleCondition,
  type RuleId,
} from '../../shared/deadlines/deadlines.schemas';
import { datePickerFormat, fromIso, toIso, toLocale } from '../lib/dates';
import { useZodRules } from '../lib/zod-rules';
import type { DeadlineQuery } from './deadline-url';

interface Values {
  rule?: RuleId;
  start: Dayjs | null;
  conditions: RuleCondition[];
  extensions: number | null;
  events: Array<{ type: DeadlineEvent['type']; date: Dayjs | null; days?: number | null }>;
}

const EVENT_TYPES: Array<DeadlineEvent['type']> = ['suspended', 'continued', 'extended'];

/** The request the form's values make, every event row included, for the schema's checks. */
function toInput(values: Values) {
  return {
    rule: values.rule,
    start: toIso(values.start) ?? undefined,
    events: (values.events ?? []).map((e) => ({ type: e.type, date: toIso(e.date) ?? '', ...(e.type === 'extended' && e.days != null ? { days: e.days } : {}) })),
    options: values.extensions != null ? { extensions: values.extensions } : {},
  };
}

/** The version of a rule in force on `start` (the latest when no date is chosen yet). */
export function ruleVersionOn(rules: Rule[], id: RuleId | undefined | null, start: string | null): Rule | undefined {
  const versions = rules.filter((r) => r.id === id);
  return (start && versions.find((v) => v.validFrom <= start && (v.validTo === null || start <= v.validTo))) || versions.at(-1);
}

/** Rule, start date, the options and events that apply to the chosen rule; submitting puts them in the address. */
export function DeadlineForm({ rules, initial, onSubmit, loading }: { rules: Rule[]; initial: DeadlineQuery; onSubmit: (query: DeadlineQuery) => void; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const format = datePickerFormat(locale);
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(DeadlineComputeRequestSchema, toInput);
  const ruleId = Form.useWatch('rule', form) ?? initial.rule ?? undefined;
  const start = toIso(Form.useWatch('start', form)) ?? initial.start;
  const version = ruleVersionOn(rules, ruleId, start);
  const conditions = [...new Set(version?.variants.flatMap((v) => v.when) ?? [])];
  const extension = version?.extension ?? null;

  const ruleOptions = RULE_IDS.filter((id) => rules.some((r) => r.id === id)).map((id) => {
    const title = ruleVersionOn(rules, id, start)?.title[locale] ?? id;
    return { value: id, label: title, id };
  });

  const onFinish = (values: Values) =>
    onSubmit({
      rule: values.rule ?? null,
      start: toIso(values.start),
      conditions: (values.conditions ?? []).filter((c) => conditions.includes(c)),
      extensions: extension ? (values.extensions ?? 0) : 0,
      events: (values.events ?? [])
        .filter((e) => e.date)
        .map((e) => ({ type: e.type, date: toIso(e.date)!, ...(e.type === 'extended' && e.days ? { days: e.days } : {}) })),
    });

  return (
    <Form<Values>
      form={form}
      name="deadline"
      layout="vertical"
      onFinish={onFinish}
      data-testid="deadline-form"
      initialValues={{
        rule: initial.rule ?? undefined,
        start: fromIso(initial.start),
        conditions: initial.conditions,
        extensions: initial.extensions || null,
        events: initial.events.map((e) => ({ type: e.type, date: fromIso(e.date), days: e.days ?? null })),
      }}
      onValuesChange={(changed: Partial<Values>) => {
        if ('rule' in changed) form.setFieldsValue({ conditions: [], extensions: null });
      }}
    >
      <Form.Item name="rule" label={t('deadlines.rule')} rules={schema.rules('rule', t('deadlines.rule'), { choose: true })}>
        <Select
          data-testid="deadline-rule"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('deadlines.rulePlaceholder')}
          options={ruleOptions}
          optionRender={(o) => (
            <div>
              <div style={{ whiteSpace: 'normal' }}>{o.data.label}</div>
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>{o.data.id}</Typography.Text>
            </div>
          )}
        />
      </Form.Item>
      <Form.Item
        name="start"
        label={version ? t(`deadlines.startEvent.${version.startEvent}`) : t('deadlines.start')}
        extra={t('deadlines.startHelp')}
        rules={schema.rules('start', version ? t(`deadlines.startEvent.${version.startEvent}`) : t('deadlines.start'), { choose: true })}
      >
        <DatePicker format={format} style={{ width: '100%' }} data-testid="deadline-start" />
      </Form.Item>
      {conditions.length > 0 && (
        <Form.Item name="conditions" label={t('deadlines.options')}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="deadline-options">
            {conditions.map((c) => (
              <Checkbox key={c} value={c}>{t(`rules.condition.${c}`)}</Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      )}
      {extension && (
        <Form.Item
          name="extensions"
          rules={schema.rules(['options', 'extensions'], t('deadlines.extensions'))}
          label={t('deadlines.extensions')}
          extra={t('rules.extension', { max: extension.maxExtensions, days: extension.daysPerExtension })}
        >
          <InputNumber min={0} max={extension.maxExtensions} precision={0} placeholder="0" style={{ width: 120 }} data-testid="deadline-extensions" />
        </Form.Item>
      )}
      <Form.List name="events">
        {(fields, { add, remove }) => (
          <Form.Item label={t('deadlines.events')} extra={fields.length ? undefined : t('deadlines.eventsHelp')}>
            {fields.map((field) => (
              <Row gutter={6} key={field.key} data-testid="deadline-event">
                <Col span={9}>
                  <Form.Item name={[field.name, 'type']} style={{ marginBottom: 6 }}>
                    <Select options={EVENT_TYPES.map((type) => ({ value: type, label: t(`deadlines.eventType.${type}`) }))} aria-label={t('deadlines.eventTypeLabel')} />
                  </Form.Item>
                </Col>
                <Col span={9}>
                  <Form.Item name={[field.name, 'date']} rules={schema.rules(['events', field.name, 'date'], t('deadlines.eventDate'), { choose: true })} style={{ marginBottom: 6 }}>
                    <DatePicker format={format} style={{ width: '100%' }} aria-label={t('deadlines.eventDate')} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item noStyle dependencies={[['events', field.name, 'type']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['events', field.name, 'type']) === 'extended' ? (
                        <Form.Item name={[field.name, 'days']} rules={schema.rules(['events', field.name, 'days'], t('deadlines.eventDays'))} style={{ marginBottom: 6 }}>
                          <InputNumber precision={0} placeholder={t('deadlines.eventDays')} aria-label={t('deadlines.eventDays')} style={{ width: '100%' }} />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendar.removeRow')} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ type: fields.length % 2 ? 'continued' : 'suspended', date: null })} data-testid="deadline-add-event">
              {t('deadlines.addEvent')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={loading} block data-testid="deadline-compute">
        {t('deadlines.compute')}
      </Button>
    </Form>
  );
}
