import { Button } from 'antd';
import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../lib/dates';
import { unitName } from './unit-name';

/** A unit's name that jumps to the unit when clicked. */
export function UnitLink({ unit, onSelect }: { unit: Pick<OrgUnit, 'id' | 'nameVi' | 'nameEn'>; onSelect: (id: string) => void }) {
  const { i18n } = useTranslation();
  return (
    <Button type="link" size="small" className="ovs-link-button" onClick={() => onSelect(unit.id)} data-testid="unit-link" data-unit-id={unit.id}>
      {unitName(unit, toLocale(i18n.language))}
    </Button>
  );
}
