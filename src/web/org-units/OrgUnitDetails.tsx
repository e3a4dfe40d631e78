import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/i18n/locale';
import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { isApiError } from '../lib/api';
import { formatInstant, formatPeriod, toLocale } from '../lib/dates';
import { useOrgUnit } from './org-units.api';
import { UnitLink } from './UnitLink';
import { isValidOn, nearestValidDate, unitName } from './unit-name';

interface Props {
  id: string;
  asOf: string;
  canWrite: boolean;
  onSelect: (id: string) => void;
  onShowAt: (date: string) => void;
  onEdit: (unit: OrgUnit) => void;
  onCreateChild: (parentId: string) => void;
}

/** One unit's record: identifiers, names, kind, level, parent and period of validity. */
export function OrgUnitDetails({ id, asOf, canWrite, onSelect, onShowAt, onEdit, onCreateChild }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data: unit, error, isPending, refetch } = useOrgUnit(id);
  const { data: parent, error: parentError } = useOrgUnit(unit?.parentId);

  if (isPending) return <Card size="small"><Skeleton active /></Card>;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const words = { since: t('common.since'), until: t('common.until'), always: t('common.always') };
  const validNow = isValidOn(unit, asOf);
  const dash = t('common.none');
  return (
    <Card
      size="small"
      data-testid="unit-details"
      title={
        <Space wrap size={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-details-name">
            {unitName(unit, locale)}
          </Typography.Title>
          <Tag color="blue">{t(`kinds.${unit.kind}`)}</Tag>
          {!validNow && <Tag>{unit.validTo && unit.validTo < asOf ? t('orgUnits.expired') : t('orgUnits.notYet')}</Tag>}
        </Space>
      }
      extra={
        canWrite && (
          <Space>
            <Button size="small" icon={<PlusOutlined />} onClick={() => onCreateChild(unit.id)}>{t('orgUnits.createChild')}</Button>
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(unit)} data-testid="org-unit-edit">{t('orgUnits.edit')}</Button>
          </Space>
        )
      }
    >
      {!validNow && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('orgUnits.notValidOnDate', { date: formatIsoDate(asOf, locale) })}
          action={
            <Button size="small" onClick={() => onShowAt(nearestValidDate(unit, asOf))}>
              {t('orgUnits.showTreeAt', { date: formatIsoDate(nearestValidDate(unit, asOf), locale) })}
            </Button>
          }
        />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('orgUnits.field.nameVi')} span={2}>
          <span lang="vi">{unit.nameVi}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.nameEn')} span={2}>{unit.nameEn ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.code')}>{unit.code ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.kind')}>{t(`kinds.${unit.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.level')}>{t(`levels.${unit.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.parent')}>
          {parent ? (
            <UnitLink unit={parent} onSelect={onSelect} />
          ) : isApiError(parentError) && parentError.status === 404 ? (
            // The parent exists but lies outside the user's scope: neither its name nor its id is theirs to see.
            <Typography.Text type="secondary" data-testid="unit-parent-outside-scope">{t('orgUnits.parentOutsideScope')}</Typography.Text>
          ) : unit.parentId ? (
            parentError ? unit.parentId : '…'
          ) : (
            dash
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.id')} span={2}>
          <Typography.Text code copyable={{ text: unit.id }}>{unit.id}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('orgUnits.field.validity')} span={2}>
          <span data-testid="unit-validity">{formatPeriod(unit.validFrom, unit.validTo, locale, words)}</span>
        </Descriptions.Item>
        {unit.note && (
          <Descriptions.Item label={t('orgUnits.field.note')} span={2}>{unit.note}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('orgUnits.field.updatedAt')} span={2}>{formatInstant(unit.updatedAt, locale)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
