import { describe, expect, it } from 'vitest';
import { BuyXGetYFree, PercentOff, priceCart, StrategyFactory } from '../src/strategy-factory.ts';

const line = (quantity: number, unitPrice = 100) => ({ sku: 'tea', unitPrice, quantity });

describe('pricing strategies', () => {
  it('buy 2 get 1 free charges for 2 of every 3 units', () => {
    const rule = new BuyXGetYFree(2, 1);
    expect([1, 2, 3, 4, 6].map((q) => rule.price(line(q)))).toEqual([100, 200, 200, 300, 400]);
  });
  it('rounds a percentage discount to the nearest cent, half a cent in the customer\'s favour', () => {
    expect(new PercentOff(15).price(line(1, 150))).toBe(127); // discount 22.5 -> 23
  });
});

describe('StrategyFactory and priceCart', () => {
  it('creates strategies from specs and picks the cheapest rule per line', () => {
    expect(new StrategyFactory().create({ type: 'percentOff', percent: 10 })).toBeInstanceOf(PercentOff);
    const quote = priceCart(
      [line(3), { sku: 'cake', unitPrice: 250, quantity: 1 }],
      [
        { sku: 'tea', rule: { type: 'percentOff', percent: 10 } },
        { sku: 'tea', rule: { type: 'buyXGetY', buy: 2, free: 1 } },
      ],
    );
    expect(quote.lines.map((l) => [l.sku, l.price, l.rule])).toEqual([
      ['tea', 200, 'buyXGetY'],
      ['cake', 250, 'regular'],
    ]);
    expect([quote.total, quote.savings]).toEqual([450, 100]);
  });
});
