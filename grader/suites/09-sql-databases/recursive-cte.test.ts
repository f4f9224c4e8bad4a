import { mulberry32, randInt } from '@roadmap/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { bomTotals, orgChartDepth } from '@impl/09-sql-databases/recursive-cte';
import { openDb, runAll, type Sqlite } from './_kit.ts';

const COMPANY_DDL = `
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL, manager_id INTEGER REFERENCES employees (id));
CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit_cost_cents INTEGER NOT NULL);
CREATE TABLE bom (parent_id INTEGER NOT NULL REFERENCES parts (id), child_id INTEGER NOT NULL REFERENCES parts (id),
  quantity INTEGER NOT NULL CHECK (quantity > 0), PRIMARY KEY (parent_id, child_id));
`;

interface Employee {
  id: number;
  name: string;
  manager_id: number | null;
}

/** 40 employees under two top people, ids shuffled so that id order is not hierarchy order. */
function orgChart(seed: number): Employee[] {
  const rng = mulberry32(seed);
  const ids = Array.from({ length: 40 }, (_, i) => i + 1);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = randInt(rng, 0, i);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  // ids[k] reports to someone earlier in the shuffled list; ids[0] and ids[1] report to nobody.
  return ids.map((id, k) => ({ id, name: `E${id}`, manager_id: k < 2 ? null : ids[randInt(rng, 0, k - 1)]! }));
}

/** A DAG of 24 parts: part i is built from parts with larger ids, shared sub-assemblies included. */
function billOfMaterials(seed: number) {
  const rng = mulberry32(seed);
  const parts = Array.from({ length: 24 }, (_, i) => ({ id: i + 1, name: `P${i + 1}`, unit_cost_cents: randInt(rng, 1, 50) * 10 }));
  const bom: { parent_id: number; child_id: number; quantity: number }[] = [];
  for (let p = 1; p <= 16; p++) {
    const children = new Set<number>();
    const n = randInt(rng, 1, 3);
    while (children.size < n) children.add(randInt(rng, p + 1, Math.min(24, p + 8)));
    for (const c of children) bom.push({ parent_id: p, child_id: c, quantity: randInt(rng, 1, 4) });
  }
  return { parts, bom };
}

let db: Sqlite;
afterEach(() => db?.close());

function load(employees: Employee[], bom?: ReturnType<typeof billOfMaterials>) {
  db = openDb();
  db.pragma('foreign_keys = OFF'); // rows go in id order, managers may come later
  db.exec(COMPANY_DDL);
  const e = db.prepare('INSERT INTO employees VALUES (@id, @name, @manager_id)');
  for (const row of [...employees].sort((a, b) => a.id - b.id)) e.run(row);
  if (bom) {
    const p = db.prepare('INSERT INTO parts VALUES (@id, @name, @unit_cost_cents)');
    for (const row of bom.parts) p.run(row);
    const b = db.prepare('INSERT INTO bom VALUES (@parent_id, @child_id, @quantity)');
    for (const row of bom.bom) b.run(row);
  }
}

/** Depth and path by plain recursion in TypeScript. */
function expectedChart(employees: Employee[]) {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const info = (e: Employee): { depth: number; path: string } => {
    if (e.manager_id === null) return { depth: 0, path: e.name };
    const up = info(byId.get(e.manager_id)!);
    return { depth: up.depth + 1, path: `${up.path} > ${e.name}` };
  };
  return employees
    .map((e) => ({ id: e.id, name: e.name, ...info(e) }))
    .sort((a, b) => a.depth - b.depth || a.id - b.id);
}

/** Total quantity of every part below `root`, by recursion: multiply down, add across paths. */
function expectedBom(data: ReturnType<typeof billOfMaterials>, root: number) {
  const totals = new Map<number, number>();
  const walk = (part: number, times: number) => {
    for (const b of data.bom.filter((x) => x.parent_id === part)) {
      totals.set(b.child_id, (totals.get(b.child_id) ?? 0) + times * b.quantity);
      walk(b.child_id, times * b.quantity);
    }
  };
  walk(root, 1);
  return [...totals].sort((a, b) => a[0] - b[0]).map(([id, q]) => ({ part_id: id, name: `P${id}`, total_quantity: q }));
}

describe('orgChartDepth', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives every employee the depth and path a recursive walk finds (chart #${seed}, two top people)`, () => {
      const employees = orgChart(seed);
      load(employees);
      expect(runAll(db, orgChartDepth, 'orgChartDepth')).toEqual(expectedChart(employees));
    });
  }

  it('handles a single person and a straight chain', () => {
    const chain: Employee[] = [
      { id: 3, name: 'Top', manager_id: null },
      { id: 1, name: 'Mid', manager_id: 3 },
      { id: 2, name: 'Low', manager_id: 1 },
    ];
    load(chain);
    expect(runAll(db, orgChartDepth, 'orgChartDepth')).toEqual([
      { id: 3, name: 'Top', depth: 0, path: 'Top' },
      { id: 1, name: 'Mid', depth: 1, path: 'Top > Mid' },
      { id: 2, name: 'Low', depth: 2, path: 'Top > Mid > Low' },
    ]);
  });
});

describe('bomTotals', () => {
  for (const seed of [1, 2]) {
    it(`explodes every assembly of a random bill of materials like a recursive walk (#${seed})`, () => {
      const data = billOfMaterials(seed);
      load([], data);
      for (let root = 1; root <= 16; root += 3) {
        expect({ root, rows: runAll(db, bomTotals, 'bomTotals', root) }).toEqual({ root, rows: expectedBom(data, root) });
      }
    });
  }

  it('multiplies down a path: a bike needs 2 wheels of 32 spokes, so 64 spokes', () => {
    load([], {
      parts: [
        { id: 1, name: 'P1', unit_cost_cents: 0 },
        { id: 2, name: 'P2', unit_cost_cents: 0 },
        { id: 3, name: 'P3', unit_cost_cents: 10 },
        { id: 4, name: 'P4', unit_cost_cents: 5000 },
      ],
      bom: [
        { parent_id: 1, child_id: 2, quantity: 2 },
        { parent_id: 1, child_id: 4, quantity: 1 },
        { parent_id: 2, child_id: 3, quantity: 32 },
      ],
    });
    expect(runAll(db, bomTotals, 'bomTotals', 1)).toEqual([
      { part_id: 2, name: 'P2', total_quantity: 2 },
      { part_id: 3, name: 'P3', total_quantity: 64 },
      { part_id: 4, name: 'P4', total_quantity: 1 },
    ]);
  });

  it('adds up two paths that bring the same part in the same quantity (UNION would merge them)', () => {
    const parts = [1, 2, 3, 4].map((id) => ({ id, name: `P${id}`, unit_cost_cents: 1 }));
    load([], {
      parts,
      bom: [
        { parent_id: 1, child_id: 2, quantity: 1 },
        { parent_id: 1, child_id: 3, quantity: 1 },
        { parent_id: 2, child_id: 4, quantity: 2 },
        { parent_id: 3, child_id: 4, quantity: 2 },
      ],
    });
    expect(runAll(db, bomTotals, 'bomTotals', 1)).toEqual([
      { part_id: 2, name: 'P2', total_quantity: 1 },
      { part_id: 3, name: 'P3', total_quantity: 1 },
      { part_id: 4, name: 'P4', total_quantity: 4 },
    ]);
  });

  it('returns no row for a part built from nothing', () => {
    load([], billOfMaterials(1));
    expect(runAll(db, bomTotals, 'bomTotals', 24)).toEqual([]);
  });
});
