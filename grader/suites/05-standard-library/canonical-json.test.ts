import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from '@impl/05-standard-library/canonical-json';
import { everyCase, loadGolden, same } from './_kit.ts';

// Oracles: the JCS test vectors (RFC 8785 §3.2.2–3.2.3 and Appendix B, and the RFC authors'
// testdata in cyberphone/json-canonicalization), Python's json.dumps(sort_keys=True) where it
// agrees with JCS (BMP keys, integers), and round-trip properties against JSON.parse.

/** [input JSON text, canonical output]. */
const vectors: [string, string, string][] = [
  [
    'values (RFC 8785 §3.2.2)',
    '{\n  "numbers": [333333333.33333329, 1E30, 4.50,\n              2e-3, 0.000000000000000000000000001],\n  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
    '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
  ],
  [
    'sorting (RFC 8785 §3.2.3)',
    '{\n  "\\u20ac": "Euro Sign",\n  "\\r": "Carriage Return",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "1": "One",\n  "\\ud83d\\ude00": "Emoji: Grinning Face",\n  "\\u0080": "Control",\n  "\\u00f6": "Latin Small Letter O With Diaeresis"\n}',
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  ],
  [
    'testdata/arrays.json',
    '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]',
    '[56,{"1":[],"10":null,"d":true}]',
  ],
  [
    'testdata/french.json',
    '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ingnore locale"\n}',
    '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}',
  ],
  [
    'testdata/structures.json',
    '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ { } ],\n  "A": { }\n}',
    '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}',
  ],
  ['testdata/unicode.json', '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}', '{"Unnormalized Unicode":"\u1e0d\u0307"}'],
  [
    'testdata/weird.json',
    '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}',
    '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","\ud83d\ude02":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  ],
];

/** RFC 8785 Appendix B: IEEE 754 bit patterns and their JCS serialisation. */
const numbers: [string, string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];
const fromHex = (hex: string) => new DataView(Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16))).buffer).getFloat64(0);

const golden = loadGolden<{ cases: { input: string; canonical: string }[] }>('canonical-json');

/** JCS key order, written out: compare UTF-16 code units one by one. */
const codeUnitOrder = (a: string, b: string) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
};
// Keys mixing ASCII, Latin-1, BMP characters above the surrogate range and astral characters.
const keyChar = fc.constantFrom('a', 'B', '1', '0', ' ', 'é', 'ö', '€', '\ufb33', '\uffff', '\ud83d\ude00', '\ud83d\ude02', '𝄞', '\u0080', '\n', '"');
const key = fc.array(keyChar, { maxLength: 4 }).map((cs) => cs.join(''));

describe('canonicalJson', () => {
  for (const [name, input, output] of vectors) {
    it(`matches the JCS test vector ${name}`, () => {
      expect(canonicalJson(JSON.parse(input) as JsonValue)).toBe(output);
    });
  }

  it('serialises numbers like RFC 8785 Appendix B', () => {
    everyCase(
      numbers,
      ([hex, want]) => `IEEE 754 ${hex} (expected ${want})`,
      ([hex, want]) => same(canonicalJson(fromHex(hex)), want, `canonicalJson(${fromHex(hex)})`),
    );
  });

  it('throws TypeError for NaN and ±Infinity, which JSON cannot carry', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      expect(() => canonicalJson(x), String(x)).toThrow(TypeError);
      expect(() => canonicalJson({ a: [x] }), `nested ${x}`).toThrow(TypeError);
    }
  });

  it('throws TypeError for values that are not JSON data', () => {
    for (const bad of [undefined, 10n, () => 1, new Map(), new Date(0)]) {
      expect(() => canonicalJson(bad as unknown as JsonValue), String(bad)).toThrow(TypeError);
    }
  });

  it("agrees with Python's json.dumps(sort_keys=True, separators=(',', ':')) on BMP keys and integers", () => {
    everyCase(
      golden.cases,
      (c, i) => `case ${i}: ${c.input}`,
      (c) => same(canonicalJson(JSON.parse(c.input) as JsonValue), c.canonical, 'canonical form'),
    );
  });

  it('sorts object keys by UTF-16 code units, astral characters included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 8 }), fc.integer(), (keys, n) => {
        const obj = Object.fromEntries(keys.map((k, i) => [k, n + i]));
        const want = `{${[...keys].sort(codeUnitOrder).map((k) => `${JSON.stringify(k)}:${obj[k]}`).join(',')}}`;
        expect(canonicalJson(obj)).toBe(want);
      }),
    );
  });

  it('does not depend on the order keys were inserted', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 6 }), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse()) as JsonValue;
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj as JsonValue));
      }),
    );
  });

  it('round-trips: JSON.parse of the output equals the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const out = canonicalJson(v as JsonValue);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it('is idempotent and has no whitespace between tokens', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const out = canonicalJson(v as JsonValue);
        expect(canonicalJson(JSON.parse(out) as JsonValue)).toBe(out);
        // Outside strings there is nothing but tokens: removing string literals leaves no whitespace.
        expect(out.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/\s/);
      }),
    );
  });
});
