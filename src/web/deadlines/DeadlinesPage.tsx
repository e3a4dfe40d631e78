import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
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

  return (
    <>
      <div className="ovs-page-header">
        <div>
          <h1>{t('deadlines.pageTitle')}</h1>
          <Typography.Text type="secondary">{t('deadlines.intro')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={9} xxl={7}>
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
                onSubmit={(next) => setParams(writeDeadlineQuery(next))}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xxl={17}>
          {!request ? (
            <Card size="small">
              <Empty description={t('deadlines.empty')} />
            </Card>
          ) : computed.error ? (
            <div data-testid="deadline-error">
              <ErrorAlert error={computed.error} />
            </div>
          ) : computed.data ? (
            <div data-testid="deadline-result" aria-busy={computed.isPlaceholderData} style={{ opacity: computed.isPlaceholderData ? 0.55 : 1 }}>
              <DeadlineResult result={computed.data} events={query.events} />
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
