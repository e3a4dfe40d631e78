import { AppError } from '../../shared/errors';
import { AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../shared/audit/audit.schemas';
import { INSTALLATION, scopeUnitIds } from '../auth/authorize';
import { actorOf, type App, type AppDeps } from '../http/context';
import { listAudit, verifyAuditChain } from './audit.service';

export function registerAuditRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries in your scope, newest first',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => {
      const scope = await deps.authz.scope(actorOf(request), 'audit:read');
      if (!scope.all && scope.unitIds.size === 0) throw new AppError('FORBIDDEN', { action: 'audit:read' });
      // Entries tied to no unit (sign-ins, calendar, tokens) belong to the whole installation.
      return listAudit(deps.db, request.query, { unitIds: scopeUnitIds(scope), includeUnitless: scope.all });
    },
  );

  app.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['audit'], summary: 'Check the hash chain of the whole log', response: { 200: AuditVerifySchema } } },
    async (request) => {
      await deps.authz.assert(actorOf(request), 'audit:verify', INSTALLATION);
      return verifyAuditChain(deps.db);
    },
  );
}
