/**
 * Freezes the built-ins that assertions rely on, so code under test cannot make a wrong answer
 * look right (`Object.is = () => true`). Mutating them afterwards throws a TypeError.
 */
export function freezeIntrinsics(): void {
  const targets: object[] = [
    Object, Object.prototype, Array, Array.prototype, String, String.prototype,
    Number, Number.prototype, Boolean.prototype, Symbol, Symbol.prototype, BigInt.prototype,
    Map.prototype, Set.prototype, WeakMap.prototype, WeakSet.prototype, Promise, Promise.prototype,
    RegExp.prototype, Date.prototype, Math, JSON, Reflect, ArrayBuffer.prototype,
    Object.getPrototypeOf(Uint8Array.prototype) as object, Object.getPrototypeOf(Uint8Array) as object,
    Object.getPrototypeOf(function* () {}) as object, Object.getPrototypeOf(async function () {}) as object,
  ];
  for (const t of targets) Object.freeze(t);
}
