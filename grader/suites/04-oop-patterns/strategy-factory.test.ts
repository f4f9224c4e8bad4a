import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BulkDiscount,
  BuyXGetYFree,
  PercentOff,
  type PricingStrategy,
  priceCart,
  RegularPrice,
  StrategyFactory,
  TieredPricing,
} from '@impl/04-oop-patterns/strategy-factory';

// Oracles: price tables worked out by hand from the rules, and brute-force references that
// price one unit at a time (no closed forms) with exact BigInt rounding.

type Tier = { upTo: number | null; unitPrice: number };
type Spec =
  | { type: 'regular' }
  | { type: 'percentOff'; percent: number }
  | { type: 'bulk'; minQuantity: number; percent: number }
  | { type: 'buyXGetY'; buy: number; free: number }
  | { type: 'tiered'; tiers: Tier[] };
type Item = { sku: string; unitPrice: number; quantity: number };

/** total less round-half-up(total * percent / 100), in exact integer arithmetic. */
const refPercent = (total: number, percent: number) => Number(BigInt(total) - (BigInt(total) * BigInt(percent) * 2n + 100n) / 200n);
/** Walk the units one by one: unit k is paid when it is among the first `buy` of its group. */
const refBuyGet = (unitPrice: number, quantity: number, buy: number, free: number) => {
  let paid = 0;
  for (let k = 0; k < quantity; k++) if (k % (buy + free) < buy) paid += unitPrice;
  return paid;
};
/** Unit k (1-based) costs the price of the first tier whose upTo admits it. */
const refTiered = (quantity: number, tiers: Tier[]) => {
  let total = 0;
  for (let k = 1; k <= quantity; k++) total += tiers.find((t) => t.upTo === null || k <= t.upTo)!.unitPrice;
  return total;
};
const refPrice = (spec: Spec, item: Item): number => {
  const total = item.unitPrice * item.quantity;
  switch (spec.type) {
    case 'regular':
      return total;
    case 'percentOff':
      return refPercent(total, spec.percent);
    case 'bulk':
      return item.quantity >= spec.minQuantity ? refPercent(total, spec.percent) : total;
    case 'buyXGetY':
      return refBuyGet(item.unitPrice, item.quantity, spec.buy, spec.free);
    case 'tiered':
      return refTiered(item.quantity, spec.tiers);
  }
};

const item = (quantity: number, unitPrice = 100, sku = 'sku'): Item => ({ sku, unitPrice, quantity });

// ---- arbitraries --------------------------------------------------------------------------
const cents = fc.integer({ min: 0, max: 5000 });
const qty = fc.integer({ min: 0, max: 60 });
const percent = fc.integer({ min: 0, max: 100 });
const tiers: fc.Arbitrary<Tier[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }), fc.array(cents, { minLength: 5, maxLength: 5 }))
  .map(([bounds, prices]) => [...[...bounds].sort((a, b) => a - b), null].map((upTo, i) => ({ upTo, unitPrice: prices[i]! })));
const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.constant({ type: 'regular' as const }),
  fc.record({ type: fc.constant('percentOff' as const), percent }),
  fc.record({ type: fc.constant('bulk' as const), minQuantity: fc.integer({ min: 1, max: 30 }), percent }),
  fc.record({ type: fc.constant('buyXGetY' as const), buy: fc.integer({ min: 1, max: 5 }), free: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('tiered' as const), tiers }),
);
const sku = fc.constantFrom('tea', 'cake', 'jam');
const lineItem = fc.record({ sku, unitPrice: cents, quantity: qty });

describe('strategies: price tables worked out by hand', () => {
  it('buy 2 get 1 free, 100 cents a unit, 0..7 units', () => {
    const s = new BuyXGetYFree(2, 1);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((q) => s.price(item(q)))).toEqual([0, 100, 200, 200, 300, 400, 400, 500]);
  });
  it('buy 3 get 2 free, 10 cents a unit, 0..10 units (a partial group pays up to 3)', () => {
    const s = new BuyXGetYFree(3, 2);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((q) => s.price(item(q, 10)))).toEqual([0, 10, 20, 30, 30, 30, 40, 50, 60, 60, 60]);
  });
  it('buy 1 get 1 free, 250 cents a unit, 0..5 units', () => {
    const s = new BuyXGetYFree(1, 1);
    expect([0, 1, 2, 3, 4, 5].map((q) => s.price(item(q, 250)))).toEqual([0, 250, 250, 500, 500, 750]);
  });
  it('graduated tiers: units 1-2 at 100, 3-5 at 80, then 50, for 0..7 units (the item price is ignored)', () => {
    const s = new TieredPricing([
      { upTo: 2, unitPrice: 100 },
      { upTo: 5, unitPrice: 80 },
      { upTo: null, unitPrice: 50 },
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((q) => s.price(item(q, 9999)))).toEqual([0, 100, 200, 280, 360, 440, 490, 540]);
  });
  it('rounds the discount (not the price) to the nearest cent, halves up', () => {
    const table: [total: number, percent: number, price: number][] = [
      [150, 15, 127], // discount 22.5 -> 23
      [1, 50, 0], // 0.5 -> 1
      [3, 50, 1], // 1.5 -> 2
      [5, 30, 3], // 1.5 -> 2
      [10, 5, 9], // 0.5 -> 1
      [2997, 10, 2697], // 299.7 -> 300
      [999, 33, 669], // 329.67 -> 330
      [1001, 1, 991], // 10.01 -> 10
      [1000, 0, 1000],
      [1234, 100, 0],
    ];
    for (const [total, pct, want] of table) {
      expect(new PercentOff(pct).price(item(1, total)), `${pct}% off ${total}`).toBe(want);
    }
    expect(new PercentOff(15).price(item(3, 50))).toBe(127);
  });
  it('bulk: 20% off 50-cent units from 10 units on', () => {
    const s = new BulkDiscount(10, 20);
    expect([1, 9, 10, 11].map((q) => s.price(item(q, 50)))).toEqual([50, 450, 400, 440]);
  });
  it('regular: unit price times quantity', () => {
    expect([0, 1, 7].map((q) => new RegularPrice().price(item(q, 130)))).toEqual([0, 130, 910]);
  });
  it('report their kind', () => {
    const kinds = [new RegularPrice(), new PercentOff(5), new BulkDiscount(2, 5), new BuyXGetYFree(1, 1), new TieredPricing([{ upTo: null, unitPrice: 1 }])].map((s) => s.kind);
    expect(kinds).toEqual(['regular', 'percentOff', 'bulk', 'buyXGetY', 'tiered']);
  });
});

describe('strategies: against brute-force references (fast-check)', () => {
  it('every strategy made by the factory prices every line like the unit-by-unit reference', () => {
    const factory = new StrategyFactory();
    fc.assert(
      fc.property(spec, lineItem, (s, it) => {
        expect(factory.create(s).price(it)).toBe(refPrice(s, it));
      }),
      { numRuns: 800 },
    );
  });
  it('percentOff equals the exact half-up reference on large totals too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1000 }), percent, (unitPrice, quantity, pct) => {
        expect(new PercentOff(pct).price(item(quantity, unitPrice))).toBe(refPercent(unitPrice * quantity, pct));
      }),
    );
  });
});

describe('strategies: validation', () => {
  it('refuses a percent that is not an integer from 0 to 100', () => {
    for (const bad of [-1, 101, 2.5, Number.NaN, Infinity]) {
      expect(() => new PercentOff(bad), `percent ${bad}`).toThrow(RangeError);
      expect(() => new BulkDiscount(3, bad), `bulk percent ${bad}`).toThrow(RangeError);
    }
    expect(() => [new PercentOff(0), new PercentOff(100)]).not.toThrow();
  });
  it('refuses bulk thresholds and buy/free counts below 1 or not integers', () => {
    for (const bad of [0, -2, 1.5, Number.NaN]) {
      expect(() => new BulkDiscount(bad, 10), `minQuantity ${bad}`).toThrow(RangeError);
      expect(() => new BuyXGetYFree(bad, 1), `buy ${bad}`).toThrow(RangeError);
      expect(() => new BuyXGetYFree(1, bad), `free ${bad}`).toThrow(RangeError);
    }
  });
  it('refuses malformed tier lists', () => {
    const bad: Tier[][] = [
      [],
      [{ upTo: 5, unitPrice: 10 }],
      [{ upTo: 3, unitPrice: 10 }, { upTo: 3, unitPrice: 8 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: 5, unitPrice: 10 }, { upTo: 2, unitPrice: 8 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: null, unitPrice: 10 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: 0, unitPrice: 10 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: 2.5, unitPrice: 10 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: 2, unitPrice: -1 }, { upTo: null, unitPrice: 5 }],
      [{ upTo: 2, unitPrice: 10 }, { upTo: null, unitPrice: 0.5 }],
    ];
    for (const t of bad) expect(() => new TieredPricing(t), JSON.stringify(t)).toThrow(RangeError);
  });
  it('keeps its own copy of the tiers', () => {
    const t: Tier[] = [
      { upTo: 2, unitPrice: 100 },
      { upTo: null, unitPrice: 50 },
    ];
    const s = new TieredPricing(t);
    t[0]!.unitPrice = 1;
    t.push({ upTo: null, unitPrice: 0 });
    expect(s.price(item(3))).toBe(250);
  });
  it('every strategy refuses a negative or fractional quantity or unit price', () => {
    const all: PricingStrategy[] = [new RegularPrice(), new PercentOff(10), new BulkDiscount(2, 10), new BuyXGetYFree(2, 1), new TieredPricing([{ upTo: null, unitPrice: 5 }])];
    for (const s of all) {
      for (const [q, u] of [[-1, 100], [1.5, 100], [2, 9.99], [2, -5], [Number.NaN, 1]] as const) {
        expect(() => s.price(item(q, u)), `${s.kind}: quantity ${q}, unitPrice ${u}`).toThrow(RangeError);
      }
    }
  });
});

describe('StrategyFactory', () => {
  it('knows the five built-in types, in order, and creates the matching classes', () => {
    const f = new StrategyFactory();
    expect(f.types()).toEqual(['regular', 'percentOff', 'bulk', 'buyXGetY', 'tiered']);
    expect(f.create({ type: 'regular' })).toBeInstanceOf(RegularPrice);
    const p = f.create({ type: 'percentOff', percent: 12 });
    expect(p).toBeInstanceOf(PercentOff);
    expect((p as PercentOff).percent).toBe(12);
    const b = f.create({ type: 'bulk', minQuantity: 4, percent: 7 }) as BulkDiscount;
    expect([b instanceof BulkDiscount, b.minQuantity, b.percent]).toEqual([true, 4, 7]);
    const g = f.create({ type: 'buyXGetY', buy: 3, free: 1 }) as BuyXGetYFree;
    expect([g instanceof BuyXGetYFree, g.buy, g.free]).toEqual([true, 3, 1]);
    expect(f.create({ type: 'tiered', tiers: [{ upTo: null, unitPrice: 3 }] })).toBeInstanceOf(TieredPricing);
  });
  it('refuses an unknown type with a TypeError naming it and the known types', () => {
    const f = new StrategyFactory();
    expect(() => f.create({ type: 'halfPrice' } as never)).toThrow(TypeError);
    expect(() => f.create({ type: 'halfPrice' } as never)).toThrow(/halfPrice[\s\S]*percentOff/);
  });
  it('passes invalid parameters on to the strategy, which throws RangeError', () => {
    const f = new StrategyFactory();
    expect(() => f.create({ type: 'percentOff', percent: 120 })).toThrow(RangeError);
    expect(() => f.create({ type: 'buyXGetY', buy: 0, free: 1 })).toThrow(RangeError);
  });
  it('registers new types on this factory only', () => {
    const f = new StrategyFactory().register('fixed', (s: { type: 'fixed'; cents: number }) => ({ kind: 'fixed', price: () => s.cents }));
    expect(f.types()).toEqual(['regular', 'percentOff', 'bulk', 'buyXGetY', 'tiered', 'fixed']);
    expect(f.create({ type: 'fixed', cents: 42 }).price(item(3))).toBe(42);
    const other = new StrategyFactory();
    expect(other.types()).not.toContain('fixed');
    expect(() => other.create({ type: 'fixed' } as never)).toThrow(TypeError);
  });
  it('refuses to register a type twice, built-in ones included', () => {
    const f = new StrategyFactory().register('fixed', () => new RegularPrice());
    expect(() => f.register('fixed', () => new RegularPrice())).toThrow(TypeError);
    expect(() => new StrategyFactory().register('regular', () => new RegularPrice())).toThrow(TypeError);
  });
});

describe('priceCart: the rules engine', () => {
  /** Brute force: every candidate priced by the references; lowest wins, earliest on a tie. */
  const refCart = (items: Item[], rules: { sku: string; rule: Spec }[]) => {
    const lines = items.map((it) => {
      let best = { price: it.unitPrice * it.quantity, rule: 'regular' };
      for (const r of rules) {
        if (r.sku !== '*' && r.sku !== it.sku) continue;
        const p = refPrice(r.rule, it);
        if (p < best.price) best = { price: p, rule: r.rule.type };
      }
      return { sku: it.sku, quantity: it.quantity, regular: it.unitPrice * it.quantity, ...best };
    });
    const total = lines.reduce((s, l) => s + l.price, 0);
    return { lines, total, savings: lines.reduce((s, l) => s + l.regular, 0) - total };
  };

  it('quotes random carts exactly like the brute-force engine', () => {
    const rule = fc.record({ sku: fc.constantFrom('tea', 'cake', 'jam', '*'), rule: spec });
    fc.assert(
      fc.property(fc.array(lineItem, { maxLength: 6 }), fc.array(rule, { maxLength: 5 }), (items, rules) => {
        expect(priceCart(items, rules)).toEqual(refCart(items, rules));
      }),
      { numRuns: 500 },
    );
  });
  it('picks the cheapest applicable rule, not the first', () => {
    const quote = priceCart(
      [item(6, 100, 'tea')],
      [
        { sku: 'tea', rule: { type: 'percentOff', percent: 10 } },
        { sku: '*', rule: { type: 'buyXGetY', buy: 2, free: 1 } },
        { sku: 'cake', rule: { type: 'percentOff', percent: 90 } },
      ],
    );
    expect(quote.lines).toEqual([{ sku: 'tea', quantity: 6, regular: 600, price: 400, rule: 'buyXGetY' }]);
  });
  it('reports regular when no rule is strictly cheaper, and the earlier rule on a tie', () => {
    const f = new StrategyFactory()
      .register('surcharge', () => ({ kind: 'surcharge', price: (it) => it.unitPrice * it.quantity + 5 }))
      .register('flat', (s: { type: 'flat'; cents: number; name: string }) => ({ kind: s.name, price: () => s.cents }));
    const q1 = priceCart([item(2)], [{ sku: '*', rule: { type: 'surcharge' } }, { sku: '*', rule: { type: 'percentOff', percent: 0 } }], f);
    expect(q1.lines[0]).toMatchObject({ price: 200, rule: 'regular' });
    const q2 = priceCart([item(2)], [{ sku: '*', rule: { type: 'flat', cents: 150, name: 'first' } }, { sku: '*', rule: { type: 'flat', cents: 150, name: 'second' } }], f);
    expect(q2.lines[0]).toMatchObject({ price: 150, rule: 'first' });
  });
  it('creates each rule\'s strategy once per quote, before pricing any line', () => {
    let made = 0;
    let priced = 0;
    const f = new StrategyFactory().register('counted', () => {
      made++;
      return { kind: 'counted', price: (it) => (priced++, it.unitPrice * it.quantity) };
    });
    priceCart([item(1), item(2), item(3)], [{ sku: '*', rule: { type: 'counted' } }, { sku: '*', rule: { type: 'counted' } }], f);
    expect([made, priced]).toEqual([2, 6]);
    priced = 0;
    expect(() => priceCart([item(1)], [{ sku: '*', rule: { type: 'counted' } }, { sku: '*', rule: { type: 'percentOff', percent: 300 } }], f)).toThrow(RangeError);
    expect(priced).toBe(0);
  });
  it('quotes an empty cart as zero', () => {
    expect(priceCart([], [{ sku: '*', rule: { type: 'percentOff', percent: 10 } }])).toEqual({ lines: [], total: 0, savings: 0 });
  });
});
