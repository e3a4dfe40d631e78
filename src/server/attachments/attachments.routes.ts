import { createHash } from 'node:crypto';
import type { FastifyError } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDispositionFor, fileNameFromContentDisposition } from '../../shared/attachments/attachment-types';
import { AttachmentIdParamsSchema, AttachmentSchema, AttachmentUploadQuerySchema } from '../../shared/attachments/attachments.schemas';
import { ProblemSchema } from '../../shared/common.schemas';
import { AppError } from '../../shared/errors';
import { write } from '../db/write';
import type { AppDeps } from '../deps';
import { type App, actorOf } from '../http/context';
import type { AttachmentOwnerPolicy } from './attachment-owners';
import { type AttachmentDeps, findAttachmentOwner, readAttachment, storeAttachment } from './attachments.service';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

/**
 * Attachments over HTTP, for any record type whose feature supplies an owner policy (`deps.attachmentOwners`).
 *
 * Upload: `POST /api/v1/attachments?ownerType=petition&ownerId=…[&protected=true]` with the file's bytes as the body
 * (any Content-Type, `application/octet-stream` recommended: it is not trusted, the kind is sniffed) and its name in
 * `Content-Disposition: attachment; filename*=UTF-8''<percent-encoded name>` (RFC 6266/8187; a Vietnamese name
 * survives, and a name that may identify a denouncer stays out of URLs and access logs). One file per request, up to
 * ATTACHMENT_MAX_BYTES: the route's body limit is that same value, so the app's 2 MB JSON limit does not apply and a
 * larger body is refused while it streams in (ATTACHMENT_TOO_LARGE, 413). Not multipart: @fastify/multipart is not a
 * dependency, and raw bodies need no parser, no temporary files and no base64 inflation.
 *
 * Download: `GET /api/v1/attachments/{id}` answers the bytes with their sniffed type, the name in Content-Disposition
 * and `Repr-Digest: sha-256=:…:` (RFC 9530), after the owner's policy allowed it and the checksum held; opening a
 * protected attachment is audit-logged.
 */
export function registerAttachmentRoutes(app: App, deps: AppDeps): void {
  const att: AttachmentDeps = { limits: deps.config.attachments, cipher: deps.attachmentCipher ?? null };
  const owners = deps.attachmentOwners ?? {};
  const policyOf = (ownerType: string): AttachmentOwnerPolicy => {
    const policy = Object.hasOwn(owners, ownerType) ? owners[ownerType] : undefined;
    if (!policy) throw new AppError('NOT_FOUND');
    return policy;
  };

  app.register(async (scope) => {
    // In this scope only: every body is the file itself, read as bytes up to the attachment limit.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: att.limits.maxBytes }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new AppError('ATTACHMENT_TOO_LARGE', { maxMb: Number((att.limits.maxBytes / 1024 / 1024).toFixed(2)) });
      }
      throw error;
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/attachments',
      {
        bodyLimit: att.limits.maxBytes,
        schema: {
          tags: ['attachments'],
          summary: 'Attach a file to a record (the body is the file; its name in Content-Disposition)',
          description:
            "Request body: the file's bytes (any Content-Type; `application/octet-stream` recommended — the kind is sniffed " +
            "from the content: PDF, JPEG, PNG, DOCX, XLSX, ODT or UTF-8 text, as configured), at most ATTACHMENT_MAX_BYTES. " +
            "Name: `Content-Disposition: attachment; filename*=UTF-8''<percent-encoded name>`.",
          querystring: AttachmentUploadQuerySchema,
          headers: z.object({ 'content-disposition': z.string().max(2000) }),
          response: {
            201: AttachmentSchema,
            404: problem('NOT_FOUND: no such record (or owner type) in your scope'),
            413: problem('ATTACHMENT_TOO_LARGE: the file is over ATTACHMENT_MAX_BYTES'),
            415: problem('ATTACHMENT_TYPE_NOT_ALLOWED: the content is none of the accepted kinds'),
            422: problem('ATTACHMENT_EMPTY: the body is empty'),
            503: problem('ATTACHMENT_PROTECTION_UNAVAILABLE: no encryption key for a protected file'),
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const fileName = fileNameFromContentDisposition(request.headers['content-disposition']);
        if (fileName === null) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'headers.content-disposition', message: '' }]);
        const body = request.body;
        const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const { ownerType, ownerId } = request.query;
        const owner = await policyOf(ownerType).authorizeAttach(actor, ownerId);
        const stored = await write(deps, actor, (w) =>
          storeAttachment(w, att, {
            ownerType,
            ownerId,
            fileName,
            content,
            protected: request.query.protected || owner.protect,
            unitId: owner.unitId,
          }),
        );
        return reply.code(201).send(stored);
      },
    );
  });

  app.get(
    '/api/v1/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Download an attachment (its bytes, with its own media type)',
        params: AttachmentIdParamsSchema,
        response: {
          200: { description: 'The file, with its own media type', content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } },
          500: problem('ATTACHMENT_CORRUPT: the stored file failed its integrity check; INTERNAL otherwise'),
          503: problem('ATTACHMENT_PROTECTION_UNAVAILABLE: the server does not hold the key of this protected file'),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const owner = await findAttachmentOwner(deps.db, request.params.id);
      if (!owner) throw new AppError('NOT_FOUND');
      const { unitId } = await policyOf(owner.ownerType).authorizeRead(actor, owner.ownerId, { protected: owner.protected });
      let file: Awaited<ReturnType<typeof readAttachment>>;
      try {
        file = await readAttachment(deps.db, att, request.params.id);
      } catch (error) {
        if (error instanceof AppError && error.code === 'ATTACHMENT_CORRUPT') request.log.error({ attachmentId: request.params.id }, 'attachment failed its integrity check');
        throw error;
      }
      if (file.attachment.protected) {
        await write(deps, actor, (w) =>
          w.audit({
            action: 'attachment.reveal',
            entityType: 'attachment',
            entityId: file.attachment.id,
            unitId,
            after: { ownerType: owner.ownerType, ownerId: owner.ownerId },
          }),
        );
      }
      const digest = createHash('sha256').update(file.content).digest('base64');
      return reply
        .header('content-type', file.attachment.mediaType)
        .header('content-disposition', contentDispositionFor(file.attachment.fileName ?? file.attachment.id))
        .header('cache-control', 'private, no-store')
        .header('repr-digest', `sha-256=:${digest}:`)
        // A Buffer is sent as it is (never serialised); the 200 schema above only documents it.
        .send(file.content as never);
    },
  );
}
