/**
 * Citizens, petitions (đơn) and matters (vụ việc): what intake records (rules C; vn-kntc-systems.md §9.2). Every
 * string goes through `StringSchema` (no control characters). Fields marked PROTECTED hold a denouncer's identity:
 * encrypted at rest and left out of lists, search, exports, statistics and logs unless protection was waived (rule E5).
 */
import { z } from 'zod';
import { IsoDateSchema, OptionalTextSchema, StringSchema, TextSchema } from '../common.schemas';
import { ComplexityCriterionSchema, MatterEventSchema } from '../deadlines/matter-clocks.schemas';
import {
  COMPETENCE_KINDS, CONTENT_CLASSES, DECISION_KINDS, FILER_KINDS, IDENTITY_DOCUMENT_KINDS, MATTER_FIELDS, PETITION_CHANNELS,
} from './catalogues';

export const ContentClassSchema = z.enum(CONTENT_CLASSES);
export const MatterFieldSchema = z.enum(MATTER_FIELDS);
export const PetitionChannelSchema = z.enum(PETITION_CHANNELS);
export const CompetenceKindSchema = z.enum(COMPETENCE_KINDS);
export const FilerKindSchema = z.enum(FILER_KINDS);
export const DecisionKindSchema = z.enum(DECISION_KINDS);

const PROTECTED = 'PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection.';
const RefIdSchema = StringSchema().min(1).max(200);

/** A document the law requires of an action: its number (`05/QĐ-UBND`), date and signer (rules I2). */
export const DocumentRefSchema = z
  .object({
    number: TextSchema(80),
    date: IsoDateSchema,
    /** Name and position of the signer, as printed (`Nguyễn Văn A, Chủ tịch UBND xã`). */
    signer: TextSchema(200),
    title: OptionalTextSchema(500),
    /** A stored attachment holding the signed document (content-addressed, item 2). */
    attachmentId: RefIdSchema.nullish().transform((v) => v ?? null),
  })
  .meta({ id: 'DocumentRef' });
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export const IdentityDocumentSchema = z.object({
  kind: z.enum(IDENTITY_DOCUMENT_KINDS),
  number: StringSchema().trim().regex(/^[A-Za-z0-9-]{3,30}$/, 'Letters, digits and dashes; 3 to 30'),
  issuedOn: IsoDateSchema.nullish().transform((v) => v ?? null),
  issuedBy: OptionalTextSchema(200),
});
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

/** A citizen as first recorded (Decree 154/2026 Art. 12(1); reception book columns 3–4). Found and reused later. */
export const CitizenInputSchema = z
  .object({
    fullName: TextSchema(200).meta({ description: PROTECTED }),
    address: OptionalTextSchema(500).meta({ description: PROTECTED }),
    identity: IdentityDocumentSchema.nullish().transform((v) => v ?? null).meta({ description: PROTECTED }),
    phone: StringSchema()
      .trim()
      .regex(/^\+?[0-9 .-]{6,20}$/, 'A phone number: digits, spaces, dots, dashes, optional leading +')
      .nullish()
      .transform((v) => v || null)
      .meta({ description: PROTECTED }),
    gender: z.enum(['male', 'female']).nullish().transform((v) => v ?? null),
    /** National code of the ethnic group (national catalogue 4), e.g. `01` Kinh. */
    ethnicity: StringSchema().trim().regex(/^[0-9]{1,3}$/).nullish().transform((v) => v ?? null),
    /** ISO 3166-1 alpha-2 (national catalogue 3); Vietnamese citizens `VN`. */
    nationality: StringSchema().trim().regex(/^[A-Z]{2}$/).default('VN'),
  })
  .meta({ id: 'CitizenInput' });
export type CitizenInput = z.infer<typeof CitizenInputSchema>;

/** A returning citizen is referred to by id, not retyped; a new one is recorded with their details. */
export const CitizenRefSchema = z.union([z.object({ citizenId: RefIdSchema }), CitizenInputSchema]);
export type CitizenRef = z.infer<typeof CitizenRefSchema>;

/** One person who signed (or fingerprinted) a petition. */
export const SignerSchema = z.object({
  citizen: CitizenRefSchema,
  /** Appointed representative of many signers (rules C7; Law 42/2013 Art. 29). */
  isRepresentative: z.boolean().default(false),
  /** The denouncer refused identity protection (Law 25/2018 Art. 9(1)(b)): their identity may then be shown. */
  protectionWaived: z.boolean().default(false),
});
export type Signer = z.infer<typeof SignerSchema>;

/** An earlier handling of the same content by another body (02/XLD columns 16–19; reception book column 8). */
export const PriorResolutionSchema = z.object({
  bodyUnitId: RefIdSchema.nullish().transform((v) => v ?? null),
  bodyName: TextSchema(300),
  kind: DecisionKindSchema,
  number: OptionalTextSchema(80),
  date: IsoDateSchema.nullish().transform((v) => v ?? null),
});
export type PriorResolution = z.infer<typeof PriorResolutionSchema>;

/** The elements Circular 05/2021 Art. 6(2)(a) requires of an eligible petition, as the officer checked them (rule C2). */
export const EligibilityFactsSchema = z.object({
  inVietnameseOrTranslated: z.boolean(),
  dated: z.boolean(),
  hasNameAndAddress: z.boolean(),
  signedOrFingerprinted: z.boolean(),
  /** The content elements of its class (complaint: who, what, why, request; denunciation: who and the violation). */
  hasContentElements: z.boolean(),
  legible: z.boolean(),
  /** Sent to several bodies, the competent one among them (for a non-competent recipient). */
  sentToSeveralBodies: z.boolean(),
  improperContent: z.boolean(),
});
export type EligibilityFacts = z.infer<typeof EligibilityFactsSchema>;

/** Who or what the matter is about (the decision or act complained of, the person denounced). */
export const MatterSubjectSchema = z.object({
  kind: z.enum(['decision', 'act', 'person', 'organisation']),
  name: TextSchema(300),
  position: OptionalTextSchema(200),
  workplace: OptionalTextSchema(300),
});

/** One content of a petition, to become one matter (rules C1). */
export const MatterDraftSchema = z.object({
  contentClass: ContentClassSchema,
  field: MatterFieldSchema,
  summary: TextSchema(4000, { multiline: true }),
  subject: MatterSubjectSchema.nullish().transform((v) => v ?? null),
  withinCompetence: z.boolean(),
  competence: CompetenceKindSchema,
  /** Remote or especially difficult area: longer complaint limits (Law on Complaints 2011, Arts. 28, 33, 37). */
  remote: z.boolean().default(false),
  /** An earlier matter of the same petitioner(s) and content (rule C6): counted as a repeat, not as a new matter. */
  repeatOfMatterId: RefIdSchema.nullish().transform((v) => v ?? null),
  /** When the complainant received or learned of the decision or act: starts the filing limit (rule D1). */
  learnedOfActOn: IsoDateSchema.nullish().transform((v) => v ?? null),
  /** A second-time complaint names its first-time matter (rule D4). */
  firstTimeMatterId: RefIdSchema.nullish().transform((v) => v ?? null),
});
export type MatterDraft = z.infer<typeof MatterDraftSchema>;

/** A petition as registered (rules C; vn-kntc-systems.md §9.2). The registration number is assigned by the server. */
export const PetitionCreateSchema = z
  .object({
    receivingUnitId: RefIdSchema,
    channel: PetitionChannelSchema,
    receivedOn: IsoDateSchema,
    writtenOn: IsoDateSchema.nullish().transform((v) => v ?? null),
    /** The turn it was handed in at (channel `reception`). */
    receptionTurnId: RefIdSchema.nullish().transform((v) => v ?? null),
    /** The forwarding letter (channel `transfer`): body and document. */
    forwarding: z
      .object({ fromUnitId: RefIdSchema.nullish().transform((v) => v ?? null), fromName: TextSchema(300), document: DocumentRefSchema })
      .nullish()
      .transform((v) => v ?? null),
    filerKind: FilerKindSchema,
    organisationName: OptionalTextSchema(300),
    /** No usable name and address (rule C3). */
    anonymous: z.boolean().default(false),
    signers: z.array(SignerSchema).max(1000),
    /** Written appointment of representatives signed by all (rules C7). */
    representativeAppointment: DocumentRefSchema.nullish().transform((v) => v ?? null),
    eligibility: EligibilityFactsSchema,
    priorResolutions: z.array(PriorResolutionSchema).max(20).default([]),
    contents: z.array(MatterDraftSchema).min(1).max(20),
    attachmentIds: z.array(RefIdSchema).max(100).default([]),
    /**
     * For an anonymous petition with a denunciation content, what the officer found (rules C3; Law on Denunciations
     * 2018, Art. 25): the violator named, specific evidence, grounds to verify. Without it nothing is established, so
     * the matter is suggested for filing.
     */
    anonymousFacts: z
      .object({ violatorNamed: z.boolean(), hasEvidence: z.boolean(), verifiable: z.boolean() })
      .nullish()
      .transform((v) => v ?? null),
    note: OptionalTextSchema(2000, { multiline: true }),
  })
  .superRefine((p, ctx) => {
    if (p.channel === 'transfer' && !p.forwarding) ctx.addIssue({ code: 'custom', path: ['forwarding'], message: 'A transferred petition needs its forwarding letter' });
    if (p.channel !== 'transfer' && p.forwarding) ctx.addIssue({ code: 'custom', path: ['forwarding'], message: 'Only a transferred petition has a forwarding letter' });
    if (!p.anonymous && p.signers.length === 0) ctx.addIssue({ code: 'custom', path: ['signers'], message: 'A named petition needs at least one signer' });
    if (p.filerKind === 'individual' && p.signers.length > 1) ctx.addIssue({ code: 'custom', path: ['filerKind'], message: 'Several signers: the filer kind is many' });
    if (p.filerKind === 'organisation' && !p.organisationName) ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'An organisation filer needs its name' });
    if (p.writtenOn && p.writtenOn > p.receivedOn) ctx.addIssue({ code: 'custom', path: ['writtenOn'], message: 'Written after it was received' });
  })
  .meta({ id: 'PetitionCreate' });
export type PetitionCreate = z.infer<typeof PetitionCreateSchema>;

/** Where a matter stands; open = received, accepted, suspended. */
export const MATTER_STATUSES = [
  'received', 'accepted', 'suspended', 'resolved', 'terminated', 'transferred', 'guided', 'urged', 'filed', 'rejected',
] as const;
export const MatterStatusSchema = z.enum(MATTER_STATUSES);
export type MatterStatus = z.infer<typeof MatterStatusSchema>;
export const OPEN_STATUSES: readonly MatterStatus[] = ['received', 'accepted', 'suspended'];

/**
 * What the lifecycle reads and writes of a matter: its class, round and options, its status, and its event history
 * (the input of `computeClocks`). The server stores the status and appends the events.
 */
export const MatterStateSchema = z.object({
  contentClass: ContentClassSchema,
  /** Complaint round: 1 first-time, 2 second-time (Law on Complaints 2011, Arts. 28, 37). */
  round: z.union([z.literal(1), z.literal(2)]),
  remote: z.boolean(),
  withinCompetence: z.boolean(),
  status: MatterStatusSchema,
  /** Complexity criteria last determined in writing (none: not complex). */
  complexity: z.array(ComplexityCriterionSchema),
  events: z.array(MatterEventSchema),
});
export type MatterState = z.infer<typeof MatterStateSchema>;
