import { describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { COMPANY_SAMPLE, COMPANY_SCHEMA } from '../src/_fixtures.ts';
import { bomTotals, orgChartDepth } from '../src/recursive-cte.ts';
import { openDb } from './_sqlite.ts';

describe('recursive-cte', () => {
  const db = () => openDb(COMPANY_SCHEMA, COMPANY_SAMPLE);
  it('walks the org chart from the top', () => {
    expect(db().prepare(assertWritten(orgChartDepth, 'orgChartDepth')).all()).toEqual([
      { id: 1, name: 'Ceo', depth: 0, path: 'Ceo' },
      { id: 2, name: 'Cto', depth: 1, path: 'Ceo > Cto' },
      { id: 4, name: 'Cfo', depth: 1, path: 'Ceo > Cfo' },
      { id: 3, name: 'Dev', depth: 2, path: 'Ceo > Cto > Dev' },
    ]);
  });
  it('explodes the bike: 2 wheels, 64 spokes, 1 frame', () => {
    expect(db().prepare(assertWritten(bomTotals, 'bomTotals')).all(1)).toEqual([
      { part_id: 2, name: 'wheel', total_quantity: 2 },
      { part_id: 3, name: 'spoke', total_quantity: 64 },
      { part_id: 4, name: 'frame', total_quantity: 1 },
    ]);
  });
});
