import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/auth/roles';
import type { RoleGrant } from '../../shared/users/users.schemas';

/** Installation-wide roles stand out in red. */
const ROLE_COLOR: Record<Role, string> = {
  administrator: 'red',
  unit_administrator: 'blue',
  reception_officer: 'blue',
  case_officer: 'blue',
  supervisor: 'blue',
  leader: 'blue',
  data_clerk: 'blue',
};

/** "Role @ unit" for each grant of a user. */
export function RoleTags({ grants }: { grants: RoleGrant[] }) {
  const { t } = useTranslation();
  if (grants.length === 0) return <Typography.Text type="secondary">{t('users.noGrants')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {grants.map((g) => (
        <span key={g.id}>
          <Tag color={ROLE_COLOR[g.role]} style={{ marginInlineEnd: 6 }}>{t(`roles.${g.role}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{g.unitName}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
