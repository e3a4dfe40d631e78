import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/i18n/locale';
import { toLocale } from '../lib/dates';
import type { EndedScope } from './use-scope-date';
import { unitName } from './unit-name';

/** Why the organisation is shown at a past date: the user's units were abolished, and what carries them on. */
export function ScopeEndedNotice({ ended }: { ended: EndedScope }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const names = (units: EndedScope['units']) => units.map((u) => unitName(u, locale)).join(', ');
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="scope-ended"
      title={t(ended.units.length > 1 ? 'orgUnits.scopeEndedMany' : 'orgUnits.scopeEnded', { units: names(ended.units), date: formatIsoDate(ended.lastDay, locale) })}
      description={
        ended.successors.length > 0
          ? t('orgUnits.scopeSuccessors', { units: names(ended.successors) })
          : t('orgUnits.scopeNoSuccessors')
      }
    />
  );
}
