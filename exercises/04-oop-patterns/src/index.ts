export { Circle, Rect, Shape, Square, Triangle } from './shapes.ts';
export { BankAccount, InsufficientFunds } from './bank-account.ts';
export type { Transaction } from './bank-account.ts';
export { mro, Serializable, Timestamped } from './mixins.ts';
export type { Constructor, SerializableMembers, TimestampedMembers } from './mixins.ts';
