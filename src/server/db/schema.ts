/**
 * Table types as Kysely sees them (camelCase through CamelCasePlugin; the tables themselves are snake_case).
 * Dates are `YYYY-MM-DD` text, instants ISO-8601 UTC text, booleans 0/1 integers: the same on both engines.
 */
export interface OrgUnitTable {
  id: string;
  code: string | null;
  nameVi: string;
  nameEn: string | null;
  kind: string;
  level: string;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  /** Names and code folded for search: lower case, no diacritics, đ -> d. */
  searchText: string;
  createdAt: string;
  updatedAt: string;
}

export interface SuccessionEventTable {
  id: string;
  kind: string;
  effectiveDate: string;
  documentNumber: string | null;
  documentDate: string | null;
  documentTitle: string | null;
  note: string | null;
  createdAt: string;
}

export interface SuccessionLinkTable {
  eventId: string;
  unitId: string;
  /** 'predecessor' or 'successor' */
  role: string;
}

export interface AppUserTable {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  locale: string;
  isActive: number;
  /** Unused since login_failure (2026-12-02); kept until a later migration drops it. */
  failedLogins: number;
  /** Unused since login_failure (2026-12-02); kept until a later migration drops it. */
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Sign-in failures of one username (as typed, known or not) from one source address. */
export interface LoginFailureTable {
  username: string;
  /** IPv4 address, or the /64 prefix of an IPv6 address. */
  source: string;
  /** Failures since the last lock or success; reset when it reaches the limit. */
  failures: number;
  lastFailedAt: string;
  lockedUntil: string | null;
}

export interface RoleGrantTable {
  id: string;
  userId: string;
  role: string;
  unitId: string;
  createdAt: string;
}

export interface UserSessionTable {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  userAgent: string | null;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
  /** Fingerprint of the key whose HMAC-SHA256 `hash` is; null for entries written before the chain was keyed (SHA-256). */
  keyId: string | null;
}

export interface AuditHeadTable {
  id: number;
  lastSeq: number;
  lastHash: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface HolidayScheduleTable {
  year: number;
  scheduleJson: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface DeadlineRuleOverrideTable {
  ruleId: string;
  overrideJson: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** One office register (unit, kind, year): the last registration number handed out. */
export interface RegisterCounterTable {
  unitId: string;
  registerKind: string;
  year: number;
  lastNumber: number;
  updatedAt: string;
}

/** Stored bytes of attachments, keyed by the SHA-256 of what is stored (ciphertext for a protected attachment). */
export interface AttachmentBlobTable {
  sha256: string;
  size: number;
  content: Buffer;
  createdAt: string;
}

export interface AttachmentTable {
  id: string;
  ownerType: string;
  ownerId: string;
  /** Plain file name, or for a protected attachment its ciphertext (base64). */
  fileName: string;
  /** Sniffed from the content, never the type the client declared. */
  mediaType: string;
  /** Size of the file itself (before encryption). */
  size: number;
  blobSha256: string;
  isProtected: number;
  keyId: string | null;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** A person received at reception, found and reused on later visits (not a protected identity). */
export interface CitizenTable {
  id: string;
  fullName: string;
  /** The name folded for matching a returning citizen (lower case, no diacritics, đ -> d). */
  nameFolded: string;
  address: string | null;
  identityKind: string | null;
  identityNumber: string | null;
  identityIssuedOn: string | null;
  identityIssuedBy: string | null;
  phone: string | null;
  /** The phone's digits only, for matching. */
  phoneDigits: string | null;
  gender: string | null;
  ethnicity: string | null;
  nationality: string;
  createdAt: string;
}

export interface ReceptionSessionTable {
  id: string;
  unitId: string;
  kind: string;
  form: string;
  date: string;
  presidedBy: string;
  headUserId: string | null;
  presiderName: string;
  presiderPosition: string | null;
  /** JSON of the deputy's written authorisation. */
  authorisation: string | null;
  place: string | null;
  noticeSentOn: string | null;
  noticeDueOn: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface ReceptionTurnTable {
  id: string;
  sessionId: string;
  unitId: string;
  registerYear: number;
  registerSequence: number;
  date: string;
  headcount: number;
  isGroup: number;
  summary: string;
  contentClass: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface ReceptionTurnCitizenTable {
  turnId: string;
  citizenId: string;
  position: number;
  isRepresentative: number;
}

export interface ReceptionMatterTable {
  id: string;
  turnId: string;
  position: number;
  summary: string;
  contentClass: string;
  field: string;
  withinCompetence: number;
  repeatOfMatterId: string | null;
  /** JSON array of PriorResolution. */
  priorResolutions: string;
  outcome: string;
  guidedToBodyName: string | null;
  guidedToUnitId: string | null;
  /** JSON of the guidance document. */
  guidanceDocument: string | null;
  refusalGround: string | null;
  refusalNoticeDueOn: string | null;
  /** The petition received at the turn (petition feature; no foreign key yet). */
  petitionId: string | null;
}

/** A registered petition (đơn); numbered per receiving unit and year. */
export interface PetitionTable {
  id: string;
  unitId: string;
  registerYear: number;
  registerSequence: number;
  channel: string;
  receivedOn: string;
  writtenOn: string | null;
  receptionTurnId: string | null;
  filerKind: string;
  organisationName: string | null;
  primaryClass: string;
  isAnonymous: number;
  isEligible: number;
  ineligibilityJson: string;
  detailJson: string;
  /** Earliest next due date of its open matters. */
  nextDueOn: string | null;
  createdBy: string | null;
  createdAt: string;
}

/** A signer; a denouncer's identity only in the `*Sealed` columns (field-crypto envelopes, rules E5). */
export interface PetitionSignerTable {
  id: string;
  petitionId: string;
  position: number;
  isRepresentative: number;
  isProtected: number;
  protectionWaived: number;
  fullName: string | null;
  address: string | null;
  identityJson: string | null;
  phone: string | null;
  fullNameSealed: string | null;
  addressSealed: string | null;
  identitySealed: string | null;
  phoneSealed: string | null;
  gender: string | null;
  ethnicity: string | null;
  nationality: string;
  nameKey: string | null;
  identityKey: string | null;
}

/** A matter (vụ việc): one content of a petition, with its stored status and next due date. */
export interface MatterTable {
  id: string;
  petitionId: string;
  unitId: string;
  position: number;
  contentClass: string;
  field: string;
  summary: string;
  subjectJson: string | null;
  round: number;
  isRemote: number;
  withinCompetence: number;
  competence: string;
  status: string;
  complexityJson: string;
  suggestedDirection: string;
  learnedOfActOn: string | null;
  repeatOfMatterId: string | null;
  firstTimeMatterId: string | null;
  officerId: string | null;
  nextDueOn: string | null;
  nextRule: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Append-only event history of a matter (the input of computeClocks). */
export interface MatterEventTable {
  matterId: string;
  seq: number;
  type: string;
  date: string;
  dataJson: string | null;
  recordedAt: string;
  recordedBy: string | null;
}

export interface MatterActionTable {
  id: string;
  matterId: string;
  action: string;
  step: string;
  direction: string | null;
  actedOn: string;
  documentNumber: string | null;
  documentDate: string | null;
  documentSigner: string | null;
  inputJson: string;
  actorId: string | null;
  actorName: string;
  recordedAt: string;
}

export interface DB {
  holidaySchedule: HolidayScheduleTable;
  deadlineRuleOverride: DeadlineRuleOverrideTable;
  orgUnit: OrgUnitTable;
  successionEvent: SuccessionEventTable;
  successionLink: SuccessionLinkTable;
  appUser: AppUserTable;
  loginFailure: LoginFailureTable;
  roleGrant: RoleGrantTable;
  userSession: UserSessionTable;
  apiToken: ApiTokenTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
  appMeta: AppMetaTable;
  registerCounter: RegisterCounterTable;
  attachmentBlob: AttachmentBlobTable;
  attachment: AttachmentTable;
  citizen: CitizenTable;
  receptionSession: ReceptionSessionTable;
  receptionTurn: ReceptionTurnTable;
  receptionTurnCitizen: ReceptionTurnCitizenTable;
  receptionMatter: ReceptionMatterTable;
  petition: PetitionTable;
  petitionSigner: PetitionSignerTable;
  matter: MatterTable;
  matterEvent: MatterEventTable;
  matterAction: MatterActionTable;
}
