/** Runtime check for `Change` values arriving from a transport: each value is validated in full. */
import { because, CheckError, c, isPlainObject, type Check } from './check.ts';
import { TABLES, projectCheck, type TableName } from './entities.ts';
import type { Change } from './doc.ts';

const idCheck = c.id();

function checkChange(v: unknown, path = ''): Change {
  if (!isPlainObject(v)) throw new CheckError(path, because('check.object'));
  const op = v['op'];
  if (op === 'project') return { op, value: projectCheck(v['value'], `${path}.value`) };
  const table = v['table'];
  if (typeof table !== 'string' || !Object.hasOwn(TABLES, table)) throw new CheckError(`${path}.table`, because('check.unknownTable'));
  const t = table as TableName;
  if (op === 'put') return { op, table: t, value: TABLES[t](v['value'], `${path}.value`) };
  if (op === 'delete') return { op, table: t, id: idCheck(v['id'], `${path}.id`) };
  throw new CheckError(`${path}.op`, because('check.changeOp'));
}

export const changeCheck: Check<Change> = Object.assign(checkChange, { describe: 'wijziging', kind: 'object', nullable: false, optional: false }) as Check<Change>;
export const changesCheck = c.array(changeCheck, { max: 50_000 });
