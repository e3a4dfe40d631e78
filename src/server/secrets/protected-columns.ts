import { type FieldContext, fieldContext } from './field-crypto';

/**
 * A database column holding values sealed by `field-crypto.ts`. A feature declares its protected columns with
 * `defineProtectedColumn` beside its repository and adds them to `PROTECTED_COLUMNS`, the one list that
 * `oversight secrets rotate` re-seals; it seals and opens each value with `protectedColumnContext(column, id)`, so
 * the associated data at rotation is the one used when the value was written.
 */
export interface ProtectedColumn {
  /** Table, key and column as the code names them (camelCase; the database has them in snake_case). */
  table: string;
  idColumn: string;
  column: string;
  /** `text`: text envelopes (strings and JSON) in a text column; `bytes`: binary envelopes in a BLOB / BYTEA column. */
  storage: 'text' | 'bytes';
  /** Names in the associated data: row `id`'s value is bound to `entity:id:field`. */
  entity: string;
  field: string;
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

export function defineProtectedColumn(column: ProtectedColumn): ProtectedColumn {
  for (const name of [column.table, column.idColumn, column.column]) {
    if (!IDENTIFIER.test(name)) throw new TypeError(`defineProtectedColumn: "${name}" is not a camelCase identifier`);
  }
  fieldContext(column.entity, 'check', column.field);
  return Object.freeze({ ...column });
}

/** Where the value of row `id` of `column` belongs (its associated data). */
export function protectedColumnContext(column: ProtectedColumn, id: string | number): FieldContext {
  return fieldContext(column.entity, id, column.field);
}

export const describeColumn = (column: ProtectedColumn): string => `${column.table}.${column.column}`;

/**
 * Every protected column of the application, re-sealed by `oversight secrets rotate`. The petitions feature adds
 * its denouncer identity columns here (name, address, identity document, contact, handwriting attachments).
 */
const signerColumn = (column: string, field: string) =>
  defineProtectedColumn({ table: 'petitionSigner', idColumn: 'id', column, storage: 'text', entity: 'petition-signer', field });

/** A denouncer's identity on a petition (rules E5): name, address, identity document (JSON) and phone. */
export const SIGNER_NAME = signerColumn('fullNameSealed', 'denouncerName');
export const SIGNER_ADDRESS = signerColumn('addressSealed', 'denouncerAddress');
export const SIGNER_IDENTITY = signerColumn('identitySealed', 'denouncerIdentityDocument');
export const SIGNER_PHONE = signerColumn('phoneSealed', 'denouncerPhone');

export const PROTECTED_COLUMNS: readonly ProtectedColumn[] = [SIGNER_NAME, SIGNER_ADDRESS, SIGNER_IDENTITY, SIGNER_PHONE];
