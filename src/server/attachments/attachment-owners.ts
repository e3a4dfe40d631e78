import type { Actor } from '../auth/actor';

/**
 * What a feature whose records carry attachments supplies (the petition feature: `petition`, later `matter-action`):
 * who may attach files to one of its records and who may read them. The attachment routes know nothing of
 * petitions; they ask the owner's policy, which asks `authorize.ts` about the record's unit. Each method throws
 * `AppError('NOT_FOUND')` for a record that does not exist or lies outside the actor's scope (so scopes cannot be
 * probed) and `AppError('FORBIDDEN')` for one the actor sees but may not change or reveal.
 */
export interface AttachmentOwnerPolicy {
  /**
   * Before an upload. `protect` forces encryption whatever the client asked (a denunciation whose denouncer has not
   * waived protection); `unitId` is the record's unit, for the audit entry.
   */
  authorizeAttach(actor: Actor, ownerId: string): Promise<{ unitId: string | null; protect: boolean }>;
  /** Before a download; a protected attachment needs the permission to see protected identities. */
  authorizeRead(actor: Actor, ownerId: string, attachment: { protected: boolean }): Promise<{ unitId: string | null }>;
}

/** Owner type (`petition`) → its policy. Wired in `runtime.ts`; an owner type not listed answers 404. */
export type AttachmentOwners = Readonly<Record<string, AttachmentOwnerPolicy>>;
