import { AppError } from '../../shared/errors';
import { AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../shared/audit/audit.schemas';
import { scopeUnitIds } from '../auth/authorize';
import { actorOf, type App, type AppDeps } from '../http/context';
import { verifyAuditChain } from './audit-chain';
import { listAudit } from './audit.service';

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
      const actor = actorOf(request);
      const scope = await deps.authz.scope(actor, 'audit:read');
      if (!scope.all && scope.unitIds.size === 0) throw new AppError('FORBIDDEN', { action: 'audit:read' });
      const isAdmin = actor.grants.some((g) => g.role === 'administrator');
      return listAudit(deps.db, request.query, { unitIds: scopeUnitIds(scope), includeUnitless: isAdmin });
    },
  );

  app.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['audit'], summary: 'Check the hash chain of the whole log', response: { 200: AuditVerifySchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.grants.some((g) => g.role === 'administrator')) throw new AppError('FORBIDDEN', { action: 'audit:verify' });
      return verifyAuditChain(deps);
    },
  );
}
