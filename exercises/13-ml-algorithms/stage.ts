import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '13-ml-algorithms',
  title: 'Machine learning algorithms',
  roadmap: 'Machine learning algorithms: supervised, unsupervised and reinforcement learning',
  exercises: [
    defineExercise({
      id: 'linear-regression',
      title: 'Linear regression: least squares and gradient descent',
      python: 'sklearn.linear_model.LinearRegression / SGDRegressor: fit, coef_, intercept_, predict, score',
      hints: [
        'Centre X and y (subtract the column means), solve the centred least-squares problem with lstsq from _linalg.ts, then intercept = ȳ − x̄·coef. Without fitIntercept, solve on X and y as they are.',
        'Keep the fitted values in private fields (#coef) and expose them through getters that throw new NotFittedError(...) until fit has run; fit ends with return this.',
        'SGDRegressor: each update moves w by −eta0·mean over the batch of (ŷ − y)·x and b by −eta0·mean(ŷ − y). Shuffle the row order with the rng (Fisher–Yates) at the start of every epoch, and stop after an epoch in which no parameter moved more than tol.',
      ],
    }),
    defineExercise({
      id: 'ridge',
      title: 'Ridge regression with an unpenalised intercept',
      python: 'sklearn.linear_model.Ridge(alpha, fit_intercept)',
      hints: [
        'The closed form is (XᵀX + αI)w = Xᵀy; use solve from _linalg.ts.',
        'Do not put the intercept inside the penalty: centre X and y first, solve for w on the centred data, then intercept = ȳ − x̄·w.',
      ],
    }),
    defineExercise({
      id: 'logistic-regression',
      title: 'Logistic regression by Newton’s method',
      points: 15,
      python: 'sklearn.linear_model.LogisticRegression(penalty, C): predict_proba, predict, coef_, intercept_',
      hints: [
        'Append a constant 1 to every row for the intercept and map the labels to 0/1 (classes sorted, the second is 1). p = σ(Aθ) with a sigmoid that does not overflow for large |z|.',
        'The objective divided by C is Σ logloss + ‖w‖²/(2C): gradient Aᵀ(p − t) + w/C, Hessian AᵀSA + I/C with S = diag(p(1 − p)). C is the inverse strength, and the intercept coordinate gets no penalty term in either.',
        'Newton: solve H·δ = ∇ and set θ ← θ − δ until max|δ| < tol. For solver "gd", step θ ← θ − learningRate·∇/n instead.',
      ],
    }),
    defineExercise({
      id: 'decision-tree',
      title: 'Decision tree classifier (CART)',
      points: 20,
      python: 'sklearn.tree.DecisionTreeClassifier(criterion, max_depth, min_samples_split, max_features)',
      hints: [
        'Recursive growth: a node becomes a leaf when it is pure, at maxDepth, or has fewer than minSamplesSplit samples. Otherwise try every feature: sort the node’s rows by it and consider each boundary between two different consecutive values.',
        'Score a split by the size-weighted impurity n_L·I(L) + n_R·I(R) (Gini 1 − Σp², entropy −Σp·log₂p) and keep the smallest; the threshold is the midpoint of the two neighbouring values, and x ≤ threshold goes left.',
        'Keep class counts in every node: predictProba is counts / nSamples at the leaf, predict takes the largest count (ties to the smallest label). With maxFeatures, shuffle the feature indices with the rng and try the first maxFeatures (more only if none of them can split).',
      ],
    }),
    defineExercise({
      id: 'random-forest',
      title: 'Random forest with out-of-bag score',
      points: 15,
      python: 'sklearn.ensemble.RandomForestClassifier(n_estimators, max_features, oob_score=True, random_state)',
      hints: [
        'Create one mulberry32(seed) generator and use it for everything, in order: for each tree, draw n row indices with replacement, then grow a DecisionTreeClassifier (from decision-tree.ts) on those rows with maxFeatures and the same rng.',
        'A tree fitted on a bootstrap sample may not have seen every class: map its predictProba columns onto the forest’s classes through tree.classes. The forest’s probabilities are the mean over the trees.',
        'Out of bag: for each sample, sum the probabilities of the trees whose bootstrap sample does not contain it; oobScore is the accuracy of the argmax over the samples that were out of bag at least once.',
      ],
    }),
    defineExercise({
      id: 'linear-svm',
      title: 'Linear SVM with the Pegasos sub-gradient method',
      python: 'sklearn.svm.LinearSVC(loss="hinge")',
      hints: [
        'Map the two classes to −1/+1 and append a constant 1 to each row so the bias is one more weight.',
        'Step t = 1..nIter: pick a random row i, η = 1/(λt); shrink w ← (1 − ηλ)w, and if yᵢ(w·xᵢ) < 1 (inside the margin, not just misclassified) add η·yᵢ·xᵢ.',
        'After each step project w back onto the ball ‖w‖ ≤ 1/√λ. coef is w without its last entry, intercept that last entry.',
      ],
    }),
    defineExercise({
      id: 'gradient-boosting',
      title: 'Gradient boosting for regression',
      points: 15,
      python: 'sklearn.ensemble.GradientBoostingRegressor(n_estimators, learning_rate, max_depth).staged_predict',
      hints: [
        'Start every prediction at F = mean(y). Each stage fits a regression tree to the residuals y − F and adds learningRate × its prediction to F.',
        'The regression tree splits where the squared error drops most; for a split at position i that is n_L·n_R/n·(mean_L − mean_R)². Leaves predict the mean residual; thresholds are midpoints as in the classifier.',
        'stagedPredict is a generator (function*) that starts from init and yields a copy of the predictions after each tree.',
      ],
    }),
    defineExercise({
      id: 'kmeans',
      title: 'k-means with k-means++ seeding',
      points: 15,
      python: 'sklearn.cluster.KMeans(n_clusters, init, random_state): cluster_centers_, labels_, inertia_',
      hints: [
        'Lloyd’s loop: move each centre to the mean of its points (an empty cluster keeps its centre), then reassign each point to its nearest centre (ties to the lower index). Stop when no label changes, when the total squared centre shift is ≤ tol × the mean feature variance, or after maxIter iterations.',
        'k-means++: first centre = X[⌊rng()·n⌋]; each next centre is drawn with probability proportional to D², the squared distance to the nearest centre so far: walk the points subtracting D² from u = rng()·ΣD² until u falls inside one.',
        'inertia is the sum of squared (not plain) distances from each point to its own centre, computed with the final labels.',
      ],
    }),
    defineExercise({
      id: 'hierarchical',
      title: 'Agglomerative clustering (SciPy linkage)',
      python: 'scipy.cluster.hierarchy.linkage(points, method)',
      hints: [
        'Keep a distance table between active clusters. Each step merges the closest pair; the new cluster gets id n + step and the row { left: smaller id, right: larger id, height, size }.',
        'Update distances with Lance–Williams: single min(dᵢₖ, dⱼₖ); complete max; average (nᵢdᵢₖ + nⱼdⱼₖ)/(nᵢ + nⱼ), weighted by cluster size.',
        'Ward (SciPy): d(k, i∪j) = √(((nᵢ + nₖ)dᵢₖ² + (nⱼ + nₖ)dⱼₖ² − nₖdᵢⱼ²)/(nᵢ + nⱼ + nₖ)).',
      ],
    }),
    defineExercise({
      id: 'pca',
      title: 'Principal component analysis',
      python: 'sklearn.decomposition.PCA(n_components): components_, explained_variance_, explained_variance_ratio_',
      hints: [
        'Centre the columns, build the covariance matrix XcᵀXc/(n − 1) (ddof 1, like sklearn) and take eigSym from _linalg.ts: eigenvalues descending, one eigenvector per row.',
        'components are the first nComponents eigenvectors, explainedVariance their eigenvalues, explainedVarianceRatio those divided by the sum of all eigenvalues.',
        'transform(X) = (X − mean)·componentsᵀ; inverseTransform(Z) = mean + Z·components.',
      ],
    }),
    defineExercise({
      id: 'q-learning',
      title: 'Tabular Q-learning',
      python: 'a NumPy Q-table updated with Q[s, a] += alpha * (r + gamma * Q[s2].max() - Q[s, a])',
      hints: [
        'epsilonGreedy: u = rng(); if u < epsilon explore with ⌊rng()·nActions⌋, else take the argmax (the first maximum).',
        'Each episode starts at env.reset() and runs at most maxSteps steps. The target is r when the step ends the episode, and r + γ·max Q[s′] otherwise.',
        'Move Q[s][a] only a fraction alpha of the way to the target; the policy is the argmax of each row at the end.',
      ],
    }),
    defineExercise({
      id: 'policy-gradient',
      title: 'Policy gradient (REINFORCE) on a bandit',
      python: 'REINFORCE with a softmax policy: theta += lr * (r - baseline) * grad log pi(a)',
      hints: [
        'softmax: subtract the maximum before exponentiating. ∇θ log π(a) = onehot(a) − π, and ∂J/∂θ_b = π_b(μ_b − J) for J = Σπₐμₐ.',
        'sampleArm: u = rng(), then return the first arm whose running sum of probabilities exceeds u.',
        'reinforce: per step compute π, sample an arm, pull it, update every θᵢ by lr·(r − b)·(onehotᵢ − πᵢ); b is the mean of the rewards before this one (0 at first), updated after the step.',
      ],
    }),
    defineExercise({
      id: 'knn-naive-bayes',
      title: 'k-nearest neighbours and Gaussian naive Bayes',
      python: 'sklearn.neighbors.KNeighborsClassifier, sklearn.naive_bayes.GaussianNB',
      hints: [
        'k-NN: sort the training points by Euclidean distance (ties by index), let the k nearest vote (weight 1, or 1/d with weights "distance"; an exact match takes all the weight). Normalise the votes for predictProba; ties go to the smallest label.',
        'GaussianNB: per class, the prior is its share of the samples, theta the feature means, var the population variances (ddof 0) plus epsilon = varSmoothing × the largest feature variance of all of X.',
        'Score in logs: log prior − ½Σ(log(2π·var) + (x − θ)²/var); turn the scores into probabilities with log-sum-exp (subtract the max before exp).',
      ],
    }),
  ],
});
