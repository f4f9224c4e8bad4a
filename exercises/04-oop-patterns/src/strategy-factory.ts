import { todo } from '@roadmap/todo';

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
    // TODO: check the item, then unitPrice × quantity.
    return todo('RegularPrice.price');
  }
}

export class PercentOff implements PricingStrategy {
  readonly kind = 'percentOff';

  constructor(readonly percent: number) {
    // TODO: refuse a percent that is not an integer from 0 to 100 (RangeError).
    todo('PercentOff');
  }

  price(item: LineItem): number {
    // TODO: the line total less the discount, rounded to the nearest cent, halves up.
    return todo('PercentOff.price');
  }
}

export class BulkDiscount implements PricingStrategy {
  readonly kind = 'bulk';

  constructor(
    readonly minQuantity: number,
    readonly percent: number,
  ) {
    // TODO: validate minQuantity (integer >= 1) and percent.
    todo('BulkDiscount');
  }

  price(item: LineItem): number {
    // TODO: the PercentOff price from minQuantity units on, the regular price below.
    return todo('BulkDiscount.price');
  }
}

export class BuyXGetYFree implements PricingStrategy {
  readonly kind = 'buyXGetY';

  constructor(
    readonly buy: number,
    readonly free: number,
  ) {
    // TODO: validate buy and free (integers >= 1).
    todo('BuyXGetYFree');
  }

  price(item: LineItem): number {
    // TODO: count the paid units: full groups of buy + free, then the partial group.
    return todo('BuyXGetYFree.price');
  }
}

export class TieredPricing implements PricingStrategy {
  readonly kind = 'tiered';
  readonly tiers: readonly Tier[];

  constructor(tiers: readonly Tier[]) {
    // TODO: validate the tiers, then keep a copy the caller cannot change.
    todo('TieredPricing');
  }

  price(item: LineItem): number {
    // TODO: walk the tiers, pricing the units each one covers.
    return todo('TieredPricing.price');
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
  constructor() {
    // TODO: this factory's own Map from type to maker, filled with the five built-in types.
    todo('StrategyFactory');
  }

  register<T extends string, S extends { readonly type: T }>(type: T, make: (spec: S) => PricingStrategy): StrategyFactory<Spec | S> {
    // TODO: refuse a known type (TypeError), store the maker, return this (cast to the wider type).
    return todo('StrategyFactory.register');
  }

  create(spec: Spec): PricingStrategy {
    // TODO: look up spec.type (unknown: TypeError listing the known types) and call its maker.
    return todo('StrategyFactory.create');
  }

  types(): string[] {
    return todo('StrategyFactory.types');
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
  // TODO: create each rule's strategy once, then give every line its cheapest candidate.
  return todo('priceCart');
}
