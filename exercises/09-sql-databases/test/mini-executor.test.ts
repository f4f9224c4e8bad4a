import { describe, expect, it } from 'vitest';
import { evaluate, filter, hashJoin, limit, scan, sort } from '../src/mini-executor.ts';

const people = [
  { id: 1, name: 'Ada', team: 10 },
  { id: 2, name: 'Alan', team: null },
  { id: 3, name: 'Grace', team: 20 },
];
const teams = [
  { team_id: 10, team_name: 'compilers' },
  { team_id: 20, team_name: 'navy' },
];

describe('mini-executor', () => {
  it('knows that NULL = NULL is unknown, not true', () => {
    expect(evaluate({ op: '=', left: { lit: null }, right: { lit: null } }, {})).toBeNull();
  });
  it('filters out rows whose condition is unknown', () => {
    const rows = [...filter(scan(people), { op: 'not', arg: { op: '=', left: { col: 'team' }, right: { lit: 10 } } })];
    expect(rows.map((r) => r.name)).toEqual(['Grace']);
  });
  it('joins, sorts and limits', () => {
    const joined = hashJoin(scan(people), scan(teams), { left: 'team', right: 'team_id' });
    const sorted = sort(joined, [{ expr: { col: 'team_name' }, desc: true }]);
    expect([...limit(sorted, 1)].map((r) => r.name)).toEqual(['Grace']);
  });
});
