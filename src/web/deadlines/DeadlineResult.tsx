import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayOf } from '../../shared/calendar/iso-date';
import type { DeadlineComputeResponse, DeadlineEvent } from '../../shared/deadlines/deadlines.schemas';
import { formatDerivedWarning, formatExplanation } from '../../shared/deadlines/explain';
import { formatIsoDate } from '../../shared/i18n/locale';
import { toLocale } from '../lib/dates';
import { PeriodCalendar } from './PeriodCalendar';
import { formatLimit, formatRuleSet } from './rule-labels';

/** A computed deadline: the due date first, then the rule, its source and the explanation in the CLI's words. */
export function DeadlineResult({ result, events, headingRef }: { result: DeadlineComputeResponse; events: DeadlineEvent[]; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const e = result.explanation;
  const weekdays = t('calendar.weekdays').split('|');
  const conditions = e.conditions.map((c) => t(`rules.condition.${c}`)).join(', ');
  const derived = formatDerivedWarning(e, locale);

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={24} align="start">
          <div style={{ minWidth: 220 }}>
            {/* The heading the focus moves to after computing: read out as "Due date 10/07/2026". */}
            <h2 className="ovs-due-heading" ref={headingRef} tabIndex={-1} data-testid="deadline-due-heading">
              <Typography.Text type="secondary">{t('deadlines.due')}</Typography.Text>
              <span className="ovs-due-date" data-testid="deadline-due" data-due={result.due}>
                {formatIsoDate(result.due, locale)}
              </span>
            </h2>
            <Typography.Text strong style={{ fontSize: 15 }} data-testid="deadline-due-weekday">
              {weekdays[weekdayOf(result.due)]}
            </Typography.Text>
          </div>
          <Descriptions
            size="small"
            column={1}
            style={{ flex: 1, minWidth: 320 }}
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'rule', label: t('deadlines.rule'), children: <span>{e.rule.title[locale]} <Typography.Text type="secondary" code>{result.rule}</Typography.Text></span> },
              {
                key: 'ruleSet',
                label: t('rules.col.ruleSet'),
                children: (
                  <Tag color={result.ruleSet === '2026' ? 'blue' : 'default'} data-testid="deadline-rule-set" data-rule-set={result.ruleSet}>
                    {formatRuleSet(t, result.ruleSet)}
                  </Tag>
                ),
              },
              {
                key: 'limit',
                label: t('rules.col.limit'),
                children: (
                  <span data-testid="deadline-limit">
                    <strong>{formatLimit(t, result.count, result.unit)}</strong>
                    {conditions && <Typography.Text type="secondary"> ({conditions})</Typography.Text>}
                  </span>
                ),
              },
              { key: 'start', label: t(`deadlines.startEvent.${e.startEvent}`), children: formatIsoDate(e.start, locale) },
              { key: 'source', label: t('rules.col.source'), children: <span data-testid="deadline-source">{result.source[locale]}</span> },
            ]}
          />
        </Flex>
      </Card>
      {derived && <Alert type="warning" showIcon title={derived} data-testid="deadline-derived-warning" />}
      <Card size="small" title={t('deadlines.explanation')}>
        <ol className="ovs-explanation" data-testid="deadline-explanation">
          {formatExplanation(e, locale).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </Card>
      <Card size="small" title={t('deadlines.period')}>
        <PeriodCalendar explanation={e} events={events} />
      </Card>
    </Flex>
  );
}
