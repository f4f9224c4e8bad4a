export { Circle, Rect, Shape, Square, Triangle } from './shapes.ts';
export { BankAccount, InsufficientFunds } from './bank-account.ts';
export type { Transaction } from './bank-account.ts';
