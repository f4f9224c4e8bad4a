// Mistake: opens a transaction but forgets to roll it back when something fails, leaving it open.
import type { Db } from './_db.ts';
import { TransferError } from './_errors.ts';

/**
 * Moves `amountCents` from account `fromId` to account `toId` (tables in `_fixtures.ts`) and
 * records it in `transfers`; returns the new transfer's id. All or nothing: either both balances
 * change and the transfer is recorded, or nothing changes at all (also when a trigger or a
 * constraint fails half-way). No transaction is left open, whatever happens.
 *
 * Throws TransferError, checking in this order: 'INVALID_AMOUNT' (not a positive integer),
 * 'SAME_ACCOUNT', 'UNKNOWN_ACCOUNT' (either side), 'INSUFFICIENT_FUNDS'.
 *
 * Python:
 *     with con:                       # commits on success, rolls back on an exception
 *         con.execute("UPDATE accounts SET balance_cents = balance_cents - ? WHERE id = ?", …)
 *         con.execute("UPDATE accounts SET balance_cents = balance_cents + ? WHERE id = ?", …)
 */
export function transfer(db: Db, fromId: number, toId: number, amountCents: number): number {
  if (!Number.isInteger(amountCents) || amountCents <= 0) throw new TransferError('INVALID_AMOUNT', `amount must be a positive integer, got ${amountCents}`);
  if (fromId === toId) throw new TransferError('SAME_ACCOUNT', `cannot transfer from account ${fromId} to itself`);
  // IMMEDIATE takes the write lock now, so the balance read below cannot go stale.
  db.exec('BEGIN IMMEDIATE');
  try {
    const from = db.prepare('SELECT balance_cents FROM accounts WHERE id = ?').get<{ balance_cents: number }>(fromId);
    const to = db.prepare('SELECT id FROM accounts WHERE id = ?').get(toId);
    if (!from || !to) throw new TransferError('UNKNOWN_ACCOUNT', `unknown account ${!from ? fromId : toId}`);
    if (from.balance_cents < amountCents) throw new TransferError('INSUFFICIENT_FUNDS', `account ${fromId} holds ${from.balance_cents}, needs ${amountCents}`);
    db.prepare('UPDATE accounts SET balance_cents = balance_cents - ? WHERE id = ?').run(amountCents, fromId);
    db.prepare('UPDATE accounts SET balance_cents = balance_cents + ? WHERE id = ?').run(amountCents, toId);
    const id = db.prepare('INSERT INTO transfers (from_id, to_id, amount_cents) VALUES (?, ?, ?)').run(fromId, toId, amountCents).lastInsertRowid;
    db.exec('COMMIT');
    return Number(id);
  } catch (error) {
    // Undo whatever ran; a failed COMMIT can already have ended the transaction.
    throw error;
  }
}
