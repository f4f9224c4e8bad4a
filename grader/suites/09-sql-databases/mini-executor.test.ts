import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate, type Expr, filter, hashJoin, limit, project, type Row, scan, sort, type SortKey } from '@impl/09-sql-databases/mini-executor';
import { openDb, type Sqlite } from './_kit.ts';

// Differential tests: each operator against the same query run by SQLite on the same tables.

const intOrNull = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(null));
const arbL = fc.array(fc.record({ l_a: intOrNull, l_b: fc.constantFrom('x', 'y', 'z', null) }), { maxLength: 12 }).map((rs) => rs.map((r, i) => ({ l_id: i + 1, ...r })));
const arbR = fc.array(fc.record({ r_a: intOrNull, r_c: fc.constantFrom('p', 'q', null) }), { maxLength: 10 }).map((rs) => rs.map((r, i) => ({ r_id: i + 1, ...r })));

const numExpr: fc.Arbitrary<Expr> = fc.oneof(fc.constantFrom<Expr>({ col: 'l_a' }, { col: 'l_id' }, { lit: null }), fc.integer({ min: 0, max: 3 }).map((n): Expr => ({ lit: n })));
const strExpr: fc.Arbitrary<Expr> = fc.constantFrom<Expr>({ col: 'l_b' }, { lit: 'x' }, { lit: 'y' }, { lit: null });
const cmpOp = fc.constantFrom('=', '<>', '<', '<=', '>', '>=' as const);
const { pred } = fc.letrec<{ pred: Expr }>((tie) => ({
  pred: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(cmpOp, numExpr, numExpr).map(([op, left, right]): Expr => ({ op, left, right })),
    fc.tuple(cmpOp, strExpr, strExpr).map(([op, left, right]): Expr => ({ op, left, right })),
    fc.oneof(numExpr, strExpr).map((arg): Expr => ({ op: 'isNull', arg })),
    fc.tuple(numExpr, fc.array(numExpr, { minLength: 1, maxLength: 3 })).map(([arg, list]): Expr => ({ op: 'in', arg, list })),
    tie('pred').map((arg): Expr => ({ op: 'not', arg })),
    fc.tuple(fc.constantFrom('and', 'or' as const), tie('pred'), tie('pred')).map(([op, left, right]): Expr => ({ op, left, right })),
  ),
}));

/** The same expression in SQL. */
function toSql(e: Expr): string {
  if ('col' in e) return `"${e.col}"`;
  if ('lit' in e) return e.lit === null ? 'NULL' : typeof e.lit === 'number' ? String(e.lit) : `'${e.lit}'`;
  switch (e.op) {
    case 'not':
      return `(NOT ${toSql(e.arg)})`;
    case 'isNull':
      return `(${toSql(e.arg)} IS NULL)`;
    case 'in':
      return `(${toSql(e.arg)} IN (${e.list.map(toSql).join(', ')}))`;
    case 'and':
    case 'or':
      return `(${toSql(e.left)} ${e.op.toUpperCase()} ${toSql(e.right)})`;
    default:
      return `(${toSql(e.left)} ${e.op} ${toSql(e.right)})`;
  }
}

let db: Sqlite;
beforeEach(() => {
  db = openDb();
  db.exec('CREATE TABLE l (l_id INTEGER PRIMARY KEY, l_a INTEGER, l_b TEXT); CREATE TABLE r (r_id INTEGER PRIMARY KEY, r_a INTEGER, r_c TEXT);');
});
afterEach(() => db.close());

function load(L: Row[], R: Row[] = []) {
  db.exec('DELETE FROM l; DELETE FROM r;');
  const il = db.prepare('INSERT INTO l VALUES (@l_id, @l_a, @l_b)');
  for (const row of L) il.run(row);
  const ir = db.prepare('INSERT INTO r VALUES (@r_id, @r_a, @r_c)');
  for (const row of R) ir.run(row);
}
const sql = (text: string) => db.prepare(text).all() as Row[];

describe('evaluate (three-valued logic)', () => {
  const row = { a: 1, n: null, s: 'x' };
  const t = { lit: 1 } as Expr;
  const cases: [string, Expr, unknown][] = [
    ['NULL = NULL is unknown', { op: '=', left: { col: 'n' }, right: { lit: null } }, null],
    ['1 <> NULL is unknown', { op: '<>', left: { col: 'a' }, right: { col: 'n' } }, null],
    ['NOT unknown is unknown', { op: 'not', arg: { op: '=', left: { col: 'n' }, right: { lit: 1 } } }, null],
    ['FALSE AND unknown is FALSE', { op: 'and', left: { op: '=', left: { col: 'a' }, right: { lit: 2 } }, right: { op: '=', left: { col: 'n' }, right: t } }, false],
    ['TRUE AND unknown is unknown', { op: 'and', left: { op: '=', left: { col: 'a' }, right: t }, right: { op: '=', left: { col: 'n' }, right: t } }, null],
    ['TRUE OR unknown is TRUE', { op: 'or', left: { op: '=', left: { col: 'a' }, right: t }, right: { op: '=', left: { col: 'n' }, right: t } }, true],
    ['FALSE OR unknown is unknown', { op: 'or', left: { op: '=', left: { col: 'a' }, right: { lit: 2 } }, right: { op: '=', left: { col: 'n' }, right: t } }, null],
    ['NULL IS NULL is TRUE', { op: 'isNull', arg: { col: 'n' } }, true],
    ['1 IN (NULL, 2) is unknown', { op: 'in', arg: { col: 'a' }, list: [{ lit: null }, { lit: 2 }] }, null],
    ['1 IN (NULL, 1) is TRUE', { op: 'in', arg: { col: 'a' }, list: [{ lit: null }, { lit: 1 }] }, true],
    ['NULL IN (1) is unknown', { op: 'in', arg: { col: 'n' }, list: [{ lit: 1 }] }, null],
    ["'x' < 'y' compares text", { op: '<', left: { col: 's' }, right: { lit: 'y' } }, true],
  ];
  for (const [title, e, expected] of cases) {
    it(title, () => {
      expect(evaluate(e, row)).toBe(expected);
    });
  }
});

describe('filter', () => {
  it('keeps exactly the rows SQLite keeps for random WHERE clauses with NULLs (property)', () => {
    fc.assert(
      fc.property(arbL, pred, (L, where) => {
        load(L);
        expect({ where: toSql(where), rows: [...filter(scan(L), where)] }).toEqual({ where: toSql(where), rows: sql(`SELECT * FROM l WHERE ${toSql(where)} ORDER BY l_id`) });
      }),
    );
  });

  it('is lazy: taking the first match pulls rows only up to it', () => {
    let pulled = 0;
    function* rows() {
      for (let i = 0; ; i++) {
        pulled++;
        yield { l_id: i, l_a: i % 5, l_b: null };
      }
    }
    const first = filter(scan(rows()), { op: '=', left: { col: 'l_a' }, right: { lit: 3 } })[Symbol.iterator]().next();
    expect({ first: first.value, pulled }).toEqual({ first: { l_id: 3, l_a: 3, l_b: null }, pulled: 4 });
  });
});

describe('project', () => {
  it('computes columns like a SELECT list, TRUE/FALSE as 1/0 (property)', () => {
    fc.assert(
      fc.property(arbL, pred, (L, e) => {
        load(L);
        const got = [...project(scan(L), { id: { col: 'l_id' }, p: e, b: { col: 'l_b' } })];
        expect({ expr: toSql(e), rows: got }).toEqual({ expr: toSql(e), rows: sql(`SELECT l_id AS id, ${toSql(e)} AS p, l_b AS b FROM l ORDER BY l_id`) });
      }),
    );
  });
});

describe('hashJoin', () => {
  it('returns the rows of an inner equi-join; NULL keys match nothing (property)', () => {
    fc.assert(
      fc.property(arbL, arbR, (L, R) => {
        load(L, R);
        expect([...hashJoin(scan(L), scan(R), { left: 'l_a', right: 'r_a' })]).toEqual(sql('SELECT * FROM l JOIN r ON l.l_a = r.r_a ORDER BY l.l_id, r.r_id'));
      }),
    );
  });

  it('reads the whole right side first, then streams the left side', () => {
    let leftPulled = 0;
    function* left() {
      for (let i = 1; ; i++) {
        leftPulled++;
        yield { l_id: i, l_a: 1, l_b: null };
      }
    }
    const out = hashJoin(left(), [{ r_id: 1, r_a: 1, r_c: 'p' }], { left: 'l_a', right: 'r_a' })[Symbol.iterator]().next();
    expect({ first: out.value, leftPulled }).toEqual({ first: { l_id: 1, l_a: 1, l_b: null, r_id: 1, r_a: 1, r_c: 'p' }, leftPulled: 1 });
  });
});

describe('sort', () => {
  const arbKeys = fc.uniqueArray(fc.constantFrom('l_a', 'l_b'), { minLength: 1, maxLength: 2 }).chain((cols) =>
    fc.tuple(...cols.map((c) => fc.boolean().map((desc): SortKey & { c: string } => ({ expr: { col: c }, desc, c })))),
  );

  it('orders like ORDER BY, NULLs first ascending and last descending (property)', () => {
    fc.assert(
      fc.property(arbL, arbKeys, (L, keys) => {
        load(L);
        const order = keys.map((k) => `${k.c}${k.desc ? ' DESC' : ''}`).join(', ');
        const got = sort(scan(L), [...keys, { expr: { col: 'l_id' } }]);
        expect({ order, rows: got }).toEqual({ order, rows: sql(`SELECT * FROM l ORDER BY ${order}, l_id`) });
      }),
    );
  });

  it('is stable: rows with equal keys keep their input order', () => {
    fc.assert(
      fc.property(arbL, (L) => {
        load(L);
        expect(sort(scan(L), [{ expr: { col: 'l_b' }, desc: true }])).toEqual(sql('SELECT * FROM l ORDER BY l_b DESC, l_id'));
      }),
    );
  });
});

describe('limit', () => {
  it('matches LIMIT … OFFSET … (property)', () => {
    fc.assert(
      fc.property(arbL, fc.nat(6), fc.nat(6), (L, n, off) => {
        load(L);
        expect({ n, off, rows: [...limit(scan(L), n, off)] }).toEqual({ n, off, rows: sql(`SELECT * FROM l ORDER BY l_id LIMIT ${n} OFFSET ${off}`) });
      }),
    );
  });

  it('stops pulling once it has enough rows (works on an endless input)', () => {
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield { l_id: i, l_a: null, l_b: null };
      }
    }
    expect([...limit(scan(endless()), 3, 2)].map((r) => r.l_id)).toEqual([2, 3, 4]);
    expect(pulled).toBe(5);
  });
});

describe('a whole plan', () => {
  it('filter → join → project → sort → limit equals the SQL query (property)', () => {
    fc.assert(
      fc.property(arbL, arbR, pred, fc.integer({ min: 1, max: 6 }), (L, R, where, n) => {
        load(L, R);
        const plan = limit(
          sort(project(hashJoin(filter(scan(L), where), scan(R), { left: 'l_a', right: 'r_a' }), { id: { col: 'l_id' }, rid: { col: 'r_id' }, b: { col: 'l_b' } }), [
            { expr: { col: 'b' }, desc: true },
            { expr: { col: 'id' } },
            { expr: { col: 'rid' } },
          ]),
          n,
        );
        const expected = sql(`SELECT l_id AS id, r_id AS rid, l_b AS b FROM l JOIN r ON l.l_a = r.r_a WHERE ${toSql(where)} ORDER BY b DESC, id, rid LIMIT ${n}`);
        expect({ where: toSql(where), rows: [...plan] }).toEqual({ where: toSql(where), rows: expected });
      }),
      { numRuns: 60 },
    );
  });
});
