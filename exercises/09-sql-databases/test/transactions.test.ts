import { describe, expect, it } from 'vitest';
import { BANK_SCHEMA } from '../src/_fixtures.ts';
import { transfer } from '../src/transactions.ts';
import { openDb } from './_sqlite.ts';

const db = () => openDb(BANK_SCHEMA, "INSERT INTO accounts VALUES (1, 'Ada', 1000), (2, 'Grace', 0)");

describe('transactions', () => {
  it('moves money between two accounts', () => {
    const d = db();
    transfer(d, 1, 2, 250);
    expect(d.prepare('SELECT id, balance_cents FROM accounts ORDER BY id').all()).toEqual([
      { id: 1, balance_cents: 750 },
      { id: 2, balance_cents: 250 },
    ]);
  });
  it('refuses to overdraw, with a code', () => {
    expect(() => transfer(db(), 2, 1, 1)).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_FUNDS' }));
  });
});
