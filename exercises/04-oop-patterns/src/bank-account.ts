import { todo } from '@roadmap/todo';
import { InsufficientFunds } from './_bank-errors.ts';

export { InsufficientFunds };

/** One line of an account's history; `balance` is the balance right after it. */
export interface Transaction {
  readonly kind: 'open' | 'deposit' | 'withdrawal' | 'transfer-in' | 'transfer-out';
  readonly amount: number;
  readonly balance: number;
}

/**
 * Python keeps state "private" by convention (`_balance`) or name mangling (`__balance`) and
 * exposes it read-only with `@property`:
 * ```python
 * class BankAccount:
 *     def __init__(self, owner, opening=0):
 *         self.__balance = opening
 *     @property
 *     def balance(self): return self.__balance
 * ```
 * TypeScript's `private` keyword is erased at run time. `#private` fields are enforced by the
 * engine: invisible to `Object.keys`, JSON, and any code outside the class body.
 *
 * Rules (money is in integer cents):
 * - ALL state lives in `#private` fields: an account has no own (public) properties at all.
 * - `owner` is a non-empty string (`TypeError`); `openingBalance` a safe integer >= 0
 *   (`RangeError`). History starts with `{ kind: 'open', amount: opening, balance: opening }`.
 * - `deposit`/`withdraw`/`transfer` amounts are safe integers > 0, else `RangeError`; a balance
 *   that would go past `Number.MAX_SAFE_INTEGER` is a `RangeError` too.
 * - Taking more than the balance throws `InsufficientFunds` (taking all of it is fine).
 * - `transfer(to, amount)` needs a *real* other `BankAccount` (`TypeError` for look-alikes or
 *   the account itself); it adds `transfer-out` here and `transfer-in` there.
 * - A failed call changes nothing: no balance, no history line, in neither account.
 * - `history()` returns a copy; changing it does not change the account.
 * - `BankAccount.isAccount(x)`: true only for objects built by this class (`#balance in x`).
 */
export class BankAccount {
  constructor(owner: string, openingBalance = 0) {
    // TODO: validate, then keep owner, balance and history in #private fields.
    todo('BankAccount');
  }

  static isAccount(value: unknown): value is BankAccount {
    // TODO: an ergonomic brand check: `#field in value` (guard non-objects first).
    return todo('BankAccount.isAccount');
  }

  get owner(): string {
    return todo('BankAccount.owner');
  }

  get balance(): number {
    return todo('BankAccount.balance');
  }

  deposit(amount: number): void {
    // TODO
    todo('BankAccount.deposit');
  }

  withdraw(amount: number): void {
    // TODO
    todo('BankAccount.withdraw');
  }

  transfer(to: BankAccount, amount: number): void {
    // TODO: check everything first, then change both accounts.
    todo('BankAccount.transfer');
  }

  history(): Transaction[] {
    return todo('BankAccount.history');
  }
}
