import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/locale';
import type { OrgUnitTreeNode } from '../../shared/org-units/org-units.schemas';
import { foldForSearch } from '../../shared/text/fold';
import { toLocale, todayIso } from '../lib/dates';
import { useOrgUnitTree } from './org-units.api';
import { isValidOn, unitName } from './unit-name';

interface Option {
  value: string;
  title: string;
  search: string;
  children?: Option[];
}

function toOptions(nodes: OrgUnitTreeNode[], locale: Locale, today: string, expiredWord: string, excludeId?: string): Option[] {
  return nodes
    .filter((node) => node.id !== excludeId)
    .map((node) => {
      const name = unitName(node, locale);
      const title = isValidOn(node, today) ? name : `${name} (${expiredWord})`;
      return {
        value: node.id,
        title,
        search: foldForSearch(`${node.nameVi} ${node.nameEn ?? ''} ${node.code ?? ''} ${node.id}`),
        children: node.children.length ? toOptions(node.children, locale, today, expiredWord, excludeId) : undefined,
      };
    });
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Offer today's units only (default), or every unit of every date (for a historical unit's parent). */
  allDates?: boolean;
  /** A unit (and so its subtree) that may not be chosen, e.g. the unit being edited as its own parent. */
  excludeId?: string;
  placeholder?: string;
  allowClear?: boolean;
  /** The accessible name when no form label points at the field (e.g. in a filter bar). */
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Picks a unit from the tree of units in the user's scope; search ignores Vietnamese diacritics and đ. */
export function UnitTreeSelect({ id, value, onChange, allDates, excludeId, placeholder, allowClear, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const today = todayIso();
  const { data, isPending } = useOrgUnitTree(allDates ? null : today);
  const options = useMemo(
    () => toOptions(data ?? [], locale, today, t('orgUnits.expired'), excludeId),
    [data, locale, today, t, excludeId],
  );
  const topKeys = useMemo(() => options.map((o) => o.value), [options]);
  return (
    <TreeSelect
      id={id}
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={options}
      loading={isPending}
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as Option).search.includes(foldForSearch(input)),
      }}
      treeDefaultExpandedKeys={topKeys}
      placeholder={placeholder ?? t('unitSelect.placeholder')}
      allowClear={allowClear}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
