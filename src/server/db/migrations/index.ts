import type { Migration } from 'kysely';
import * as createFoundation from './2026-11-25T0100_create-foundation';
import * as createCalendarSettings from './2026-11-25T0200_create-calendar-settings';
import * as createLoginFailure from './2026-12-02T0100_create-login-failure';
import * as addAuditKeyId from './2026-12-02T0300_add-audit-key-id';
import * as createRegisterCounter from './2026-12-09T0100_create-register-counter';
import * as createAttachment from './2026-12-09T0200_create-attachment';
import * as createReception from './2026-12-16T0100_create-reception';
import * as createPetition from './2026-12-16T0100_create-petition';

/** Every migration, in order. Listed by hand so the history is reviewable in one place. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T0100_create-foundation': createFoundation,
  '2026-11-25T0200_create-calendar-settings': createCalendarSettings,
  '2026-12-02T0100_create-login-failure': createLoginFailure,
  '2026-12-02T0300_add-audit-key-id': addAuditKeyId,
  '2026-12-09T0100_create-register-counter': createRegisterCounter,
  '2026-12-09T0200_create-attachment': createAttachment,
  '2026-12-16T0100_create-reception': createReception,
  '2026-12-16T0100_create-petition': createPetition,
};
