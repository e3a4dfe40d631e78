import type { Role } from '../../shared/auth/roles';
import { SYSTEM_ACTOR } from '../auth/actor';
import type { AppDeps } from '../deps';
import { createOrgUnit } from '../org-units/org-units.service';
import { createSuccessionEvent } from '../org-units/succession.service';
import { createUser, hasUsers } from '../users/users.service';
import { newCommuneId, thanhHoaEvents, thanhHoaUnits } from './thanh-hoa.data';

export const DEMO_PASSWORD = 'oversight-demo';

/** Demo accounts in the story's roles. The names are fictional; the units are real. */
export const DEMO_USERS: Array<{ username: string; displayName: string; role: Role; unitId: string; title: string }> = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'administrator', unitId: 'VN-38', title: 'System administrator' },
  { username: 'gs.hanh', displayName: 'Nguyễn Thị Hạnh', role: 'supervisor', unitId: 'VN-38', title: 'Head of supervisory delegation 3135 (Provincial Mass Mobilization Commission)' },
  { username: 'gs.dung', displayName: 'Trần Trọng Dũng', role: 'supervisor', unitId: 'VN-38', title: 'Deputy head of the delegation' },
  { username: 'bt.thanh', displayName: 'Lê Văn Thành', role: 'leader', unitId: 'VN-38-390', title: 'Secretary of the Cẩm Thủy District Party Committee' },
  { username: 'pbt.vinh', displayName: 'Cao Văn Vinh', role: 'leader', unitId: 'VN-38-390', title: 'Standing Deputy Secretary of the District Party Committee' },
  { username: 'nl.hoa', displayName: 'Đỗ Thị Hoa', role: 'data_clerk', unitId: 'VN-38-390', title: 'Data clerk, Cẩm Thủy district' },
  { username: 'qt.mai', displayName: 'Hoàng Thị Mai', role: 'unit_administrator', unitId: newCommuneId('15127'), title: 'Unit administrator, Xã Cẩm Thủy' },
  { username: 'nv.lan', displayName: 'Bùi Thị Lan', role: 'reception_officer', unitId: newCommuneId('15127'), title: 'Citizen reception officer, Xã Cẩm Thủy' },
  { username: 'nv.nam', displayName: 'Phạm Văn Nam', role: 'case_officer', unitId: newCommuneId('15127'), title: 'Petition case officer, Xã Cẩm Thủy' },
];

export async function isDatabaseEmpty(deps: Pick<AppDeps, 'db'>): Promise<boolean> {
  return !(await hasUsers(deps));
}

/**
 * Loads the demo dataset through the services (so every row is validated and audit-logged like a user's write):
 * the real Thanh Hóa / Cẩm Thủy units and their 2019 and 2025 successions, and the demo users.
 */
export async function seedDemo(deps: AppDeps): Promise<{ users: typeof DEMO_USERS }> {
  for (const unit of thanhHoaUnits()) {
    await createOrgUnit(deps, SYSTEM_ACTOR, { ...unit, note: unit.note ?? null });
  }
  for (const event of thanhHoaEvents()) {
    await createSuccessionEvent(deps, SYSTEM_ACTOR, event);
  }
  for (const user of DEMO_USERS) {
    await createUser(deps, SYSTEM_ACTOR, {
      username: user.username,
      displayName: user.displayName,
      password: DEMO_PASSWORD,
      locale: 'vi',
      grants: [{ role: user.role, unitId: user.unitId }],
    });
  }
  return { users: DEMO_USERS };
}
