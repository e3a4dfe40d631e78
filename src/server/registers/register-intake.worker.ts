/**
 * A stand-in for one server process doing intakes, for registers.concurrency.test.ts: opens the SQLite file given on
 * the command line with its own connection, gives `count` entries a number through the real write path (with an
 * audit entry, as an intake would), rolls back every `rollbackEvery`-th one after numbering, and prints the numbers
 * it committed as
 * one JSON line. It starts when told to (a line on stdin), so that all the processes run at once. Run with `node --import tsx`.
 */
import { SYSTEM_ACTOR } from '../auth/actor';
import { createAuthorizer } from '../auth/authorize';
import { systemTime } from '../time-source';
import { createDatabase } from '../db/database';
import { write } from '../db/write';
import { decodeKey, keyFingerprint } from '../secrets/key-file';
import { assignRegisterNumber } from './registers.service';

const [file, unitId, countText, rollbackText, keyText, label] = process.argv.slice(2);
const bytes = decodeKey(keyText ?? '');
if (!file || !unitId || !bytes) throw new Error('usage: register-intake.worker.ts FILE UNIT COUNT ROLLBACK_EVERY KEY LABEL');
const database = createDatabase({ engine: 'sqlite', file });
const deps = {
  db: database.db,
  time: systemTime,
  authz: createAuthorizer(database.db),
  auditKey: { name: 'audit key', bytes, fingerprint: keyFingerprint(bytes), source: 'test' },
};
const rollbackEvery = Number(rollbackText);
// Start together: say ready, wait for the parent's go.
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
const committed: number[] = [];
let rolledBack = 0;
// Audit entries of a test file nobody reads: not actions of the application, so they have no labels.
const action = `test.${label}`;
const entityType = 'test-intake';
for (let i = 1; i <= Number(countText); i++) {
  try {
    const n = await write(deps, SYSTEM_ACTOR, async (w) => {
      const number = await assignRegisterNumber(w, { unitId, kind: 'petition' });
      await w.audit({ action, entityType, entityId: `${label}-${i}`, unitId, after: number });
      if (i % rollbackEvery === 0) throw new Error('rolled back on purpose');
      return number.sequence;
    });
    committed.push(n);
  } catch (error) {
    if ((error as Error).message !== 'rolled back on purpose') throw error;
    rolledBack++;
  }
}
await database.close();
process.stdout.write(`${JSON.stringify({ committed, rolledBack })}\n`);
