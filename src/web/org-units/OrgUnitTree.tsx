import { Empty, Skeleton, Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/locale';
import { TERRITORIAL_KINDS, type OrgUnitTreeNode } from '../../shared/org-units/org-units.schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { toLocale } from '../lib/dates';
import { useOrgUnitTree } from './org-units.api';
import { unitName } from './unit-name';

/** Territorial units (communes, wards…) first, then the bodies, each group in the alphabetical order of the UI language. */
function sortForDisplay(nodes: OrgUnitTreeNode[], locale: Locale): OrgUnitTreeNode[] {
  const rank = (n: OrgUnitTreeNode) => (TERRITORIAL_KINDS.includes(n.kind) ? 0 : 1);
  return [...nodes].sort((a, b) => rank(a) - rank(b) || unitName(a, locale).localeCompare(unitName(b, locale), locale));
}

function toTreeData(nodes: OrgUnitTreeNode[], locale: Locale): TreeDataNode[] {
  return sortForDisplay(nodes, locale).map((node) => ({
    key: node.id,
    title: (
      <span data-unit-id={node.id}>
        <span>{unitName(node, locale)}</span>
        {node.code && <span className="ovs-tree-title-meta">{node.code}</span>}
      </span>
    ),
    children: node.children.length ? toTreeData(node.children, locale) : undefined,
  }));
}

/**
 * Keys to open at first: the roots, every unit with territorial units below it (province -> districts -> communes),
 * and the path down to the selected unit. The bodies inside each commune stay folded, so the tree stays readable.
 */
function initialExpanded(nodes: OrgUnitTreeNode[], selectedId: string | null): Key[] {
  const keys = new Set<Key>();
  const walk = (list: OrgUnitTreeNode[], depth: number, path: string[]): boolean => {
    let containsSelected = false;
    for (const node of list) {
      if (depth === 0 || node.children.some((c) => TERRITORIAL_KINDS.includes(c.kind))) keys.add(node.id);
      const below = walk(node.children, depth + 1, [...path, node.id]);
      if (node.id === selectedId || below) {
        path.forEach((id) => keys.add(id));
        containsSelected = true;
      }
    }
    return containsSelected;
  };
  walk(nodes, 0, []);
  return [...keys];
}

function ancestorsOf(nodes: OrgUnitTreeNode[], id: string, path: string[] = []): string[] {
  for (const node of nodes) {
    if (node.id === id) return path;
    const found = ancestorsOf(node.children, id, [...path, node.id]);
    if (found.length) return found;
  }
  return [];
}

export function OrgUnitTree({ asOf, selectedId, onSelect }: { asOf: string; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data, error, isPending, refetch } = useOrgUnitTree(asOf);
  const treeData = useMemo(() => toTreeData(data ?? [], locale), [data, locale]);
  const [expanded, setExpanded] = useState<Key[]>([]);

  // Re-open the default levels whenever another date's tree arrives (the selection is read, not tracked, here).
  useEffect(() => {
    if (data) setExpanded(initialExpanded(data, selectedId));
  }, [data]);
  // A unit chosen elsewhere (a history link, a search result) is unfolded into view.
  useEffect(() => {
    if (!data || !selectedId) return;
    const path = ancestorsOf(data, selectedId);
    if (path.length) setExpanded((keys) => [...new Set([...keys, ...path])]);
  }, [data, selectedId]);

  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (treeData.length === 0) return <Empty description={t('orgUnits.emptyTree')} />;
  return (
    <div data-testid="org-tree" data-as-of={asOf} aria-label={t('orgUnits.treeLabel')} role="region">
      <Tree
        showLine
        blockNode
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={setExpanded}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const id = keys[0];
          if (id !== undefined) onSelect(String(id));
        }}
      />
    </div>
  );
}
