import type { Kysely } from 'kysely';
import { createSearchIndexTable, dropSearchIndexTable } from './search-index.ddl';

// Citizen reception (rules F; reception book Mẫu 03/TCD; form 01/TCD).
// citizen: a person received, found and reused on a later visit. Not a protected identity: reception records the
//   citizen in the open (a denouncer's protected identity belongs to the petition feature's sealed columns).
//   The identity document number is unique per document kind where present; `name_folded` and `phone_digits`
//   find a returning citizen who brought no document. Lookup as one types is served by `citizen_search`
//   (one entry per citizen and unit that received them, so a unit sees only the citizens it received).
// reception_session: one sitting (regular / periodic / unscheduled; in person / online; who presided).
// reception_turn: one visit (registration number from the `reception-turn` register of the unit), its people, its
//   matters. reception_matter.petition_id will point at the petition the turn produced (petition feature, no
//   foreign key yet); repeat_of_matter_id points at the earlier matter (no foreign key: it may be a petition's).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizen')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('full_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_folded', 'varchar(200)', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('identity_kind', 'varchar(40)')
    .addColumn('identity_number', 'varchar(40)')
    .addColumn('identity_issued_on', 'varchar(10)')
    .addColumn('identity_issued_by', 'varchar(200)')
    .addColumn('phone', 'varchar(30)')
    .addColumn('phone_digits', 'varchar(30)')
    .addColumn('gender', 'varchar(10)')
    .addColumn('ethnicity', 'varchar(3)')
    .addColumn('nationality', 'varchar(2)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  // NULLs never collide in a unique index, on either engine: citizens without a document are not constrained.
  await db.schema.createIndex('citizen_identity_uq').unique().on('citizen').columns(['identity_kind', 'identity_number']).execute();
  await db.schema.createIndex('citizen_phone_idx').on('citizen').columns(['phone_digits', 'name_folded']).execute();
  await createSearchIndexTable(db, 'citizen_search');

  await db.schema
    .createTable('reception_session')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('form', 'varchar(20)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('presided_by', 'varchar(20)', (c) => c.notNull())
    .addColumn('head_user_id', 'varchar(40)', (c) => c.references('app_user.id'))
    .addColumn('presider_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('presider_position', 'varchar(200)')
    // The deputy's written authorisation (JSON: number, date, signer, title, attachmentId).
    .addColumn('authorisation', 'text')
    .addColumn('place', 'varchar(300)')
    // Online: the day the notice was sent, and the latest day it was due (Decree 154/2026 Art. 23).
    .addColumn('notice_sent_on', 'varchar(10)')
    .addColumn('notice_due_on', 'varchar(10)')
    .addColumn('note', 'text')
    .addColumn('created_by', 'varchar(40)', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reception_session_unit_date_idx').on('reception_session').columns(['unit_id', 'date']).execute();
  await db.schema.createIndex('reception_session_head_date_idx').on('reception_session').columns(['head_user_id', 'date']).execute();

  await db.schema
    .createTable('reception_turn')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(40)', (c) => c.notNull().references('reception_session.id'))
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('register_year', 'integer', (c) => c.notNull())
    .addColumn('register_sequence', 'integer', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('is_group', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    // The class of the turn's first matter (a mixed turn counts under its first content, like a mixed petition).
    .addColumn('content_class', 'varchar(20)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'varchar(40)', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('reception_turn_number_uq', ['unit_id', 'register_year', 'register_sequence'])
    .execute();
  await db.schema.createIndex('reception_turn_session_idx').on('reception_turn').column('session_id').execute();
  await db.schema.createIndex('reception_turn_unit_date_idx').on('reception_turn').columns(['unit_id', 'date']).execute();

  await db.schema
    .createTable('reception_turn_citizen')
    .addColumn('turn_id', 'varchar(40)', (c) => c.notNull().references('reception_turn.id'))
    .addColumn('citizen_id', 'varchar(40)', (c) => c.notNull().references('citizen.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_representative', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reception_turn_citizen_pk', ['turn_id', 'citizen_id'])
    .execute();
  await db.schema.createIndex('reception_turn_citizen_citizen_idx').on('reception_turn_citizen').column('citizen_id').execute();

  await db.schema
    .createTable('reception_matter')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('turn_id', 'varchar(40)', (c) => c.notNull().references('reception_turn.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('content_class', 'varchar(20)', (c) => c.notNull())
    .addColumn('field', 'varchar(40)', (c) => c.notNull())
    .addColumn('within_competence', 'integer', (c) => c.notNull())
    .addColumn('repeat_of_matter_id', 'varchar(40)')
    // Bodies that already handled it (JSON array; reception book column 8).
    .addColumn('prior_resolutions', 'text', (c) => c.notNull())
    .addColumn('outcome', 'varchar(30)', (c) => c.notNull())
    .addColumn('guided_to_body_name', 'varchar(300)')
    .addColumn('guided_to_unit_id', 'varchar(80)')
    .addColumn('guidance_document', 'text')
    .addColumn('refusal_ground', 'varchar(40)')
    .addColumn('refusal_notice_due_on', 'varchar(10)')
    // The petition received at the turn (petition feature; a foreign key is added when its table exists).
    .addColumn('petition_id', 'varchar(40)')
    .execute();
  await db.schema.createIndex('reception_matter_turn_idx').on('reception_matter').column('turn_id').execute();
  await db.schema.createIndex('reception_matter_repeat_idx').on('reception_matter').column('repeat_of_matter_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reception_matter').ifExists().execute();
  await db.schema.dropTable('reception_turn_citizen').ifExists().execute();
  await db.schema.dropTable('reception_turn').ifExists().execute();
  await db.schema.dropTable('reception_session').ifExists().execute();
  await dropSearchIndexTable(db, 'citizen_search');
  await db.schema.dropTable('citizen').ifExists().execute();
}
