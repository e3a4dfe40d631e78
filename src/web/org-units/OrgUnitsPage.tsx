import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Flex, Input, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isValidIsoDate } from '../../shared/calendar/iso-date';
import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import { formatIsoDate } from '../../shared/i18n/locale';
import { can, useMe } from '../auth/session';
import { datePickerFormat, toLocale, todayIso } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';
import { OrgUnitDetails } from './OrgUnitDetails';
import { OrgUnitFormModal, type OrgUnitFormTarget } from './OrgUnitFormModal';
import { OrgUnitHistoryPanel } from './OrgUnitHistoryPanel';
import { OrgUnitSearchResults } from './OrgUnitSearchResults';
import { OrgUnitTree } from './OrgUnitTree';
import { ScopeEndedNotice } from './ScopeEndedNotice';
import { useScopeDate } from './use-scope-date';

/** The last day of the district level in the demo province: units before the 1 July 2025 reorganisation. */
const BEFORE_REFORM = '2024-12-31';

/** The organisation as of a date: tree, search, a unit's details and its succession history. */
export function OrgUnitsPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  useDocumentTitle(t('orgUnits.pageTitle'));
  const { data: me } = useMe();
  const canWrite = can(me, 'org-unit:write');

  // The date, the selected unit and the search live in the address, so a view can be shared or bookmarked.
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  // Without a date in the address: today, or the last day of the user's units if they were all abolished.
  const scope = useScopeDate(me);
  const asOfParam = params.get('asOf');
  const hasAsOf = !!asOfParam && isValidIsoDate(asOfParam);
  const asOf = hasAsOf ? asOfParam : scope.asOf;
  const selectedId = params.get('unit');
  const q = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(q);
  const [form, setForm] = useState<OrgUnitFormTarget | null>(null);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // Typing a search replaces the history entry; picking a date or a unit adds one, so Back works.
    setParams(next, { replace: 'q' in changes });
  };
  const setAsOf = (date: string) => update({ asOf: date === scope.asOf ? null : date });
  const selectUnit = (id: string) => update({ unit: id });
  const search = (text: string) => {
    setSearchText(text);
    update({ q: text.trim() || null });
  };

  return (
    <>
      <div className="ovs-page-header">
        <h1>{t('orgUnits.pageTitle')}</h1>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create', parentId: null })} data-testid="org-unit-create">
            {t('orgUnits.create')}
          </Button>
        )}
      </div>
      {scope.ended && <ScopeEndedNotice ended={scope.ended} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex wrap gap={12} align="center" justify="space-between">
          <Space wrap>
            <label htmlFor="as-of-date">{t('orgUnits.asOf')}</label>
            <DatePicker
              id="as-of-date"
              data-testid="as-of-date"
              allowClear={false}
              value={dayjs(asOf)}
              format={datePickerFormat(locale)}
              onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))}
            />
            <Button onClick={() => setAsOf(BEFORE_REFORM)} type={asOf === BEFORE_REFORM ? 'primary' : 'default'} ghost={asOf === BEFORE_REFORM} data-testid="as-of-before-reform">
              {t('orgUnits.beforeReform')}
            </Button>
            <Button onClick={() => setAsOf(today)} type={asOf === today ? 'primary' : 'default'} ghost={asOf === today} data-testid="as-of-today">
              {t('orgUnits.today')}
            </Button>
          </Space>
          <Input.Search
            aria-label={t('common.search')}
            placeholder={t('orgUnits.searchPlaceholder')}
            allowClear
            value={searchText}
            onChange={(e) => (e.target.value ? setSearchText(e.target.value) : search(''))}
            onSearch={search}
            style={{ width: 380, maxWidth: '100%' }}
            data-testid="org-search"
          />
        </Flex>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10} xxl={9}>
          <Card
            size="small"
            title={q ? t('common.search') : t('orgUnits.treeTitle', { date: formatIsoDate(asOf, locale) })}
            styles={{ body: { maxHeight: 'calc(100vh - 250px)', minHeight: 320, overflow: 'auto' } }}
          >
            {q ? (
              <OrgUnitSearchResults q={q} asOf={asOf} onSelect={selectUnit} onClear={() => search('')} />
            ) : !hasAsOf && scope.isPending ? (
              <Skeleton active />
            ) : (
              <OrgUnitTree asOf={asOf} selectedId={selectedId} onSelect={selectUnit} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xxl={15}>
          {selectedId ? (
            <Flex vertical gap={12}>
              <OrgUnitDetails
                id={selectedId}
                asOf={asOf}
                canWrite={canWrite}
                onSelect={selectUnit}
                onShowAt={setAsOf}
                onEdit={(unit: OrgUnit) => setForm({ mode: 'edit', unit })}
                onCreateChild={(parentId: string) => setForm({ mode: 'create', parentId })}
              />
              <OrgUnitHistoryPanel id={selectedId} onSelect={selectUnit} />
            </Flex>
          ) : (
            <Card size="small">
              <Empty description={<Typography.Text type="secondary">{t('orgUnits.selectHint')}</Typography.Text>} />
            </Card>
          )}
        </Col>
      </Row>
      <OrgUnitFormModal target={form} onClose={() => setForm(null)} onSaved={(unit) => selectUnit(unit.id)} />
    </>
  );
}

