import type { Role } from '../../shared/auth/roles';
import type { Locale } from '../../shared/i18n/locale';

export interface Grant {
  role: Role;
  unitId: string;
}

/** Who is acting: a signed-in user, an API token's user, or the system itself (CLI, seeding, migrations). */
export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  username: string;
  displayName: string;
  grants: Grant[];
  locale: Locale;
  /** Set when the user is acting through an API token. */
  tokenId?: string;
  /** Set when the user is acting through a browser session. */
  sessionId?: string;
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  userId: null,
  username: 'system',
  displayName: 'Oversight (system)',
  grants: [],
  locale: 'vi',
};
