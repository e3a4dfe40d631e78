/**
 * The one error family of Oversight. A service throws `AppError` with a stable code; the HTTP layer maps the code
 * to a status (see `server/http/problem.ts`) and the message key to the user's language (see `i18n/messages.ts`).
 */
export const APP_ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'UNKNOWN_RULE',
  'INVALID_OPTION',
  'EVENTS_OUT_OF_ORDER',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ORG_UNIT_NOT_FOUND',
  'ORG_UNIT_ID_TAKEN',
  'ORG_UNIT_ID_NOT_ALLOWED',
  'ORG_UNIT_PARENT_CYCLE',
  'ORG_UNIT_INVALID_PERIOD',
  'ORG_UNIT_CODE_AMBIGUOUS',
  'USER_NOT_FOUND',
  'USERNAME_TAKEN',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_WEAK',
  'CURRENT_PASSWORD_INVALID',
  'ROLE_NOT_GRANTABLE',
  'TOKEN_NOT_FOUND',
  'IMPORT_INVALID',
  'IMPORT_NOT_UTF8',
  'AUDIT_EXPORT_TOO_LARGE',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  'ATTACHMENT_EMPTY',
  'ATTACHMENT_CORRUPT',
  'ATTACHMENT_PROTECTION_UNAVAILABLE',
  'ROUTE_NOT_FOUND',
  'PETITION_INVALID',
  'DENUNCIATION_AT_RECEPTION',
  'PROTECTED_VALUE_KEY_UNKNOWN',
  'PROTECTED_VALUE_UNREADABLE',
  'MATTER_ACTION_NOT_ALLOWED',
  'PETITION_NOT_ELIGIBLE',
  'INTERNAL',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `body.validFrom` or `row 3.code`. */
  path: string;
  /** Empty: the error's own message, in the user's language, is shown on the field. */
  message: string;
  /** The message in both languages, when a rule wrote one of its own (the answer picks the user's). */
  messages?: { vi: string; en: string };
}

/** A refinement's issue in both languages: English in `message`, both in `params` (read by the API and the forms). */
export function addBilingualIssue(
  ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string; params: { vi: string; en: string } }): void },
  path: (string | number)[],
  messages: { vi: string; en: string },
): void {
  ctx.addIssue({ code: 'custom', path, message: messages.en, params: messages });
}

/** The two-language message a refinement attached to its issue, if any. */
export function bilingualMessages(issue: object): { vi: string; en: string } | undefined {
  const p = (issue as { params?: { vi?: unknown; en?: unknown } }).params;
  return p && typeof p.vi === 'string' && typeof p.en === 'string' ? { vi: p.vi, en: p.en } : undefined;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];

  constructor(
    code: AppErrorCode,
    params: Record<string, string | number> = {},
    issues: FieldIssue[] = [],
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
