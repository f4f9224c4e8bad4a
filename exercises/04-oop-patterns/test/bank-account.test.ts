import { describe, expect, it } from 'vitest';
import { BankAccount, InsufficientFunds } from '../src/bank-account.ts';

describe('BankAccount', () => {
  it('deposits and withdraws integer cents', () => {
    const acc = new BankAccount('Ada', 1000);
    acc.deposit(250);
    acc.withdraw(1250);
    expect(acc.balance).toBe(0);
  });
  it('refuses to overdraw and leaves the balance alone', () => {
    const acc = new BankAccount('Ada', 100);
    expect(() => acc.withdraw(101)).toThrow(InsufficientFunds);
    expect(acc.balance).toBe(100);
  });
  it('keeps its state private: no own properties at all', () => {
    expect(Object.keys(new BankAccount('Ada', 5))).toEqual([]);
  });
});
