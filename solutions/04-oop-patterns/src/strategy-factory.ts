/** One line of a cart. Money is in integer cents, so totals add up exactly. */
export interface LineItem {
  readonly sku: string;
  /** List price of one unit, in cents (a non-negative safe integer). */
  readonly unitPrice: number;
  /** How many units (a non-negative safe integer). */
  readonly quantity: number;
}

/** The Strategy: every pricing rule prices a whole line, in integer cents. */
export interface PricingStrategy {
  /** The rule type that creates it (`'regular'`, `'percentOff'`, ...). */
  readonly kind: string;
  price(item: LineItem): number;
}

/** One step of a graduated price list: units up to `upTo` (inclusive) cost `unitPrice` each. */
export interface Tier {
  /** The last unit this tier covers; `null` for the last tier (no upper end). */
  readonly upTo: number | null;
  readonly unitPrice: number;
}

/** The rule specs the factory understands out of the box. */
export type BuiltinRule =
  | { readonly type: 'regular' }
  | { readonly type: 'percentOff'; readonly percent: number }
  | { readonly type: 'bulk'; readonly minQuantity: number; readonly percent: number }
  | { readonly type: 'buyXGetY'; readonly buy: number; readonly free: number }
  | { readonly type: 'tiered'; readonly tiers: readonly Tier[] };

/** Any rule spec: a `type` tag plus that type's parameters. */
export interface RuleSpec {
  readonly type: string;
}

/** A rule of the engine: which SKU it applies to (`'*'`: every SKU) and the spec of its strategy. */
export interface PricingRule<Spec extends RuleSpec = BuiltinRule> {
  readonly sku: string;
  readonly rule: Spec;
}

export interface QuoteLine {
  readonly sku: string;
  readonly quantity: number;
  /** unitPrice × quantity. */
  readonly regular: number;
  /** The lowest price any applicable rule gives (never more than `regular`). */
  readonly price: number;
  /** The `kind` of the strategy that gave `price`; `'regular'` when no rule beats it. */
  readonly rule: string;
}

export interface Quote {
  readonly lines: QuoteLine[];
  readonly total: number;
  /** Sum of `regular` minus `total`. */
  readonly savings: number;
}

// ---- validation shared by the strategies ---------------------------------------------------
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

function checkItem(item: LineItem): void {
  if (!isCount(item.unitPrice)) throw new RangeError(`${item.sku}: unitPrice must be a non-negative integer number of cents, got ${item.unitPrice}`);
  if (!isCount(item.quantity)) throw new RangeError(`${item.sku}: quantity must be a non-negative integer, got ${item.quantity}`);
}

function checkPercent(percent: unknown): void {
  if (!Number.isInteger(percent) || (percent as number) < 0 || (percent as number) > 100) {
    throw new RangeError(`percent must be an integer from 0 to 100, got ${String(percent)}`);
  }
}

/** `amount` less `percent` % of it, the discount rounded to the nearest cent, halves up. */
function discounted(amount: number, percent: number): number {
  // amount * percent is an exact integer; a half cent is exactly .5, which Math.round takes up.
  return amount - Math.round((amount * percent) / 100);
}

/**
 * Python: the Strategy pattern is often just a function or a small class with one method, chosen
 * at run time; the Factory is a dict from a name to the class:
 * ```python
 * class PricingStrategy(Protocol):
 *     def price(self, item: LineItem) -> int: ...
 *
 * @dataclass(frozen=True)
 * class PercentOff:
 *     percent: int
 *     def price(self, item): ...
 *
 * STRATEGIES = {"regular": Regular, "percentOff": PercentOff, ...}
 * def create(spec: dict) -> PricingStrategy:
 *     kind, params = spec["type"], {k: v for k, v in spec.items() if k != "type"}
 *     return STRATEGIES[kind](**params)
 * ```
 * TypeScript: an interface with one method, classes that implement it, and a factory object
 * holding a `Map` from type to maker.
 *
 * Rules (all amounts are integer cents; every `price` first checks the item: a unitPrice or
 * quantity that is not a non-negative safe integer is a `RangeError`):
 * - `RegularPrice`: unitPrice × quantity.
 * - `PercentOff(percent)`: the line total less `percent` % of it. The *discount* is rounded to
 *   the nearest cent, a half cent in the customer's favour (up): 15 % of 150 is 22.5 → 23, so the
 *   price is 127. `percent` is an integer from 0 to 100, else `RangeError`.
 * - `BulkDiscount(minQuantity, percent)`: like PercentOff, but only when quantity ≥ minQuantity
 *   (an integer ≥ 1); otherwise the regular price.
 * - `BuyXGetYFree(buy, free)`: units go in groups of buy + free; in each group, complete or not,
 *   the first `buy` units are paid and the rest are free (buy 2 get 1: 3 units cost 2, 4 cost 3,
 *   2 cost 2). Both integers ≥ 1.
 * - `TieredPricing(tiers)`: graduated, like tax brackets: unit number k (1-based) costs the price
 *   of the first tier with k ≤ upTo; the item's own unitPrice is ignored. Tiers are non-empty,
 *   upTo are integers ≥ 1 strictly increasing, only the last is `null`, unit prices
 *   non-negative integers; else `RangeError`.
 */
export class RegularPrice implements PricingStrategy {
  readonly kind = 'regular';

  price(item: LineItem): number {
    checkItem(item);
    return item.unitPrice * item.quantity;
  }
}

export class PercentOff implements PricingStrategy {
  readonly kind = 'percentOff';

  constructor(readonly percent: number) {
    checkPercent(percent);
  }

  price(item: LineItem): number {
    checkItem(item);
    return discounted(item.unitPrice * item.quantity, this.percent);
  }
}

export class BulkDiscount implements PricingStrategy {
  readonly kind = 'bulk';

  constructor(
    readonly minQuantity: number,
    readonly percent: number,
  ) {
    if (!Number.isSafeInteger(minQuantity) || minQuantity < 1) throw new RangeError(`minQuantity must be an integer >= 1, got ${minQuantity}`);
    checkPercent(percent);
  }

  price(item: LineItem): number {
    checkItem(item);
    const total = item.unitPrice * item.quantity;
    return item.quantity >= this.minQuantity ? discounted(total, this.percent) : total;
  }
}

export class BuyXGetYFree implements PricingStrategy {
  readonly kind = 'buyXGetY';

  constructor(
    readonly buy: number,
    readonly free: number,
  ) {
    for (const [name, v] of [['buy', buy], ['free', free]] as const) {
      if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${name} must be an integer >= 1, got ${v}`);
    }
  }

  price(item: LineItem): number {
    checkItem(item);
    const group = this.buy + this.free;
    // Full groups pay `buy` each; the partial group pays for its units up to `buy` of them.
    const paid = Math.floor(item.quantity / group) * this.buy + Math.min(item.quantity % group, this.buy);
    return paid * item.unitPrice;
  }
}

export class TieredPricing implements PricingStrategy {
  readonly kind = 'tiered';
  readonly tiers: readonly Tier[];

  constructor(tiers: readonly Tier[]) {
    if (!Array.isArray(tiers) || tiers.length === 0) throw new RangeError('tiers must be a non-empty array');
    let previous = 0;
    tiers.forEach((t, i) => {
      const last = i === tiers.length - 1;
      if (!isCount(t.unitPrice)) throw new RangeError(`tier ${i}: unitPrice must be a non-negative integer, got ${t.unitPrice}`);
      if (last ? t.upTo !== null : !(Number.isSafeInteger(t.upTo) && (t.upTo as number) > previous)) {
        throw new RangeError(`tier ${i}: upTo must be ${last ? 'null in the last tier' : `an integer above ${previous}`}, got ${t.upTo}`);
      }
      previous = t.upTo ?? previous;
    });
    // Copy, so a caller changing its array later cannot change our prices.
    this.tiers = Object.freeze(tiers.map((t) => Object.freeze({ upTo: t.upTo, unitPrice: t.unitPrice })));
  }

  price(item: LineItem): number {
    checkItem(item);
    let total = 0;
    let from = 0; // units already priced
    for (const { upTo, unitPrice } of this.tiers) {
      const to = upTo === null ? item.quantity : Math.min(upTo, item.quantity);
      if (to > from) total += (to - from) * unitPrice;
      from = Math.max(from, to);
      if (from >= item.quantity) break;
    }
    return total;
  }
}

/**
 * The Factory: turns a rule spec into its strategy. Each factory has its own table (start: the
 * five built-in types, in the order regular, percentOff, bulk, buyXGetY, tiered); `register`
 * adds a type to this factory only, and widens the specs `create` accepts.
 * - `create(spec)`: an unknown `type` is a `TypeError` naming it and the known types; invalid
 *   parameters are the strategy's `RangeError`.
 * - `register(type, make)`: a type this factory already knows is a `TypeError`. Returns the
 *   factory, typed to accept the new spec too.
 * - `types()`: the known types in registration order.
 */
export class StrategyFactory<Spec extends RuleSpec = BuiltinRule> {
  // Per instance, not static: registering on one factory must not leak into another.
  readonly #makers = new Map<string, (spec: never) => PricingStrategy>();

  constructor() {
    const builtins: { [K in BuiltinRule['type']]: (spec: Extract<BuiltinRule, { type: K }>) => PricingStrategy } = {
      regular: () => new RegularPrice(),
      percentOff: (s) => new PercentOff(s.percent),
      bulk: (s) => new BulkDiscount(s.minQuantity, s.percent),
      buyXGetY: (s) => new BuyXGetYFree(s.buy, s.free),
      tiered: (s) => new TieredPricing(s.tiers),
    };
    for (const [type, make] of Object.entries(builtins)) this.#makers.set(type, make);
  }

  register<T extends string, S extends { readonly type: T }>(type: T, make: (spec: S) => PricingStrategy): StrategyFactory<Spec | S> {
    if (this.#makers.has(type)) throw new TypeError(`strategy type "${type}" is already registered`);
    this.#makers.set(type, make as (spec: never) => PricingStrategy);
    return this as StrategyFactory<Spec | S>;
  }

  create(spec: Spec): PricingStrategy {
    const make = this.#makers.get(spec?.type);
    if (!make) throw new TypeError(`unknown strategy type "${spec?.type}"; known types: ${this.types().join(', ')}`);
    return (make as (spec: Spec) => PricingStrategy)(spec);
  }

  types(): string[] {
    return [...this.#makers.keys()];
  }
}

/**
 * The rules engine: prices every line with the cheapest strategy that applies to it.
 * - Each rule's strategy is created once, by `factory.create`, before any line is priced (an
 *   invalid rule fails the whole quote).
 * - A rule applies to a line when its `sku` is the line's SKU or `'*'`.
 * - A line's candidates are the regular price, then the applicable rules in the order given;
 *   the line takes the lowest price, and on a tie the earliest candidate (so `'regular'` when
 *   no rule is strictly cheaper). Rules never stack.
 * - `total` is the sum of the line prices and `savings` the sum of `regular` minus `total`.
 */
export function priceCart<Spec extends RuleSpec = BuiltinRule>(
  items: readonly LineItem[],
  rules: readonly PricingRule<NoInfer<Spec>>[],
  factory: StrategyFactory<Spec> = new StrategyFactory() as unknown as StrategyFactory<Spec>,
): Quote {
  const regular = new RegularPrice();
  const strategies = rules.map((r) => ({ sku: r.sku, strategy: factory.create(r.rule) }));
  const lines = items.map((item): QuoteLine => {
    const base = regular.price(item);
    let best = { price: base, rule: regular.kind };
    for (const { sku, strategy } of strategies) {
      if (sku !== '*' && sku !== item.sku) continue;
      const p = strategy.price(item);
      if (p < best.price) best = { price: p, rule: strategy.kind }; // strict: ties keep the earlier
    }
    return { sku: item.sku, quantity: item.quantity, regular: base, ...best };
  });
  const total = lines.reduce((s, l) => s + l.price, 0);
  return { lines, total, savings: lines.reduce((s, l) => s + l.regular, 0) - total };
}
