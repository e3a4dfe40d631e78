import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Divider, Form, Input, Modal, Row, Select, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CalendarYearInputSchema,
  DayOffKindSchema,
  type CalendarYear,
  type CalendarYearInput,
  type DayOffKind,
  type LocalizedText,
  type Occasion,
} from '../../shared/calendar/calendar.schemas';
import { focusFirstFieldOf, SubmitOnEnter } from '../components/FormDialog';
import { isApiError } from '../lib/api';
import { datePickerFormat, fromIso, toIso, toLocale } from '../lib/dates';
import { showFieldErrors } from '../lib/form-errors';
import { type ZodFormRules, useZodRules } from '../lib/zod-rules';
import { useSaveCalendarYear } from './calendar.api';
import { isWeekend } from './calendar-days';

interface Values {
  sourceNote: string;
  daysOff: Array<{ date: Dayjs | null; kind: DayOffKind; name: LocalizedText; occasion?: Occasion }>;
  workingSaturdays: Array<{ date: Dayjs | null; name: LocalizedText; replaces: Dayjs | null }>;
}

/** `body.daysOff.2.name.vi` → `['daysOff', 2, 'name', 'vi']`, the form's name path for the same field. */
function toNamePath(path: string): Array<string | number> {
  return path
    .split('.')
    .filter((p) => p !== 'body')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const trimmed = (name: Partial<LocalizedText> | undefined) => ({ vi: (name?.vi ?? '').trim(), en: (name?.en ?? '').trim() });

// Rows keep the form's order, so the server's `daysOff.3.date` points at the row the user sees (it sorts on reading).
function toInput(values: Values): CalendarYearInput {
  return {
    sourceNote: (values.sourceNote ?? '').trim(),
    daysOff: (values.daysOff ?? [])
      .map((d) => ({
        date: toIso(d.date) ?? '',
        kind: d.kind,
        name: trimmed(d.name),
        ...(d.occasion ? { occasion: d.occasion } : {}),
      })),
    workingSaturdays: (values.workingSaturdays ?? [])
      .map((s) => ({
        date: toIso(s.date) ?? '',
        name: trimmed(s.name),
        ...(s.replaces ? { replaces: toIso(s.replaces)! } : {}),
      })),
  };
}

/** An administrator replaces one year's days off and make-up Saturdays (e.g. after a Prime Minister's decision). */
export function CalendarEditModal({ calendar, open, onClose }: { calendar: CalendarYear; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const save = useSaveCalendarYear();
  const [form] = Form.useForm<Values>();
  const schema = useZodRules(CalendarYearInputSchema, toInput);
  const [failure, setFailure] = useState<{ title: string; detail: string; issues: string[] } | null>(null);
  const year = calendar.year;
  const inYear = { minDate: dayjs(`${year}-01-01`), maxDate: dayjs(`${year}-12-31`) };
  const format = datePickerFormat(locale);

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    form.resetFields();
    form.setFieldsValue({
      sourceNote: calendar.sourceNote,
      daysOff: calendar.daysOff.map((d) => ({ date: fromIso(d.date), kind: d.kind, name: d.name, occasion: d.occasion })),
      workingSaturdays: calendar.workingSaturdays.map((s) => ({ date: fromIso(s.date), name: s.name, replaces: fromIso(s.replaces) })),
    });
  }, [open, calendar, form]);

  const onFinish = (values: Values) => {
    setFailure(null);
    save.mutate(
      { year, input: toInput(values) },
      {
        onSuccess: () => {
          void message.success(t('calendar.saved', { year }));
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error)) {
            setFailure({ title: t('errors.unexpected'), detail: String(error), issues: [] });
            return;
          }
          // Server paths are free-form; the generic instance accepts any name path.
          showFieldErrors(form as FormInstance, error.errors.map((e) => ({ name: toNamePath(e.path), errors: [e.message] })));
          setFailure({ title: error.title, detail: error.detail, issues: error.errors.map((e) => `${e.path.replace(/^body\./, '')}: ${e.message}`) });
        },
      },
    );
  };

  const head = (text: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{text}</Typography.Text>;

  return (
    <Modal
      open={open}
      title={t('calendar.editTitle', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      afterOpenChange={focusFirstFieldOf('calendar-year')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={1040}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'calendar-edit-save' }}
    >
      <Typography.Paragraph type="secondary">{t('calendar.editHelp')}</Typography.Paragraph>
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={failure.title}
          description={failure.issues.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{failure.issues.map((i) => <li key={i}>{i}</li>)}</ul> : failure.detail}
          data-testid="calendar-edit-error"
        />
      )}
      <Form<Values> form={form} name="calendar-year" layout="vertical" onFinish={onFinish} data-testid="calendar-edit-form">
        <Form.Item name="sourceNote" label={t('calendar.field.sourceNote')} rules={schema.rules('sourceNote', t('calendar.field.sourceNote'))}>
          <Input.TextArea rows={2} maxLength={schema.maxLength('sourceNote')} />
        </Form.Item>
        <Divider titlePlacement="start" style={{ margin: '4px 0 8px' }}>{t('calendar.daysOff')}</Divider>
        <Form.List name="daysOff">
          {(fields, { add, remove }) => (
            <>
              <Row gutter={8}>
                <Col span={5}>{head(t('calendar.col.date'))}</Col>
                <Col span={5}>{head(t('calendar.col.kind'))}</Col>
                <Col span={6}>{head(t('calendar.field.nameVi'))}</Col>
                <Col span={7}>{head(t('calendar.field.nameEn'))}</Col>
              </Row>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} data-testid="day-off-row">
                  <Col span={5}>
                    <Form.Item name={[field.name, 'date']} rules={schema.rules(['daysOff', field.name, 'date'], t('calendar.col.date'), { choose: true })} style={{ marginBottom: 8 }}>
                      <DatePicker format={format} {...inYear} style={{ width: '100%' }} aria-label={t('calendar.col.date')} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'kind']} rules={schema.rules(['daysOff', field.name, 'kind'], t('calendar.col.kind'), { choose: true })} style={{ marginBottom: 8 }}>
                      <Select options={DayOffKindSchema.options.map((k) => ({ value: k, label: t(`calendar.legend.${k}`) }))} aria-label={t('calendar.col.kind')} />
                    </Form.Item>
                  </Col>
                  <NameCols list="daysOff" name={field.name} schema={schema} />
                  <Form.Item name={[field.name, 'occasion']} hidden>
                    <Input />
                  </Form.Item>
                  <Col span={1}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendar.removeRow')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'holiday', date: null, name: { vi: '', en: '' } })} data-testid="add-day-off">
                {t('calendar.addDayOff')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" style={{ margin: '16px 0 8px' }}>{t('calendar.workingSaturdays')}</Divider>
        <Form.List name="workingSaturdays">
          {(fields, { add, remove }) => (
            <>
              <Row gutter={8}>
                <Col span={5}>{head(t('calendar.col.date'))}</Col>
                <Col span={5}>{head(t('calendar.col.replaces'))}</Col>
                <Col span={6}>{head(t('calendar.field.nameVi'))}</Col>
                <Col span={7}>{head(t('calendar.field.nameEn'))}</Col>
              </Row>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} data-testid="working-saturday-row">
                  <Col span={5}>
                    <Form.Item name={[field.name, 'date']} rules={schema.rules(['workingSaturdays', field.name, 'date'], t('calendar.col.date'), { choose: true })} style={{ marginBottom: 8 }}>
                      <DatePicker format={format} {...inYear} disabledDate={(d) => !isWeekend(d.format('YYYY-MM-DD'))} style={{ width: '100%' }} aria-label={t('calendar.col.date')} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'replaces']} rules={schema.rules(['workingSaturdays', field.name, 'replaces'], t('calendar.col.replaces'), { choose: true })} style={{ marginBottom: 8 }}>
                      <DatePicker format={format} style={{ width: '100%' }} aria-label={t('calendar.col.replaces')} />
                    </Form.Item>
                  </Col>
                  <NameCols list="workingSaturdays" name={field.name} schema={schema} />
                  <Col span={1}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendar.removeRow')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: null, replaces: null, name: { vi: 'Làm bù', en: 'Make-up working day' } })} data-testid="add-working-saturday">
                {t('calendar.addWorkingSaturday')}
              </Button>
            </>
          )}
        </Form.List>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** The day's name in Vietnamese and English, two columns of one editable row. */
function NameCols({ list, name, schema }: { list: 'daysOff' | 'workingSaturdays'; name: number; schema: ZodFormRules }) {
  const { t } = useTranslation();
  const path = (lang: 'vi' | 'en') => [list, name, 'name', lang];
  return (
    <>
      <Col span={6}>
        <Form.Item name={[name, 'name', 'vi']} rules={schema.rules(path('vi'), t('calendar.field.nameVi'))} style={{ marginBottom: 8 }}>
          <Input lang="vi" maxLength={schema.maxLength(path('vi'))} aria-label={t('calendar.field.nameVi')} />
        </Form.Item>
      </Col>
      <Col span={7}>
        <Form.Item name={[name, 'name', 'en']} rules={schema.rules(path('en'), t('calendar.field.nameEn'))} style={{ marginBottom: 8 }}>
          <Input lang="en" maxLength={schema.maxLength(path('en'))} aria-label={t('calendar.field.nameEn')} />
        </Form.Item>
      </Col>
    </>
  );
}
