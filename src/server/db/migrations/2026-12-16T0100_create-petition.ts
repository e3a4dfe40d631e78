import type { Kysely } from 'kysely';
import { createSearchIndexTable, dropSearchIndexTable } from './search-index.ddl';

// Petitions (đơn), their signers, their matters (vụ việc, one per content) and each matter's history.
// petition: the registered letter, numbered per receiving unit and year (register_counter, kind 'petition').
// petition_signer: who signed. A denouncer's identity (name, address, identity document, phone) is stored only as
//   field-crypto envelopes in the *_sealed columns (rules E5); the plain columns stay null for them.
// matter: one per content; `next_due_on`/`next_rule` hold the earliest running deadline of an open matter, indexed so
//   "what is due" is an index range, not a scan.
// matter_event: append-only, the event history computeClocks takes. matter_action: the actions with their documents.
// petition_search: the search index (folded, non-protected text only).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('petition')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('register_year', 'integer', (c) => c.notNull())
    .addColumn('register_sequence', 'integer', (c) => c.notNull())
    .addColumn('channel', 'varchar(30)', (c) => c.notNull())
    .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('written_on', 'varchar(10)')
    .addColumn('reception_turn_id', 'varchar(80)')
    .addColumn('filer_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_name', 'text')
    .addColumn('primary_class', 'varchar(20)', (c) => c.notNull())
    .addColumn('is_anonymous', 'integer', (c) => c.notNull())
    .addColumn('is_eligible', 'integer', (c) => c.notNull())
    // JSON array of rule C2 reason codes (empty when eligible).
    .addColumn('ineligibility_json', 'text', (c) => c.notNull())
    // JSON: eligibility facts, forwarding letter, prior resolutions, representative appointment, attachments, note.
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('next_due_on', 'varchar(10)')
    .addColumn('created_by', 'varchar(40)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('petition_register_uq', ['unit_id', 'register_year', 'register_sequence'])
    .execute();
  await db.schema.createIndex('petition_unit_received_idx').on('petition').columns(['unit_id', 'received_on']).execute();
  await db.schema.createIndex('petition_next_due_idx').on('petition').column('next_due_on').execute();

  await db.schema
    .createTable('petition_signer')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('petition_id', 'varchar(40)', (c) => c.notNull().references('petition.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_representative', 'integer', (c) => c.notNull())
    .addColumn('is_protected', 'integer', (c) => c.notNull())
    .addColumn('protection_waived', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('address', 'text')
    .addColumn('identity_json', 'text')
    .addColumn('phone', 'varchar(40)')
    .addColumn('full_name_sealed', 'text')
    .addColumn('address_sealed', 'text')
    .addColumn('identity_sealed', 'text')
    .addColumn('phone_sealed', 'text')
    // Not protected (Decree 154/2026 Art. 12(1) columns that identify nobody alone).
    .addColumn('gender', 'varchar(10)')
    .addColumn('ethnicity', 'varchar(3)')
    .addColumn('nationality', 'varchar(2)', (c) => c.notNull())
    // Folded name and identity number of a signer that is not protected: find a returning petitioner (rule C6).
    // Null for a protected denouncer (nothing derived from the identity is stored in the clear).
    .addColumn('name_key', 'varchar(200)')
    .addColumn('identity_key', 'varchar(40)')
    .execute();
  await db.schema.createIndex('petition_signer_petition_idx').on('petition_signer').column('petition_id').execute();
  await db.schema.createIndex('petition_signer_name_idx').on('petition_signer').column('name_key').execute();
  await db.schema.createIndex('petition_signer_identity_idx').on('petition_signer').column('identity_key').execute();

  await db.schema
    .createTable('matter')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('petition_id', 'varchar(40)', (c) => c.notNull().references('petition.id'))
    .addColumn('unit_id', 'varchar(80)', (c) => c.notNull().references('org_unit.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content_class', 'varchar(20)', (c) => c.notNull())
    .addColumn('field', 'varchar(40)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('subject_json', 'text')
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('is_remote', 'integer', (c) => c.notNull())
    .addColumn('within_competence', 'integer', (c) => c.notNull())
    .addColumn('competence', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('complexity_json', 'text', (c) => c.notNull())
    .addColumn('suggested_direction', 'varchar(20)', (c) => c.notNull())
    .addColumn('learned_of_act_on', 'varchar(10)')
    .addColumn('repeat_of_matter_id', 'varchar(40)', (c) => c.references('matter.id'))
    .addColumn('first_time_matter_id', 'varchar(40)', (c) => c.references('matter.id'))
    .addColumn('officer_id', 'varchar(40)')
    .addColumn('next_due_on', 'varchar(10)')
    .addColumn('next_rule', 'varchar(80)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('matter_petition_idx').on('matter').column('petition_id').execute();
  await db.schema.createIndex('matter_next_due_idx').on('matter').columns(['next_due_on', 'next_rule']).execute();
  await db.schema.createIndex('matter_unit_due_idx').on('matter').columns(['unit_id', 'next_due_on']).execute();
  await db.schema.createIndex('matter_repeat_idx').on('matter').column('repeat_of_matter_id').execute();

  await db.schema
    .createTable('matter_event')
    .addColumn('matter_id', 'varchar(40)', (c) => c.notNull().references('matter.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    // JSON of the event's extra fields (days, criteria, decisionDate), or null.
    .addColumn('data_json', 'text')
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(40)')
    .addPrimaryKeyConstraint('matter_event_pk', ['matter_id', 'seq'])
    .execute();

  await db.schema
    .createTable('matter_action')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('matter_id', 'varchar(40)', (c) => c.notNull().references('matter.id'))
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('step', 'varchar(30)', (c) => c.notNull())
    .addColumn('direction', 'varchar(20)')
    .addColumn('acted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('document_number', 'varchar(80)')
    .addColumn('document_date', 'varchar(10)')
    .addColumn('document_signer', 'text')
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(40)')
    .addColumn('actor_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('matter_action_matter_idx').on('matter_action').column('matter_id').execute();

  await createSearchIndexTable(db, 'petition_search');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropSearchIndexTable(db, 'petition_search');
  for (const table of ['matter_action', 'matter_event', 'matter', 'petition_signer', 'petition']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
