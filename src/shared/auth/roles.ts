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

/**
 * Everything a user can be allowed to do. Each action is decided on a unit (the record's unit is inside the
 * actor's scope for it) or, for `installation` actions and for records tied to no unit, on the whole installation.
 */
export const ACTIONS = [
  'org-unit:read',
  'org-unit:write',
  'user:read',
  'user:manage',
  'token:create',
  'audit:read',
  'audit:verify',
  'calendar:write',
  'deadline-rule:write',
  'reception:read',
  'reception:write',
  'petition:read',
  'petition:write',
  'petition:reveal-identity',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Where an action is decided. `unit`: on the record's unit (top-level units, users without roles and records tied
 * to no unit count as the whole installation). `installation`: only on the whole installation (the national holiday
 * calendar, the statutory rule table, the audit chain). `self`: on the actor's own account.
 */
export const ACTION_REACH: Record<Action, 'unit' | 'installation' | 'self'> = {
  'org-unit:read': 'unit',
  'org-unit:write': 'unit',
  'user:read': 'unit',
  'user:manage': 'unit',
  'token:create': 'self',
  'audit:read': 'unit',
  'audit:verify': 'installation',
  'calendar:write': 'installation',
  'deadline-rule:write': 'installation',
  'reception:read': 'unit',
  'reception:write': 'unit',
  'petition:read': 'unit',
  'petition:write': 'unit',
  'petition:reveal-identity': 'unit',
};

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
  'token:create': EVERYONE,
  'audit:read': ['administrator', 'unit_administrator'],
  'audit:verify': ['administrator'],
  'calendar:write': ['administrator'],
  'deadline-rule:write': ['administrator'],
  'reception:read': EVERYONE,
  'reception:write': ['administrator', 'unit_administrator', 'reception_officer', 'case_officer'],
  'petition:read': ['administrator', 'reception_officer', 'case_officer', 'supervisor', 'leader'],
  'petition:write': ['reception_officer', 'case_officer'],
  /**
   * A denouncer's identity (rules E5; Law on Denunciations 2018 Arts. 9, 47): only those who handle the denunciation
   * and must contact or protect the denouncer, the case officer (verification) and the head who resolves it. Not the
   * reception officer after intake, supervisors, administrators or data clerks; a role, so granting it is explicit.
   */
  'petition:reveal-identity': ['case_officer', 'leader'],
};

export function roleAllows(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/**
 * The role a grant acts as. `administrator` administers the installation only when granted on a top-level unit
 * (one with no parent); granted lower down it acts as a unit administrator of that subtree, so a scope is always a
 * subtree, for administrators too.
 */
export function effectiveRole(role: Role, grantedOnTopLevelUnit: boolean): Role {
  return role === 'administrator' && !grantedOnTopLevelUnit ? 'unit_administrator' : role;
}

/** Whether a grant of `role` makes its holder an administrator of the whole installation. */
export function isInstallationRole(role: Role, grantedOnTopLevelUnit: boolean): boolean {
  return role === 'administrator' && grantedOnTopLevelUnit;
}

/** A unit administrator may hand out every role but `administrator`, and only inside their own scope. */
export function canGrantRole(granterRole: Role, role: Role): boolean {
  if (granterRole === 'administrator') return true;
  if (granterRole === 'unit_administrator') return role !== 'administrator';
  return false;
}
