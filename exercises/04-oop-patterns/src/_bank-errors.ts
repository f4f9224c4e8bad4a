/** Thrown by `withdraw`/`transfer` when the balance does not cover the amount. */
export class InsufficientFunds extends Error {
  override name = 'InsufficientFunds';
  constructor(
    readonly balance: number,
    readonly requested: number,
  ) {
    super(`cannot take ${requested} from a balance of ${balance}`);
  }
}
