import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PetitionCreateSchema } from '../../shared/petitions/petitions.schemas';
import { SYSTEM_ACTOR } from '../auth/actor';
import { loadConfig } from '../config';
import { createDeps } from '../deps';
import { petitionInput } from '../test/factories';
import { freshFieldCrypto, leakedForms, openScratchDatabase, readDatabaseFiles, type ScratchDatabase } from '../test/scratch-protected';
import { testEngines } from '../test/test-db';
import { ephemeralKey } from '../secrets/key-file';
import { fixedTime } from '../time-source';
import { createOrgUnit } from '../org-units/org-units.service';
import { registerPetition } from './petition-intake.service';

const NAME = 'Đặng Thị Phương Thảo';
const ADDRESS = 'xóm Đồng Mưng, xã Cẩm Thạch';
const CONTROL = 'Tố cáo chủ tịch xã Lê Hữu Nghĩa';

/** A denouncer's identity, registered through the real intake, never reaches the database files in any form. */
describe.each(testEngines())('denouncer identity at rest on %s', (engine) => {
  let scratch: ScratchDatabase;
  beforeEach(async () => {
    scratch = await openScratchDatabase(engine);
    const deps = createDeps({
      database: scratch.database,
      config: loadConfig({ WEB_DIST_DIR: '/nonexistent' }),
      time: fixedTime('2026-11-25T03:00:00.000Z'),
      auditKey: ephemeralKey('audit key'),
      fieldCrypto: freshFieldCrypto(),
    });
    const unit = await createOrgUnit(deps, SYSTEM_ACTOR, { id: 'X1', code: null, nameVi: 'Xã Cẩm Tú', nameEn: null, kind: 'commune', level: 'commune', parentId: null, validFrom: null, validTo: null, note: null });
    await registerPetition(
      deps,
      SYSTEM_ACTOR,
      PetitionCreateSchema.parse(
        petitionInput(unit.id, {
          signers: [{ citizen: { fullName: NAME, address: ADDRESS, identity: { kind: 'citizen-id', number: '038190001234' } } }],
          contents: [{ contentClass: 'denunciation', field: 'corruption', summary: CONTROL, withinCompetence: true, competence: 'administrative' }],
        }),
      ),
    );
  });
  afterEach(async () => scratch.close());

  it.runIf(engine === 'sqlite')('never writes the name, address or document number to the SQLite file or its WAL', () => {
    const check = (stage: string) => {
      const files = readDatabaseFiles(scratch);
      expect(Buffer.concat([...files.values()]).includes(Buffer.from(CONTROL, 'utf8')), `${stage}: control text`).toBe(true);
      for (const [file, bytes] of files) {
        for (const secret of [NAME, ADDRESS, '038190001234']) expect(leakedForms(bytes, secret), `${stage}: ${file}`).toEqual([]);
      }
    };
    check('before checkpoint');
    scratch.database.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    check('after checkpoint');
  });

  it.runIf(engine === 'postgres')('stores none of it in any petition, signer, search or audit row on PostgreSQL', async () => {
    const tables = ['petition', 'petition_signer', 'matter', 'matter_event', 'petition_search', 'audit_log'];
    const dump = [];
    for (const t of tables) dump.push(JSON.stringify((await sql.raw(`select * from ${t}`).execute(scratch.database.db)).rows));
    const all = Buffer.from(dump.join('\n'), 'utf8');
    expect(all.includes(Buffer.from(CONTROL, 'utf8'))).toBe(true);
    for (const secret of [NAME, ADDRESS, '038190001234']) expect(leakedForms(all, secret)).toEqual([]);
  });
});
