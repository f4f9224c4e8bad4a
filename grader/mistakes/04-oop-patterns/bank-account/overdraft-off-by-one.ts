// Mistake: refuses to withdraw the exact balance (amount >= balance), so an account can never be emptied.
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
  readonly #owner: string;
  #balance: number;
  #history: Transaction[];

  constructor(owner: string, openingBalance = 0) {
    if (typeof owner !== 'string' || owner.length === 0) throw new TypeError('owner must be a non-empty string');
    if (!Number.isSafeInteger(openingBalance) || openingBalance < 0) {
      throw new RangeError(`openingBalance must be a safe integer >= 0, got ${String(openingBalance)}`);
    }
    this.#owner = owner;
    this.#balance = openingBalance;
    this.#history = [{ kind: 'open', amount: openingBalance, balance: openingBalance }];
  }

  static isAccount(value: unknown): value is BankAccount {
    // `#balance in value` asks the engine whether this class's constructor built `value`;
    // a look-alike object with the same methods does not pass.
    return typeof value === 'object' && value !== null && #balance in value;
  }

  get owner(): string {
    return this.#owner;
  }

  get balance(): number {
    return this.#balance;
  }

  #checkAmount(amount: number): void {
    if (!isAmount(amount)) throw new RangeError(`amount must be a safe integer > 0, got ${String(amount)}`);
  }

  #checkRoom(amount: number): void {
    if (!Number.isSafeInteger(this.#balance + amount)) throw new RangeError('the balance would exceed Number.MAX_SAFE_INTEGER');
  }

  #checkFunds(amount: number): void {
    if (amount >= this.#balance) throw new InsufficientFunds(this.#balance, amount);
  }

  /** The only place that changes state: called once every check has passed. */
  #apply(kind: Transaction['kind'], delta: number): void {
    this.#balance += delta;
    this.#history.push({ kind, amount: Math.abs(delta), balance: this.#balance });
  }

  deposit(amount: number): void {
    this.#checkAmount(amount);
    this.#checkRoom(amount);
    this.#apply('deposit', amount);
  }

  withdraw(amount: number): void {
    this.#checkAmount(amount);
    this.#checkFunds(amount);
    this.#apply('withdrawal', -amount);
  }

  transfer(to: BankAccount, amount: number): void {
    if (!BankAccount.isAccount(to)) throw new TypeError('transfer needs a BankAccount');
    if (to === this) throw new TypeError('cannot transfer to the same account');
    this.#checkAmount(amount);
    this.#checkFunds(amount);
    // Private fields of another instance of the same class are accessible here.
    to.#checkRoom(amount);
    // Every check is done: nothing below can throw, so the transfer is all-or-nothing.
    this.#apply('transfer-out', -amount);
    to.#apply('transfer-in', amount);
  }

  history(): Transaction[] {
    return this.#history.map((t) => ({ ...t }));
  }
}
