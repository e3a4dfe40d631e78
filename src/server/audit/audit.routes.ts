import { z } from 'zod';
import { auditToCsv } from '../../shared/audit/audit.csv';
import { AuditExportQuerySchema, AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../shared/audit/audit.schemas';
import { AppError } from '../../shared/errors';
import { pickLocale } from '../../shared/i18n/locale';
import type { Actor } from '../auth/actor';
import { INSTALLATION, scopeUnitIds } from '../auth/authorize';
import { actorOf, type App, type AppDeps } from '../http/context';
import { type AuditScope, listAudit, listAuditForExport } from './audit-list.service';
import { verifyAuditChain } from './audit-chain';

/** Which part of the log the actor may read; the list and the export both go through it. */
async function auditScopeOf(deps: AppDeps, actor: Actor): Promise<AuditScope> {
  const scope = await deps.authz.scope(actor, 'audit:read');
  if (!scope.all && scope.unitIds.size === 0) throw new AppError('FORBIDDEN', { action: 'audit:read' });
  // Entries tied to no unit (sign-ins, calendar, tokens) belong to the whole installation.
  return { unitIds: scopeUnitIds(scope), includeUnitless: scope.all };
}

export function registerAuditRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries in your scope, newest first, with the names of the units and users they mention',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => listAudit(deps, request.query, await auditScopeOf(deps, actorOf(request))),
  );

  app.get(
    '/api/v1/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary: 'The entries matching the filters, as a CSV file (UTF-8 with BOM) in the reader’s language',
        querystring: AuditExportQuerySchema,
        response: { 200: z.string().meta({ description: 'text/csv; charset=utf-8' }) },
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const locale = lang ?? pickLocale(request.headers['accept-language']);
      const { entries, refs } = await listAuditForExport(deps, filter, await auditScopeOf(deps, actorOf(request)));
      const day = deps.time.today();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${locale === 'vi' ? 'nhat-ky' : 'audit-log'}-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(auditToCsv(entries, refs, locale));
    },
  );

  app.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['audit'], summary: 'Check the hash chain of the whole log', response: { 200: AuditVerifySchema } } },
    async (request) => {
      await deps.authz.assert(actorOf(request), 'audit:verify', INSTALLATION);
      return verifyAuditChain(deps);
    },
  );
}
