import { todo } from '@roadmap/todo';
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
  // TODO: validate the amount and the accounts (throw new TransferError(code, message)); then
  // db.exec('BEGIN'), the two UPDATEs and the INSERT, db.exec('COMMIT'); on any error,
  // db.exec('ROLLBACK') if db.inTransaction, and rethrow.
  return todo('transfer');
}
