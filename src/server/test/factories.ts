import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/auth/roles';
import type { OrgUnitCreate } from '../../shared/org-units/org-units.schemas';
import { type Actor, SYSTEM_ACTOR } from '../auth/actor';
import type { AppDeps } from '../deps';
import { createOrgUnit } from '../org-units/org-units.service';
import { createUser } from '../users/users.service';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * Test data made through the real services (validated and audit-logged like a user's write), with defaults for
 * everything a test does not care about. Later features add theirs here (a petition factory drives a petition through
 * the real actions), so a test never writes rows by hand and never depends on another test's rows.
 */
export interface Factories {
  /** A unit (defaults filled in), created as `actor` (the system by default); returns its id. */
  unit(input?: Partial<OrgUnitCreate> & { nameVi?: string }, actor?: Actor): Promise<string>;
  /** A user with the given grants and the test password; returns its id and username. */
  user(grants: Array<[Role, string]>, username?: string, actor?: Actor): Promise<{ id: string; username: string }>;
}

export function createFactories(deps: AppDeps): Factories {
  let n = 0;
  const next = () => `${(n += 1)}-${randomUUID().slice(0, 8)}`;
  return {
    async unit(input = {}, actor = SYSTEM_ACTOR) {
      const key = next();
      const created = await createOrgUnit(deps, actor, {
        id: input.id ?? `U-${key}`,
        code: input.code ?? null,
        nameVi: input.nameVi ?? `Đơn vị ${key}`,
        nameEn: input.nameEn ?? null,
        kind: input.kind ?? 'commune',
        level: input.level ?? 'commune',
        parentId: input.parentId ?? null,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        note: input.note ?? null,
      });
      return created.id;
    },
    async user(grants, username, actor = SYSTEM_ACTOR) {
      const key = next();
      const u = await createUser(deps, actor, {
        username: username ?? `user-${key}`,
        displayName: `Người dùng ${key}`,
        password: TEST_PASSWORD,
        locale: 'vi',
        grants: grants.map(([role, unitId]) => ({ role, unitId })),
      });
      return { id: u.id, username: u.username };
    },
  };
}
