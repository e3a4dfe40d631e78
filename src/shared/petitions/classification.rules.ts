/**
 * Classifying a petition (rules C1–C3, C5–C7): one matter per content, eligibility with the five reason codes,
 * the direction a matter outside competence takes, anonymous denunciations, transfer once, what makes a repeat, and
 * the representatives of many complainants. Pure: the service loads the facts and stores the results.
 */
import type { IsoDate } from '../calendar/iso-date';
import { foldForSearch } from '../text/fold';
import type { ContentClass, HandlingDirection, IneligibilityReason } from './catalogues';
import type { EligibilityFacts, MatterDraft, MatterState } from './petitions.schemas';
import { ok, refuse, src, SOURCES, type RuleResult } from './rule-result';

/** The class a petition is counted under in the XLD forms: that of its first content (the officer orders them). */
export const primaryClassOf = (contents: readonly Pick<MatterDraft, 'contentClass'>[]): ContentClass => contents[0]!.contentClass;

/**
 * One matter per content (rules C1; Decree 154/2026 Art. 14(4)): each content starts its own matter and clocks.
 * Two contents of the same class and the same (folded) summary are one content, so they are refused.
 */
export function splitIntoMatters(contents: readonly MatterDraft[], receivedOn: IsoDate): RuleResult<MatterState[]> {
  const seen = new Map<string, number>();
  for (const [index, content] of contents.entries()) {
    const key = `${content.contentClass}|${foldForSearch(content.summary)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return refuse(
        'DUPLICATE_CONTENT',
        { vi: `Nội dung ${index + 1} trùng với nội dung ${earlier + 1}: mỗi vụ việc là một nội dung`, en: `Content ${index + 1} repeats content ${earlier + 1}: one matter per content` },
        SOURCES.decree154Art14,
        { index, earlier },
        'PETITION_INVALID',
      );
    }
    seen.set(key, index);
  }
  return ok(contents.map((c) => newMatterState(c, receivedOn)));
}

/** A matter as intake creates it: received, with the events that start its clocks. */
export function newMatterState(content: MatterDraft, receivedOn: IsoDate): MatterState {
  const learned = content.contentClass === 'complaint' && content.learnedOfActOn ? [{ type: 'learned-of-act' as const, date: content.learnedOfActOn }] : [];
  return {
    contentClass: content.contentClass,
    round: content.contentClass === 'complaint' && content.firstTimeMatterId ? 2 : 1,
    remote: content.remote,
    withinCompetence: content.withinCompetence,
    status: 'received',
    complexity: [],
    events: [...learned, { type: 'received', date: receivedOn }],
  };
}

export interface EligibilityContext {
  withinCompetence: boolean;
  /** The same content was already guided once (Circular 05/2021 Art. 8(1)). */
  guidedBefore: boolean;
}

/**
 * Eligibility for handling (rules C2; Circular 05/2021/TT-TTCP, Art. 6(2)): eligible, or not with every reason that
 * applies, in code order. Reason 2 concerns only a recipient that is not the competent one.
 */
export function checkEligibility(facts: EligibilityFacts, context: EligibilityContext): RuleResult<true> {
  const reasons: IneligibilityReason[] = [];
  const complete = facts.inVietnameseOrTranslated && facts.dated && facts.hasNameAndAddress && facts.signedOrFingerprinted && facts.hasContentElements;
  if (!complete) reasons.push('missing-elements');
  if (facts.sentToSeveralBodies && !context.withinCompetence) reasons.push('sent-to-several-bodies');
  if (context.guidedBefore) reasons.push('already-guided');
  if (facts.improperContent) reasons.push('improper-content');
  if (!facts.legible) reasons.push('illegible');
  if (reasons.length === 0) return ok(true);
  return refuse(
    reasons[0] === 'missing-elements' ? 'MISSING_ELEMENTS' : 'NOT_ELIGIBLE',
    { vi: `Đơn không đủ điều kiện xử lý (lý do: ${reasons.join(', ')})`, en: `The petition is not eligible for handling (reasons: ${reasons.join(', ')})` },
    SOURCES.circular05Art6,
    { reasons },
    'PETITION_NOT_ELIGIBLE',
  );
}

export interface AnonymousDenunciationFacts {
  /** The violator is named clearly. */
  violatorNamed: boolean;
  /** Specific documents or evidence come with it. */
  hasEvidence: boolean;
  /** There are grounds to verify it. */
  verifiable: boolean;
}

/**
 * An anonymous or pseudonymous denunciation is not handled as a denunciation (rules C3; Law on Denunciations 2018,
 * Art. 25): it goes to inspection within competence only when the violator is named, with specific evidence and
 * grounds to verify it; otherwise it is filed.
 */
export function classifyAnonymousDenunciation(facts: AnonymousDenunciationFacts): { direction: 'inspect' | 'file'; source: typeof SOURCES.anonymous } {
  const inspect = facts.violatorNamed && facts.hasEvidence && facts.verifiable;
  return { direction: inspect ? 'inspect' : 'file', source: SOURCES.anonymous };
}

export interface CompetenceFacts {
  contentClass: ContentClass;
  withinCompetence: boolean;
  /** The competent body is a subordinate of the recipient and is past its limit on this matter. */
  subordinateOverdue: boolean;
  /** A direct subordinate is competent (the recipient may urge it instead of transferring). */
  subordinateCompetent: boolean;
}

const DIRECTION_SOURCES = {
  accept: SOURCES.handling,
  urge: SOURCES.urge,
  guide: src('Thông tư 05/2021/TT-TTCP, Điều 8 khoản 1', 'Circular 05/2021/TT-TTCP, Art. 8(1)'),
  transfer: src('Luật Tố cáo 2018, Điều 24 khoản 2; Thông tư 05/2021/TT-TTCP, Điều 14', 'Law on Denunciations 2018, Art. 24(2); Circular 05/2021/TT-TTCP, Art. 14'),
} as const;

/**
 * The direction a matter takes by competence (rules C4, C5): accept within competence; urge an overdue subordinate
 * (Circular 05/2021 Art. 14(2)); otherwise guide a complainant (complaints go to the competent body by the complainant,
 * so the 2024 forms count them guided or urged, never transferred) and transfer denunciations, proposals and
 * reflections to the competent body.
 */
export function suggestDirection(facts: CompetenceFacts): { direction: Extract<HandlingDirection, 'accept' | 'urge' | 'guide' | 'transfer'>; source: { vi: string; en: string } } {
  const direction = facts.withinCompetence
    ? 'accept'
    : facts.subordinateCompetent && facts.subordinateOverdue
      ? 'urge'
      : facts.contentClass === 'complaint'
        ? 'guide'
        : 'transfer';
  return { direction, source: DIRECTION_SOURCES[direction] };
}

/**
 * A denunciation of the same content is transferred only once (rules C5; Law on Denunciations 2018, Art. 24;
 * Circular 05/2021 Art. 14(1)): `earlierTransfers` counts transfers of matters linked to this one as repeats.
 */
export function checkTransferOnce(contentClass: ContentClass, earlierTransfers: number): RuleResult<true> {
  if (contentClass !== 'denunciation' || earlierTransfers === 0) return ok(true);
  return refuse(
    'TRANSFER_ONCE',
    { vi: 'Tố cáo cùng nội dung đã được chuyển đơn một lần, không chuyển lại', en: 'A denunciation of the same content was already transferred once; it is not transferred again' },
    SOURCES.circular05Art14,
    { earlierTransfers },
  );
}

/** What two petitions are compared on to find a repeat (rules C6). Built by the service from stored rows. */
export interface RepeatKey {
  /** Citizen ids and folded identity numbers of the petitioners. */
  petitioners: readonly string[];
  /** The body the petition was sent to. */
  targetUnitId: string;
  contentClass: ContentClass;
  summary: string;
}

/** Folded, de-duplicated words of a summary (accent-insensitive, `đ` = `d`, order ignored); words under 2 letters dropped. */
export const contentTokens = (summary: string): Set<string> =>
  new Set(foldForSearch(summary).split(/[^a-z0-9]+/).filter((w) => w.length >= 2));

/** Share of words two summaries have in common (Jaccard index, 0–1). */
export function contentSimilarity(a: string, b: string): number {
  const x = contentTokens(a);
  const y = contentTokens(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** Similarity from which two contents count as the same (tunable; the officer confirms every link). */
export const SAME_CONTENT_THRESHOLD = 0.6;

/**
 * Same petitioner(s), same content, same target body: a repeat, linked to the earlier matter and counted as a repeat,
 * never as a new matter (rules C6). Petitioners match when they share one person; content when similar enough.
 */
export function isRepeat(earlier: RepeatKey, later: RepeatKey, threshold = SAME_CONTENT_THRESHOLD): boolean {
  const people = new Set(earlier.petitioners);
  return (
    earlier.targetUnitId === later.targetUnitId &&
    earlier.contentClass === later.contentClass &&
    later.petitioners.some((p) => people.has(p)) &&
    contentSimilarity(earlier.summary, later.summary) >= threshold
  );
}

/** A group (đoàn đông người): five or more people on one content (rules F1, C7). */
export const GROUP_MIN_PEOPLE = 5;
export const isGroup = (people: number): boolean => people >= GROUP_MIN_PEOPLE;

/** Representatives many people must appoint (Law on Citizen Reception 2013, Art. 29): 5–10: 1–2; over 10: 1–5. */
export function representativesAllowed(people: number): { min: number; max: number } {
  if (people < GROUP_MIN_PEOPLE) return { min: 0, max: people };
  return people <= 10 ? { min: 1, max: 2 } : { min: 1, max: 5 };
}

export interface RepresentationFacts {
  people: number;
  representatives: number;
  /** The written appointment signed by all (a complaint also needs every complainant's signature on it). */
  hasAppointment: boolean;
}

/**
 * Many people on one content appoint representatives within the limits of Law 42/2013 Art. 29, in writing; a complaint
 * by many is accepted only with that appointment (rules C7; Decree 124/2020 Art. 6 as amended by Decree 155/2026).
 */
export function checkRepresentation(facts: RepresentationFacts): RuleResult<true> {
  const { min, max } = representativesAllowed(facts.people);
  if (facts.representatives < min || facts.representatives > max) {
    return refuse(
      'REPRESENTATIVES_OUT_OF_RANGE',
      {
        vi: `${facts.people} người cùng nội dung phải cử từ ${min} đến ${max} người đại diện (đã cử ${facts.representatives})`,
        en: `${facts.people} people on one content appoint ${min} to ${max} representatives (${facts.representatives} appointed)`,
      },
      SOURCES.receptionArt29,
      { people: facts.people, representatives: facts.representatives, min, max },
      'PETITION_INVALID',
    );
  }
  if (facts.people >= GROUP_MIN_PEOPLE && !facts.hasAppointment) {
    return refuse(
      'APPOINTMENT_MISSING',
      { vi: 'Thiếu văn bản cử người đại diện có chữ ký của tất cả những người khiếu nại', en: 'The written appointment of representatives signed by all is missing' },
      SOURCES.receptionArt29,
      { people: facts.people },
      'PETITION_INVALID',
    );
  }
  return ok(true);
}
