import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '11-math-for-ml',
  title: 'Mathematics for ML',
  roadmap: 'Mathematics for ML: linear algebra, calculus, probability and statistics',
  exercises: [
    defineExercise({
      id: 'vectors',
      title: 'Vectors: dot product, p-norms, cosine similarity, projection',
      python: 'a @ b, np.linalg.norm(v, ord=p), cosine similarity, projection onto a vector',
      hints: [
        'Each function is one loop over the indices; check that the lengths agree first and throw a RangeError otherwise.',
        'A p-norm sums |vᵢ|^p: take the absolute value before raising to p (for p = 1 and odd p it matters). p = Infinity is the largest |vᵢ|.',
        'The projection of v onto u is (v·u / u·u)·u: divide by the squared length of u, not by its length.',
      ],
    }),
    defineExercise({
      id: 'matrix-ops',
      title: 'Matrix product, transpose and identity',
      python: 'A @ B, A.T, np.eye(n)',
      hints: [
        'C[i][j] is the dot product of row i of A with column j of B; an m×k times a k×n matrix gives m×n.',
        'The transpose of an m×n matrix has n rows of length m: take the row count and the column count separately, do not assume a square matrix.',
        'Build every row of identity(n) as a fresh array (Array.from), so changing one row does not change the others.',
      ],
    }),
    defineExercise({
      id: 'determinant',
      title: 'Determinant by LU decomposition with partial pivoting',
      python: 'np.linalg.det(A)',
      hints: [
        'Eliminate below the diagonal column by column; the determinant of the resulting triangular matrix is the product of its diagonal.',
        'Before eliminating column k, swap up the row with the largest |entry| in that column (partial pivoting). A whole column of zeros means det = 0.',
        'Every row swap multiplies the determinant by −1: keep a sign and flip it on each swap. Work on a copy of A.',
      ],
    }),
    defineExercise({
      id: 'solve-inverse',
      title: 'Solving Ax = b and inverting a matrix',
      python: 'np.linalg.solve(A, b), np.linalg.inv(A), numpy.linalg.LinAlgError',
      hints: [
        'Factor PA = LU once (Gaussian elimination that remembers its multipliers and row swaps), then solve Ly = Pb forwards and Ux = y backwards.',
        'Pivot on the largest |entry| of each column, always, not only when the pivot is 0: a pivot like 1e-20 blows the rounding errors up to the size of the answer.',
        'Rounding leaves ~1e-16 where exact arithmetic gives 0: treat a pivot with |p| ≤ n·ε·max|A| as zero and throw SingularMatrixError. The inverse is solve(A, e_j) for every column e_j of the identity.',
      ],
    }),
    defineExercise({
      id: 'eigen',
      title: 'Eigenvalues: Jacobi rotations and power iteration',
      points: 15,
      python: 'np.linalg.eigh(A) (ascending, vectors in columns) and power iteration',
      hints: [
        'Jacobi: for every pair p < q, rotate rows and columns p and q by the angle that makes A[p][q] zero; repeat sweeps until the off-diagonal part is negligible. The diagonal then holds the eigenvalues.',
        'Accumulate the rotations in V (start from the identity, V ← V·J); column i of V is the eigenvector of A[i][i]. Sort by eigenvalue descending and return each column as a row.',
        'Power iteration: x ← Ax/‖Ax‖ and value = xᵀAx. With a negative dominant eigenvalue x flips sign every step, so test convergence with min(‖x_new − x‖, ‖x_new + x‖).',
      ],
    }),
    defineExercise({
      id: 'svd',
      title: 'Singular values, rank and condition number',
      points: 15,
      python: 'np.linalg.svd(A, compute_uv=False), np.linalg.matrix_rank(A), np.linalg.cond(A)',
      hints: [
        'One-sided Jacobi: for each pair of columns (i, j) compute α = ‖aᵢ‖², β = ‖aⱼ‖², γ = aᵢ·aⱼ and rotate the two columns so that γ becomes 0. Sweep until every pair is orthogonal; the column lengths are the singular values.',
        'The rotation: ζ = (β − α)/(2γ), t = sign(ζ)/(|ζ| + √(1 + ζ²)), c = 1/√(1 + t²), s = c·t, then aᵢ ← c·aᵢ − s·aⱼ and aⱼ ← s·aᵢ + c·aⱼ. Do not take square roots of the eigenvalues of AᵀA: that squares the condition number.',
        'The rank counts singular values above σ_max·max(m, n)·ε, not above 0. cond is σ_max/σ_min, Infinity when σ_min is 0.',
      ],
    }),
    defineExercise({
      id: 'least-squares',
      title: 'Least squares without the normal equations',
      points: 15,
      python: 'np.linalg.lstsq(X, y, rcond=None)[0]',
      hints: [
        'The normal equations (XᵀX)x = Xᵀy are correct on paper but square the condition number; use an orthogonal factorisation of X itself.',
        'Reuse the one-sided Jacobi idea from svd, but also rotate the columns of a matrix V that starts as the identity. Afterwards X·V = W, whose column j is σⱼuⱼ.',
        'x = Σⱼ vⱼ (wⱼ·y)/σⱼ² over the σⱼ above rcond·σ_max. Skipping the tiny ones is what gives the minimum-norm solution when the columns are dependent.',
      ],
    }),
    defineExercise({
      id: 'derivatives',
      title: 'Numerical gradients and Jacobians',
      python: 'scipy.optimize.approx_fprime, with central instead of forward differences',
      hints: [
        'Perturb one coordinate at a time: ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h.',
        'The central difference is accurate to O(h²); the forward difference (f(x + h·eᵢ) − f(x))/h only to O(h), which is not enough here.',
        'Give f a fresh copy of x for every evaluation ([...x]) instead of changing x in place and changing it back: f may keep the array. Row i of the Jacobian is the gradient of output i.',
      ],
    }),
    defineExercise({
      id: 'autodiff',
      title: 'Reverse-mode automatic differentiation (micrograd)',
      points: 15,
      python: "micrograd's Value: operator overloading and loss.backward()",
      hints: [
        'Every operation creates a new Value that remembers its inputs and a closure that adds out.grad times the local derivative to each input.grad.',
        'Accumulate with += in those closures: a value used twice (a·a, or a shared subexpression) receives gradient from every use.',
        'backward(): build a topological order of the graph (children before parents) with an explicit stack, set this.grad = 1 and run the closures in reverse order. Recursion overflows the call stack on a 30 000-node chain.',
      ],
    }),
    defineExercise({
      id: 'gradient-descent',
      title: 'Gradient descent with momentum',
      python: 'the update loop inside torch.optim.SGD(lr, momentum)',
      hints: [
        'Loop: g = grad(x); stop with converged = true when ‖g‖₂ ≤ tol; otherwise update x. Stop with converged = false after maxIter updates.',
        'Momentum keeps a velocity: v ← μ·v − lr·g, then x ← x + v. With μ = 0 this is plain x ← x − lr·g.',
        'Copy x0 before updating, count only the updates in iterations, and return fx = f(x) at the final point.',
      ],
    }),
    defineExercise({
      id: 'descriptive-stats',
      title: 'Descriptive statistics: moments, quantiles, mode',
      python: 'np.mean, np.var(ddof), np.median, np.quantile, scipy.stats.mode/skew/kurtosis',
      hints: [
        'Sort a copy with a numeric comparator: [...x].sort((a, b) => a - b). The default sort compares strings, so [10, 9, 1] becomes [1, 10, 9].',
        'Variance: subtract the mean first, then divide the sum of squares by n − ddof. The one-pass E[x²] − E[x]² loses every digit for data like 1e9 + 1, 1e9 + 2.',
        'Type 7 quantile: h = (n − 1)·q, then s[⌊h⌋] + (h − ⌊h⌋)·(s[⌊h⌋ + 1] − s[⌊h⌋]). Skew is m₃/m₂^1.5 and excess kurtosis m₄/m₂² − 3 with population moments mₖ = mean((x − x̄)ᵏ); the bias-corrected forms are in the doc comments.',
      ],
    }),
    defineExercise({
      id: 'distributions',
      title: 'Binomial, Poisson and normal distributions',
      points: 15,
      python: 'scipy.stats.binom.pmf/cdf, scipy.stats.poisson.pmf, scipy.stats.norm.pdf/cdf/ppf',
      hints: [
        'Work in logs: ln C(n, k) = Σᵢ ln((n − k + i)/i), then exp(ln C + k·ln p + (n − k)·log1p(−p)). Factorials overflow past 170!, and 0.5¹¹⁰⁰ underflows to 0.',
        'Φ(z) = ½·erfc(−z/√2). For z < 0 compute the tail directly (a continued fraction for erfc, or erfc(t) = Q(½, t²)), never as 1 − Φ(|z|), which rounds to 0 below z ≈ −8.',
        'normalPpf: start from an approximation (Acklam’s rational functions, or bisection on normalCdf) and polish with a couple of Newton steps z ← z − (Φ(z) − p)/φ(z).',
      ],
    }),
    defineExercise({
      id: 'hypothesis-tests',
      title: 't-tests and the chi-square goodness-of-fit test',
      points: 15,
      python: 'scipy.stats.ttest_1samp, ttest_ind(equal_var=...), chisquare',
      hints: [
        'Use the sample standard deviation (ddof 1) in every t statistic. One sample: t = (x̄ − μ)/(s/√n) with n − 1 degrees of freedom.',
        'Two-sided p for Student t with ν degrees of freedom: regularizedBeta(ν/(ν + t²), ν/2, ½) from _special.ts. Welch: t = (x̄₁ − x̄₂)/√(s₁²/n₁ + s₂²/n₂) with ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).',
        'Chi-square: Σ(O − E)²/E with k − 1 degrees of freedom and p = regularizedGammaQ((k − 1)/2, χ²/2). Without expected counts every category expects total/k.',
      ],
    }),
    defineExercise({
      id: 'correlation-regression',
      title: 'Pearson and Spearman correlation, simple linear regression',
      python: 'scipy.stats.pearsonr, scipy.stats.spearmanr, scipy.stats.linregress',
      hints: [
        'Centre first: with dx = x − x̄ and dy = y − ȳ, r = Σdx·dy / √(Σdx²·Σdy²) and slope = Σdx·dy / Σdx².',
        'Spearman is Pearson on the ranks. Sort the indices by value; a run of equal values at sorted positions i..j all get the rank (i + j)/2 + 1.',
        'intercept = ȳ − slope·x̄, and r2 = 1 − Σ(y − ŷ)²/Σ(y − ȳ)².',
      ],
    }),
  ],
});
