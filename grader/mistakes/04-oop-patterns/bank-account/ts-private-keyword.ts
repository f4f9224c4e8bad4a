// Mistake: uses TypeScript's `private` keyword, which is erased at run time: the balance is an ordinary public property.
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
const isAmount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) > 0;

export class BankAccount {
  private readonly _owner: string;
  private _balance: number;
  private _history: Transaction[];

  constructor(owner: string, openingBalance = 0) {
    if (typeof owner !== 'string' || owner.length === 0) throw new TypeError('owner must be a non-empty string');
    if (!Number.isSafeInteger(openingBalance) || openingBalance < 0) {
      throw new RangeError(`openingBalance must be a safe integer >= 0, got ${String(openingBalance)}`);
    }
    this._owner = owner;
    this._balance = openingBalance;
    this._history = [{ kind: 'open', amount: openingBalance, balance: openingBalance }];
  }

  static isAccount(value: unknown): value is BankAccount {
    return typeof value === 'object' && value !== null && '_balance' in value;
  }

  get owner(): string {
    return this._owner;
  }

  get balance(): number {
    return this._balance;
  }

  private _checkAmount(amount: number): void {
    if (!isAmount(amount)) throw new RangeError(`amount must be a safe integer > 0, got ${String(amount)}`);
  }

  private _checkRoom(amount: number): void {
    if (!Number.isSafeInteger(this._balance + amount)) throw new RangeError('the balance would exceed Number.MAX_SAFE_INTEGER');
  }

  private _checkFunds(amount: number): void {
    if (amount > this._balance) throw new InsufficientFunds(this._balance, amount);
  }

  /** The only place that changes state: called once every check has passed. */
  private _apply(kind: Transaction['kind'], delta: number): void {
    this._balance += delta;
    this._history.push({ kind, amount: Math.abs(delta), balance: this._balance });
  }

  deposit(amount: number): void {
    this._checkAmount(amount);
    this._checkRoom(amount);
    this._apply('deposit', amount);
  }

  withdraw(amount: number): void {
    this._checkAmount(amount);
    this._checkFunds(amount);
    this._apply('withdrawal', -amount);
  }

  transfer(to: BankAccount, amount: number): void {
    if (!BankAccount.isAccount(to)) throw new TypeError('transfer needs a BankAccount');
    if (to === this) throw new TypeError('cannot transfer to the same account');
    this._checkAmount(amount);
    this._checkFunds(amount);
    // Private fields of another instance of the same class are accessible here.
    to._checkRoom(amount);
    // Every check is done: nothing below can throw, so the transfer is all-or-nothing.
    this._apply('transfer-out', -amount);
    to._apply('transfer-in', amount);
  }

  history(): Transaction[] {
    return this._history.map((t) => ({ ...t }));
  }
}
