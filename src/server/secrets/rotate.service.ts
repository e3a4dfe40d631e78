import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../auth/actor';
import type { DB } from '../db/schema';
import { write, type WriteDeps } from '../db/write';
import { type FieldCrypto, FieldCryptoError } from './field-crypto';
import { describeColumn, type ProtectedColumn, protectedColumnContext } from './protected-columns';

export interface RotationDeps extends WriteDeps {
  fieldCrypto: FieldCrypto;
}

export interface ColumnRotation {
  column: string;
  /** Values found (non-null), every one authenticated. */
  values: number;
  /** Of them, sealed under a previous key and now re-sealed under the current one. */
  resealed: number;
  /** How many values each key id held before the rotation. */
  byKey: Record<string, number>;
}

export interface RotationReport {
  keyId: string;
  retiredKeyIds: string[];
  columns: ColumnRotation[];
  dryRun: boolean;
}

const PAGE = 500;

/**
 * Re-seals, in one transaction, every value of the protected columns that is sealed under a previous key, after
 * authenticating every value (one altered or moved value anywhere stops the rotation and changes nothing, naming
 * its record). One audit entry records the key ids and the counts, never a value or a ciphertext. `dryRun` only
 * counts. Values written meanwhile by a server still running the old key stay readable under it; run it again after
 * every server has the new key.
 */
export async function rotateEncryptedColumns(
  deps: RotationDeps,
  actor: Actor,
  columns: readonly ProtectedColumn[],
  options: { dryRun?: boolean } = {},
): Promise<RotationReport> {
  const crypto = deps.fieldCrypto;
  const dryRun = options.dryRun === true;
  return write(deps, actor, async (w) => {
    const report: RotationReport = { keyId: crypto.currentKeyId, retiredKeyIds: crypto.keyIds.slice(1), columns: [], dryRun };
    for (const column of columns) report.columns.push(await rotateColumn(w.trx, crypto, column, dryRun));
    if (!dryRun) {
      await w.audit({
        action: 'secrets.rotate',
        entityType: 'encryption-key',
        entityId: crypto.currentKeyId,
        unitId: null,
        after: {
          keyId: crypto.currentKeyId,
          retiredKeyIds: report.retiredKeyIds,
          columns: report.columns.map((c) => `${c.column}: ${c.resealed}/${c.values}`),
        },
      });
    }
    return report;
  });
}

async function rotateColumn(trx: Transaction<DB>, crypto: FieldCrypto, column: ProtectedColumn, dryRun: boolean): Promise<ColumnRotation> {
  // The columns are named at run time (the registry), so this query is untyped; names are checked identifiers.
  const db = trx as unknown as Kysely<any>;
  const result: ColumnRotation = { column: describeColumn(column), values: 0, resealed: 0, byKey: {} };
  let after: string | number | null = null;
  for (;;) {
    let query = db
      .selectFrom(column.table)
      .select([`${column.idColumn} as id`, `${column.column} as value`])
      .where(column.column, 'is not', null)
      .orderBy(column.idColumn)
      .limit(PAGE);
    if (after !== null) query = query.where(column.idColumn, '>', after);
    const rows = (await query.execute()) as Array<{ id: string | number; value: string | Uint8Array }>;
    for (const row of rows) {
      const context = protectedColumnContext(column, row.id);
      if ((column.storage === 'text') !== (typeof row.value === 'string')) throw new FieldCryptoError('malformed', context, null);
      const keyId = crypto.keyIdOf(row.value, context);
      result.values += 1;
      result.byKey[keyId] = (result.byKey[keyId] ?? 0) + 1;
      const fresh = crypto.reseal(context, row.value);
      if (keyId === crypto.currentKeyId) continue;
      result.resealed += 1;
      if (!dryRun) await db.updateTable(column.table).set({ [column.column]: fresh }).where(column.idColumn, '=', row.id).execute();
    }
    if (rows.length < PAGE) return result;
    after = rows[rows.length - 1]!.id;
  }
}
