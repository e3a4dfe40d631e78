import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { useDocumentTitle } from '../lib/use-document-title';
import { useComputedDeadline, useRuleTable } from './deadlines.api';
import { readDeadlineQuery, toComputeRequest, writeDeadlineQuery } from './deadline-url';
import { DeadlineForm } from './DeadlineForm';
import { DeadlineResult } from './DeadlineResult';

/**
 * The deadline explainer: pick a rule and the date of the event that starts it, and see the due date the server
 * computes with the same explanation the API and the CLI give.
 */
export function DeadlinesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deadlines.pageTitle'));
  const [params, setParams] = useSearchParams();
  const query = readDeadlineQuery(params);
  const request = toComputeRequest(query);
  const rules = useRuleTable();
  const computed = useComputedDeadline(request);
  // After a submit, once the answer for it is in, the focus moves to the result (or the refusal), so keyboard and
  // screen-reader users land on what they asked for. Opening a shared link does not move the focus.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const answered = params.toString() === focusAfter && !computed.isFetching;
  useEffect(() => {
    if (!answered) return;
    (computed.error ? errorBox.current : resultHeading.current)?.focus();
    setFocusAfter(null);
  }, [answered, computed.error]);

  return (
    <>
      <div className="ovs-page-header">
        <div>
          <h1>{t('deadlines.pageTitle')}</h1>
          <Typography.Text type="secondary" className="ovs-no-print">{t('deadlines.intro')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={9} xxl={7} className="ovs-no-print">
          <Card size="small" title={t('deadlines.formTitle')}>
            {rules.error ? (
              <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
            ) : rules.data ? (
              <DeadlineForm
                // The form starts again from the address whenever it changes (submit, Back, a shared link).
                key={params.toString()}
                rules={rules.data.rules}
                initial={query}
                loading={computed.isFetching}
                onSubmit={(next) => {
                  const nextParams = writeDeadlineQuery(next);
                  setFocusAfter(nextParams.toString());
                  setParams(nextParams);
                }}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xxl={17} className="ovs-print-full">
          {!request ? (
            <Card size="small">
              <Empty description={t('deadlines.empty')} />
            </Card>
          ) : computed.error ? (
            <div data-testid="deadline-error" ref={errorBox} tabIndex={-1}>
              <ErrorAlert error={computed.error} />
            </div>
          ) : computed.data ? (
            <div data-testid="deadline-result" aria-busy={computed.isPlaceholderData} style={{ opacity: computed.isPlaceholderData ? 0.55 : 1 }}>
              <DeadlineResult result={computed.data} events={query.events} headingRef={resultHeading} />
            </div>
          ) : (
            <Card size="small">
              <Skeleton active />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
