// Mistake: solves the normal equations (XᵀX)x = Xᵀy, squaring the condition number.
export interface LstsqOptions {
  rcond?: number;
}

export function lstsq(X: readonly (readonly number[])[], y: readonly number[], opts: LstsqOptions = {}): number[] {
  void opts;
  if (y.length !== X.length) throw new RangeError('lstsq: X and y differ in length');
  const n = X.length === 0 ? 0 : X[0]!.length;
  // XᵀX and Xᵀy, then Gaussian elimination with partial pivoting.
  const G = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => X.reduce((s, r) => s + r[i]! * r[j]!, 0)));
  const c = Array.from({ length: n }, (_, i) => X.reduce((s, r, k) => s + r[i]! * y[k]!, 0));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(G[i]![k]!) > Math.abs(G[p]![k]!)) p = i;
    [G[p], G[k]] = [G[k]!, G[p]!];
    [c[p], c[k]] = [c[k]!, c[p]!];
    for (let i = k + 1; i < n; i++) {
      const f = G[i]![k]! / G[k]![k]!;
      for (let j = k; j < n; j++) G[i]![j]! -= f * G[k]![j]!;
      c[i]! -= f * c[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = c[i]!;
    for (let j = i + 1; j < n; j++) s -= G[i]![j]! * x[j]!;
    x[i] = s / G[i]![i]!;
  }
  return x;
}
