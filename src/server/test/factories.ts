import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/auth/roles';
import { PetitionCreateSchema } from '../../shared/petitions/petitions.schemas';
import type { PetitionView } from '../../shared/petitions/petition-views.schemas';
import type { OrgUnitCreate } from '../../shared/org-units/org-units.schemas';
import { type Actor, SYSTEM_ACTOR } from '../auth/actor';
import type { AppDeps } from '../deps';
import { createOrgUnit } from '../org-units/org-units.service';
import { registerPetition } from '../petitions/petition-intake.service';
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
  /**
   * A petition registered through the real intake service (validated by the shared schema first): by default one
   * eligible complaint within competence of one signer, received on `receivedOn` (default 2026-11-20).
   */
  petition(unitId: string, input?: Record<string, unknown>, actor?: Actor): Promise<PetitionView>;
}

/** The parts of a petition a test usually varies. */
export const petitionInput = (unitId: string, input: Record<string, unknown> = {}) => ({
  receivingUnitId: unitId,
  channel: 'post',
  receivedOn: '2026-11-20',
  filerKind: 'individual',
  signers: [{ citizen: { fullName: 'Nguyễn Văn Bình', address: 'thôn Đồng Tâm, xã Cẩm Tú' } }],
  eligibility: {
    inVietnameseOrTranslated: true, dated: true, hasNameAndAddress: true, signedOrFingerprinted: true,
    hasContentElements: true, legible: true, sentToSeveralBodies: false, improperContent: false,
  },
  contents: [{ contentClass: 'complaint', field: 'land-housing', summary: 'Khiếu nại quyết định thu hồi đất ở thôn Đồng Tâm', withinCompetence: true, competence: 'administrative' }],
  ...input,
});

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
    async petition(unitId, input = {}, actor = SYSTEM_ACTOR) {
      return registerPetition(deps, actor, PetitionCreateSchema.parse(petitionInput(unitId, input)));
    },
  };
}
