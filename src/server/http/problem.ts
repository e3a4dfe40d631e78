import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { CONTROL_CHARACTERS_MESSAGE, CONTROL_CHARACTERS_MULTILINE_MESSAGE } from '../../shared/common.schemas';
import { AppError, type AppErrorCode, type FieldIssue } from '../../shared/errors';
import { renderErrorMessage } from '../../shared/i18n/error-messages';
import { type Locale, pickLocale } from '../../shared/i18n/locale';
import { z } from 'zod';

/** HTTP status of every error code. `satisfies` keeps the table exhaustive when a code is added. */
export const STATUS_OF = {
  VALIDATION_FAILED: 400,
  INVALID_DATE: 400,
  DATE_OUT_OF_RANGE: 400,
  UNKNOWN_RULE: 404,
  INVALID_OPTION: 400,
  EVENTS_OUT_OF_ORDER: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ORG_UNIT_NOT_FOUND: 404,
  ORG_UNIT_ID_TAKEN: 409,
  ORG_UNIT_ID_NOT_ALLOWED: 403,
  ORG_UNIT_PARENT_CYCLE: 422,
  ORG_UNIT_INVALID_PERIOD: 422,
  ORG_UNIT_CODE_AMBIGUOUS: 409,
  USER_NOT_FOUND: 404,
  USERNAME_TAKEN: 409,
  PASSWORD_TOO_SHORT: 422,
  PASSWORD_TOO_WEAK: 422,
  CURRENT_PASSWORD_INVALID: 422,
  ROLE_NOT_GRANTABLE: 403,
  TOKEN_NOT_FOUND: 404,
  IMPORT_INVALID: 422,
  IMPORT_NOT_UTF8: 422,
  AUDIT_EXPORT_TOO_LARGE: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  ATTACHMENT_EMPTY: 422,
  // The stored bytes no longer match their checksum (or fail decryption): damage or tampering, not the caller's doing.
  ATTACHMENT_CORRUPT: 500,
  ATTACHMENT_PROTECTION_UNAVAILABLE: 503,
  ROUTE_NOT_FOUND: 404,
  // A petition, reception turn or session breaks a rule of sections C or F; the rule's explanation is the detail.
  PETITION_INVALID: 422,
  DENUNCIATION_AT_RECEPTION: 422,
  // A protected value the server cannot read: its data or its configuration is at fault, not the request.
  PROTECTED_VALUE_KEY_UNKNOWN: 500,
  PROTECTED_VALUE_UNREADABLE: 500,
  MATTER_ACTION_NOT_ALLOWED: 409,
  PETITION_NOT_ELIGIBLE: 422,
  INTERNAL: 500,
} satisfies Record<AppErrorCode, number>;

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: AppErrorCode,
  params: Record<string, string | number> = {},
  issues: FieldIssue[] = [],
) {
  const locale = pickLocale(request.headers['accept-language']);
  const { title, detail } = renderErrorMessage(code, locale, params);
  const status = STATUS_OF[code];
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('content-language', locale)
    .send({
      type: `https://oversight.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title,
      status,
      code,
      detail,
      instance: request.url,
      // A field issue without its own text carries the error's localised detail.
      ...(issues.length ? { errors: issues.map((i) => ({ path: i.path, message: i.messages?.[locale] ?? (i.message || detail) })) } : {}),
    });
}

const VI_ISSUES = z.locales.vi().localeError;
/** Our own refinement messages, in Vietnamese. */
const VI_CUSTOM: Record<string, string> = {
  'Expected a real date written YYYY-MM-DD': 'Ngày phải là ngày có thật, viết theo dạng YYYY-MM-DD',
  'validFrom must be on or before validTo': 'Ngày bắt đầu hiệu lực phải trước hoặc bằng ngày hết hiệu lực',
  [CONTROL_CHARACTERS_MESSAGE]: 'Phải là một dòng, không chứa ký tự điều khiển',
  [CONTROL_CHARACTERS_MULTILINE_MESSAGE]: 'Không được chứa ký tự điều khiển (chỉ cho phép xuống dòng và tab)',
};

/** Field messages in the request's language: Zod's own Vietnamese texts, and ours for custom checks. */
function localiseIssue(code: string, params: Record<string, unknown>, message: string, locale: Locale): string {
  if (locale !== 'vi') return message;
  if (code === 'custom') return VI_CUSTOM[message] ?? message;
  const localised = VI_ISSUES({ ...params, code, message, input: params.input, path: [] } as never);
  return typeof localised === 'string' ? localised : (localised?.message ?? message);
}

/** Maps Fastify's own error codes (body parsing, limits) to ours; anything else unknown is INTERNAL. */
const FASTIFY_CODES: Record<string, AppErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/**
 * The one error handler: AppError and validation errors become RFC 9457 problem+json in the request's language;
 * anything unexpected is logged and answered with a 500 that reveals nothing of the internals.
 */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error.code, error.params, error.issues);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const locale = pickLocale(request.headers['accept-language']);
      const issues = error.validation.map((v) => ({
        path: [error.validationContext, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: localiseIssue(v.keyword, v.params, v.message ?? 'invalid', locale),
      }));
      return sendProblem(request, reply, 'VALIDATION_FAILED', {}, issues);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendProblem(request, reply, 'INTERNAL');
    }
    if (error.statusCode === 429) return sendProblem(request, reply, 'RATE_LIMITED');
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped, {}, [{ path: 'body', message: error.message }]);
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', {}, [{ path: 'request', message: error.message }]);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'INTERNAL');
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, 'ROUTE_NOT_FOUND', { method: request.method, url: request.url.split('?')[0] ?? '' });
}

/** Errors Fastify raises before routing (malformed URL, over-long path parameter) also answer as problems. */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, 'VALIDATION_FAILED', {}, [{ path: 'url', message: error.message }]);
}
