import { Button, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/locale';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatPeriod, toLocale } from '../lib/dates';
import { useOrgUnitSearch } from './org-units.api';
import { isValidOn, unitName } from './unit-name';

/** Units matching the search, across all dates; those not in force on the chosen date are marked. */
export function OrgUnitSearchResults({ q, asOf, onSelect, onClear }: { q: string; asOf: string; onSelect: (id: string) => void; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data, error, isPending, refetch } = useOrgUnitSearch(q);
  if (isPending) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const words = { since: t('common.since'), until: t('common.until'), always: t('common.always') };
  return (
    <div data-testid="org-search-results">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('orgUnits.searchResults', { n: formatNumber(data.length, locale), q })}{' '}
        <Button type="link" size="small" onClick={onClear}>{t('orgUnits.clearSearch')}</Button>
      </Typography.Paragraph>
      {data.length === 0 ? (
        <Empty description={t('orgUnits.noResults')} />
      ) : (
        <List
          size="small"
          dataSource={data}
          renderItem={(unit) => {
            const valid = isValidOn(unit, asOf);
            return (
              <List.Item
                style={{ cursor: 'pointer' }}
                onClick={() => onSelect(unit.id)}
                data-testid="org-search-result"
                extra={!valid && <Tag>{unit.validTo && unit.validTo < asOf ? t('orgUnits.expired') : t('orgUnits.notYet')}</Tag>}
              >
                <List.Item.Meta
                  title={<a onClick={(e) => e.preventDefault()} href={`?unit=${encodeURIComponent(unit.id)}`}>{unitName(unit, locale)}</a>}
                  description={
                    <span style={{ fontSize: 12 }}>
                      {t(`kinds.${unit.kind}`)} · {unit.code ?? unit.id} · {formatPeriod(unit.validFrom, unit.validTo, locale, words)}
                    </span>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </div>
  );
}
