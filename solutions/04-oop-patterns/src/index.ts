export { Circle, Rect, Shape, Square, Triangle } from './shapes.ts';
export { BankAccount, InsufficientFunds } from './bank-account.ts';
export type { Transaction } from './bank-account.ts';
export { mro, Serializable, Timestamped } from './mixins.ts';
export type { Constructor, SerializableMembers, TimestampedMembers } from './mixins.ts';
export { Registry, register } from './registry.ts';
export type { AnyClass, ClassDecorator, RegistryOptions } from './registry.ts';
export { createRecord } from './proxy-record.ts';
export type { FieldSpec, FieldType, RecordInput, RecordOf, RecordType, Schema } from './proxy-record.ts';
