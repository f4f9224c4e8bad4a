import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankAccount, InsufficientFunds } from '@impl/04-oop-patterns/bank-account';

type Kind = 'open' | 'deposit' | 'withdrawal' | 'transfer-in' | 'transfer-out';
type Line = { kind: Kind; amount: number; balance: number };
type Model = { balances: number[]; histories: Line[][] };
type Real = { accounts: BankAccount[] };

const MAX = Number.MAX_SAFE_INTEGER;
const validAmount = (x: number) => Number.isSafeInteger(x) && x > 0;

/** What a call did: 'ok' or the class of the error it threw. */
const outcome = (f: () => void): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof InsufficientFunds) return 'InsufficientFunds';
    if (e instanceof RangeError) return 'RangeError';
    if (e instanceof TypeError) return 'TypeError';
    return `unexpected ${String(e)}`;
  }
};

const same = (m: Model, r: Real) => {
  expect(r.accounts.map((a) => ({ balance: a.balance, history: a.history() }))).toEqual(m.balances.map((b, i) => ({ balance: b, history: m.histories[i] })));
};

const push = (m: Model, i: number, kind: Kind, delta: number) => {
  m.balances[i]! += delta;
  m.histories[i]!.push({ kind, amount: Math.abs(delta), balance: m.balances[i]! });
};

class Deposit implements fc.Command<Model, Real> {
  constructor(readonly i: number, readonly amount: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    let want = 'ok';
    if (!validAmount(this.amount)) want = 'RangeError';
    else if (m.balances[this.i]! + this.amount > MAX) want = 'RangeError';
    else push(m, this.i, 'deposit', this.amount);
    expect(outcome(() => r.accounts[this.i]!.deposit(this.amount)), this.toString()).toBe(want);
    same(m, r);
  }
  toString = () => `account${this.i}.deposit(${this.amount})`;
}
class Withdraw implements fc.Command<Model, Real> {
  constructor(readonly i: number, readonly amount: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    let want = 'ok';
    if (!validAmount(this.amount)) want = 'RangeError';
    else if (this.amount > m.balances[this.i]!) want = 'InsufficientFunds';
    else push(m, this.i, 'withdrawal', -this.amount);
    expect(outcome(() => r.accounts[this.i]!.withdraw(this.amount)), this.toString()).toBe(want);
    same(m, r);
  }
  toString = () => `account${this.i}.withdraw(${this.amount})`;
}
class Transfer implements fc.Command<Model, Real> {
  constructor(readonly i: number, readonly j: number, readonly amount: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    let want = 'ok';
    if (this.i === this.j) want = 'TypeError';
    else if (!validAmount(this.amount)) want = 'RangeError';
    else if (this.amount > m.balances[this.i]!) want = 'InsufficientFunds';
    else if (m.balances[this.j]! + this.amount > MAX) want = 'RangeError';
    else {
      push(m, this.i, 'transfer-out', -this.amount);
      push(m, this.j, 'transfer-in', this.amount);
    }
    expect(outcome(() => r.accounts[this.i]!.transfer(r.accounts[this.j]!, this.amount)), this.toString()).toBe(want);
    same(m, r);
  }
  toString = () => `account${this.i}.transfer(account${this.j}, ${this.amount})`;
}

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -5, 2.5, Number.NaN, Infinity, MAX, MAX - 100, 2 ** 53) },
);
const account = fc.integer({ min: 0, max: 2 });

describe('BankAccount: model-based (fast-check commands)', () => {
  it('matches a model of balances and histories for random deposits, withdrawals and transfers, including invalid ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
        fc.commands(
          [
            fc.tuple(account, amount).map(([i, a]) => new Deposit(i, a)),
            fc.tuple(account, amount).map(([i, a]) => new Withdraw(i, a)),
            fc.tuple(account, account, amount).map(([i, j, a]) => new Transfer(i, j, a)),
          ],
          { maxCommands: 40 },
        ),
        (openings, cmds) => {
          const setup = () => ({
            model: { balances: [...openings], histories: openings.map((o) => [{ kind: 'open' as const, amount: o, balance: o }]) },
            real: { accounts: openings.map((o, i) => new BankAccount(`owner${i}`, o)) },
          });
          fc.modelRun(setup, cmds);
        },
      ),
    );
  });
});

describe('BankAccount: private state', () => {
  it('has no own properties at all: everything is in #private fields', () => {
    const acc = new BankAccount('Ada', 1234);
    acc.deposit(1);
    expect(Object.getOwnPropertyNames(acc)).toEqual([]);
    expect(Object.getOwnPropertySymbols(acc)).toEqual([]);
    expect(JSON.stringify(acc)).toBe('{}');
  });
  it('cannot be changed from outside: assigning balance throws and changes nothing', () => {
    const acc = new BankAccount('Ada', 50);
    expect(() => {
      (acc as unknown as { balance: number }).balance = 1e9;
    }).toThrow(TypeError);
    expect(acc.balance).toBe(50);
  });
  it('hands out a copy of the history', () => {
    const acc = new BankAccount('Ada', 10);
    const h = acc.history();
    h.push({ kind: 'deposit', amount: 1, balance: 11 });
    (h[0] as { balance: number }).balance = 999;
    expect(acc.history()).toEqual([{ kind: 'open', amount: 10, balance: 10 }]);
  });
  it('tells real accounts from look-alikes with isAccount (a brand check)', () => {
    const acc = new BankAccount('Ada');
    const fake = { owner: 'Eve', balance: 0, deposit() {}, withdraw() {}, transfer() {}, history: () => [] };
    const sub = new (class Savings extends BankAccount {})('Bob', 1);
    expect([BankAccount.isAccount(acc), BankAccount.isAccount(sub), BankAccount.isAccount(fake), BankAccount.isAccount(null), BankAccount.isAccount(42)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(BankAccount.isAccount(Object.create(BankAccount.prototype))).toBe(false);
  });
  it('refuses to transfer to a look-alike object, keeping the money', () => {
    const acc = new BankAccount('Ada', 100);
    const received: number[] = [];
    const fake = Object.assign(Object.create(BankAccount.prototype) as BankAccount, { deposit: (x: number) => received.push(x) });
    expect(() => acc.transfer(fake, 40)).toThrow(TypeError);
    expect(acc.balance).toBe(100);
    expect(received).toEqual([]);
  });
});

describe('BankAccount: construction and details', () => {
  it('starts the history with the opening balance and reports its owner', () => {
    const acc = new BankAccount('Grace');
    expect([acc.owner, acc.balance, acc.history()]).toEqual(['Grace', 0, [{ kind: 'open', amount: 0, balance: 0 }]]);
  });
  it('lets the whole balance be withdrawn, but not a cent more', () => {
    const acc = new BankAccount('Ada', 300);
    expect(() => acc.withdraw(301)).toThrow(InsufficientFunds);
    acc.withdraw(300);
    expect(acc.balance).toBe(0);
  });
  it('reports the balance and the requested amount on InsufficientFunds', () => {
    const acc = new BankAccount('Ada', 70);
    let err: unknown;
    try {
      acc.withdraw(100);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InsufficientFunds);
    expect([(err as InsufficientFunds).balance, (err as InsufficientFunds).requested]).toEqual([70, 100]);
  });
  it('validates the owner and the opening balance', () => {
    expect(() => new BankAccount('')).toThrow(TypeError);
    expect(() => new BankAccount(7 as unknown as string)).toThrow(TypeError);
    for (const bad of [-1, 0.5, Number.NaN, Infinity, 2 ** 53]) expect(() => new BankAccount('Ada', bad), `opening ${bad}`).toThrow(RangeError);
  });
  it('leaves both accounts untouched when the target cannot take the money (all or nothing)', () => {
    const from = new BankAccount('Ada', 500);
    const to = new BankAccount('Bob', Number.MAX_SAFE_INTEGER - 10);
    expect(() => from.transfer(to, 50)).toThrow(RangeError);
    expect([from.balance, from.history().length, to.balance, to.history().length]).toEqual([500, 1, Number.MAX_SAFE_INTEGER - 10, 1]);
  });
  it('refuses a transfer to itself with a TypeError', () => {
    const acc = new BankAccount('Ada', 10);
    expect(() => acc.transfer(acc, 5)).toThrow(TypeError);
    expect(acc.history().length).toBe(1);
  });
});
