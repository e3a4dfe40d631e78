/** Roles, each granted on the subtree of one organisation unit (see docs/glossary.md). */
export const ROLES = [
  'administrator',
  'unit_administrator',
  'reception_officer',
  'case_officer',
  'supervisor',
  'leader',
  'data_clerk',
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'org-unit:read',
  'org-unit:write',
  'user:read',
  'user:manage',
  'audit:read',
  'calendar:write',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Role[] = ROLES;

/**
 * Which role may do what. Scope (which units) is decided separately, by the unit subtree each role is granted on.
 * Leaders are read-only by design: they see everything in their scope and change nothing.
 */
export const PERMISSIONS: Record<Action, readonly Role[]> = {
  'org-unit:read': EVERYONE,
  'org-unit:write': ['administrator', 'unit_administrator', 'data_clerk'],
  'user:read': ['administrator', 'unit_administrator'],
  'user:manage': ['administrator', 'unit_administrator'],
  'audit:read': ['administrator', 'unit_administrator'],
  'calendar:write': ['administrator'],
};

export function roleAllows(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** A unit administrator may hand out every role but `administrator`, and only inside their own scope. */
export function canGrantRole(granterRole: Role, role: Role): boolean {
  if (granterRole === 'administrator') return true;
  if (granterRole === 'unit_administrator') return role !== 'administrator';
  return false;
}
