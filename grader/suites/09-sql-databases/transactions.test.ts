import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transfer } from '@impl/09-sql-databases/transactions';
import { asDb, openDb, type Sqlite } from './_kit.ts';

const BANK_DDL = `
CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0));
CREATE TABLE transfers (id INTEGER PRIMARY KEY, from_id INTEGER NOT NULL REFERENCES accounts (id), to_id INTEGER NOT NULL REFERENCES accounts (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0));
`;
const START: Record<number, number> = { 1: 1000, 2: 500, 3: 0, 4: 250 };

let raw: Sqlite;
beforeEach(() => {
  raw = openDb();
  raw.exec(BANK_DDL);
  const ins = raw.prepare('INSERT INTO accounts VALUES (?, ?, ?)');
  for (const [id, cents] of Object.entries(START)) ins.run(Number(id), `owner ${id}`, cents);
});
afterEach(() => raw.close());

const balances = () => Object.fromEntries((raw.prepare('SELECT id, balance_cents FROM accounts ORDER BY id').all() as { id: number; balance_cents: number }[]).map((r) => [r.id, r.balance_cents]));
const transferCount = () => (raw.prepare('SELECT COUNT(*) AS n FROM transfers').get() as { n: number }).n;

/** Calls transfer and returns its error's code (or 'ok'), checking that no transaction stays open. */
function attempt(from: number, to: number, amount: number): string {
  let outcome = 'ok';
  try {
    transfer(asDb(raw), from, to, amount);
  } catch (e) {
    outcome = (e as { code?: string }).code ?? `no code: ${(e as Error).message}`;
  }
  expect({ from, to, amount, transactionLeftOpen: raw.inTransaction }).toEqual({ from, to, amount, transactionLeftOpen: false });
  return outcome;
}

describe('transfer', () => {
  it('moves the money, records the transfer and returns its id', () => {
    const id = transfer(asDb(raw), 1, 2, 300);
    expect(balances()).toEqual({ ...START, 1: 700, 2: 800 });
    expect(raw.prepare('SELECT id, from_id, to_id, amount_cents FROM transfers').all()).toEqual([{ id, from_id: 1, to_id: 2, amount_cents: 300 }]);
    expect(raw.inTransaction).toBe(false);
  });

  it('can move a whole balance, down to 0', () => {
    transfer(asDb(raw), 4, 3, 250);
    expect(balances()).toEqual({ ...START, 3: 250, 4: 0 });
  });

  it("refuses more than the balance with code 'INSUFFICIENT_FUNDS' and changes nothing", () => {
    expect(attempt(2, 1, 501)).toBe('INSUFFICIENT_FUNDS');
    expect(attempt(3, 1, 1)).toBe('INSUFFICIENT_FUNDS');
    expect({ balances: balances(), transfers: transferCount() }).toEqual({ balances: START, transfers: 0 });
  });

  it("refuses an unknown account on either side with code 'UNKNOWN_ACCOUNT' and changes nothing", () => {
    expect(attempt(99, 1, 10)).toBe('UNKNOWN_ACCOUNT');
    expect(attempt(1, 99, 10)).toBe('UNKNOWN_ACCOUNT');
    expect({ balances: balances(), transfers: transferCount() }).toEqual({ balances: START, transfers: 0 });
  });

  it("refuses an amount that is not a positive integer with code 'INVALID_AMOUNT'", () => {
    for (const amount of [0, -5, 1.5, Number.NaN]) expect({ amount, code: attempt(1, 2, amount) }).toEqual({ amount, code: 'INVALID_AMOUNT' });
    expect(balances()).toEqual(START);
  });

  it("refuses a transfer to the same account with code 'SAME_ACCOUNT'", () => {
    expect(attempt(1, 1, 10)).toBe('SAME_ACCOUNT');
  });

  it('checks in the documented order: amount, same account, unknown account, funds', () => {
    expect(attempt(99, 99, -1)).toBe('INVALID_AMOUNT');
    expect(attempt(99, 99, 5)).toBe('SAME_ACCOUNT');
    expect(attempt(3, 99, 10)).toBe('UNKNOWN_ACCOUNT');
  });

  it('rolls everything back when the database vetoes the transfer half-way (a trigger aborts the insert)', () => {
    raw.exec("CREATE TRIGGER frozen BEFORE INSERT ON transfers WHEN NEW.to_id = 4 BEGIN SELECT RAISE(ABORT, 'account 4 is frozen'); END");
    expect(() => transfer(asDb(raw), 1, 4, 100)).toThrow(/frozen/);
    expect({ balances: balances(), transfers: transferCount(), transactionLeftOpen: raw.inTransaction }).toEqual({ balances: START, transfers: 0, transactionLeftOpen: false });
    // And the next transfer works normally.
    transfer(asDb(raw), 1, 2, 100);
    expect(balances()).toEqual({ ...START, 1: 900, 2: 600 });
  });

  it('keeps the total, and matches a model account by account, over random sequences (property)', () => {
    const op = fc.record({ from: fc.integer({ min: 1, max: 5 }), to: fc.integer({ min: 1, max: 5 }), amount: fc.integer({ min: -10, max: 1200 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        raw.exec('DELETE FROM transfers; UPDATE accounts SET balance_cents = CASE id WHEN 1 THEN 1000 WHEN 2 THEN 500 WHEN 3 THEN 0 ELSE 250 END');
        const model: Record<number, number> = { ...START };
        let ok = 0;
        for (const { from, to, amount } of ops) {
          const expected =
            amount <= 0 ? 'INVALID_AMOUNT' : from === to ? 'SAME_ACCOUNT' : !(from in model) || !(to in model) ? 'UNKNOWN_ACCOUNT' : model[from]! < amount ? 'INSUFFICIENT_FUNDS' : 'ok';
          if (expected === 'ok') {
            model[from]! -= amount;
            model[to]! += amount;
            ok++;
          }
          expect({ from, to, amount, outcome: attempt(from, to, amount) }).toEqual({ from, to, amount, outcome: expected });
        }
        expect({ balances: balances(), transfers: transferCount() }).toEqual({ balances: model, transfers: ok });
      }),
      { numRuns: 40 },
    );
  });
});
