"""Goldens for 06-data-structures: Python's heapq, functools.lru_cache and SciPy's csgraph are the
oracles. Usage: python3 06-data-structures.py <output-folder>. Deterministic (seeded random)."""

import functools
import heapq
import json
import os
import random
import sys

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order, connected_components, depth_first_order

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def dump(name, data):
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1)
        f.write('\n')


# --------------------------------------------------------------------------------------------
# heapq. Layouts are compared only for distinct values: with ties, different correct sift
# strategies may leave equal items in different slots.


def heap_goldens():
    rng = random.Random(6001)
    heapify_cases = []
    for _ in range(60):
        xs = rng.sample(range(-500, 500), rng.randint(0, 40))
        h = list(xs)
        heapq.heapify(h)
        heapify_cases.append({'input': xs, 'heap': h})

    scripts = []
    for _ in range(40):
        pool = rng.sample(range(0, 1000), 60)
        h = []
        steps = []
        for _ in range(rng.randint(5, 40)):
            kind = rng.choice(['push', 'push', 'push', 'pop', 'pushPop', 'replace'])
            if kind != 'push' and not h:
                kind = 'push'
            step = {'op': kind, 'before': list(h)}
            if kind == 'push':
                x = pool.pop()
                step['arg'] = x
                heapq.heappush(h, x)
            elif kind == 'pop':
                step['result'] = heapq.heappop(h)
            elif kind == 'pushPop':
                x = pool.pop()
                step['arg'] = x
                step['result'] = heapq.heappushpop(h, x)
            elif kind == 'replace':
                x = pool.pop()
                step['arg'] = x
                step['result'] = heapq.heapreplace(h, x)
            step['heap'] = list(h)
            steps.append(step)
        scripts.append({'steps': steps})

    selections = []
    for _ in range(40):
        xs = [rng.randint(0, 20) for _ in range(rng.randint(0, 30))]
        n = rng.randint(0, 12)
        selections.append({'input': xs, 'n': n, 'smallest': heapq.nsmallest(n, xs), 'largest': heapq.nlargest(n, xs)})

    # Popping everything from a heap with duplicates gives sorted order.
    drains = []
    for _ in range(20):
        xs = [rng.randint(0, 9) for _ in range(rng.randint(0, 30))]
        h = list(xs)
        heapq.heapify(h)
        drains.append({'input': xs, 'popped': [heapq.heappop(h) for _ in range(len(xs))]})

    dump('min-heap', {'heapify': heapify_cases, 'scripts': scripts, 'selections': selections, 'drains': drains})


# --------------------------------------------------------------------------------------------
# functools.lru_cache: which calls hit the cache, for a given maxsize.


def lru_goldens():
    rng = random.Random(6002)
    cases = []
    for _ in range(40):
        maxsize = rng.randint(1, 5)
        calls = [rng.randint(0, 7) for _ in range(rng.randint(5, 40))]
        log = []

        @functools.lru_cache(maxsize=maxsize)
        def f(x):
            log.append(x)
            return x * 10

        hits = []
        for x in calls:
            before = f.cache_info().hits
            f(x)
            hits.append(f.cache_info().hits > before)
        info = f.cache_info()
        cases.append({'maxsize': maxsize, 'calls': calls, 'hits': hits,
                      'info': {'hits': info.hits, 'misses': info.misses, 'currsize': info.currsize}})
    dump('lru-cache', {'lruCache': cases})


# --------------------------------------------------------------------------------------------
# Graphs: SciPy's csgraph on a CSR matrix whose rows keep the neighbours in insertion order
# (csgraph walks a row in stored order; the matrix below is built unsorted on purpose).


def csr_from_adjacency(n, adj):
    indptr = [0]
    indices = []
    for u in range(n):
        indices.extend(adj[u])
        indptr.append(len(indices))
    g = sp.csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)), shape=(n, n))
    assert list(g.indices) == indices  # still in insertion order
    return g


def graph_goldens():
    rng = random.Random(6003)
    cases = []
    for i in range(60):
        directed = i % 2 == 1
        n = rng.randint(1, 12)
        # Labels are shuffled so that sorting neighbours by label differs from insertion order.
        labels = ['v%02d' % x for x in rng.sample(range(100), n)]
        pairs = [(u, v) for u in range(n) for v in range(n) if u != v and (directed or u < v)]
        rng.shuffle(pairs)
        edges = pairs[:rng.randint(0, min(len(pairs), 2 * n))]
        # Undirected edges are given in a random direction.
        edges = [(v, u) if not directed and rng.random() < 0.5 else (u, v) for u, v in edges]
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            if not directed:
                adj[v].append(u)
        g = csr_from_adjacency(n, adj)
        start = rng.randrange(n)
        bfs, pred = breadth_first_order(g, start, directed=True, return_predecessors=True)
        dfs = depth_first_order(g, start, directed=True, return_predecessors=False)

        def path_to(t):
            if t != start and pred[t] < 0:
                return None
            path = [t]
            while path[-1] != start:
                path.append(pred[path[-1]])
            return [labels[x] for x in reversed(path)]

        case = {
            'directed': directed,
            'vertices': labels,
            'edges': [[labels[u], labels[v]] for u, v in edges],
            'start': labels[start],
            'bfs': [labels[x] for x in bfs],
            'dfs': [labels[x] for x in dfs],
            'paths': {labels[t]: path_to(t) for t in range(n)},
        }
        if not directed:
            count, comp = connected_components(g, directed=False)
            groups = [sorted(labels[x] for x in range(n) if comp[x] == c) for c in range(count)]
            case['components'] = sorted(groups)
        cases.append(case)
    dump('graph', {'cases': cases})


# --------------------------------------------------------------------------------------------
# list: Python's index rules for insert, pop(i), xs[i] and xs[i] = v (negative, out of range).


def list_goldens():
    rng = random.Random(6004)
    scripts = []
    for _ in range(40):
        xs = []
        steps = []
        for _ in range(rng.randint(5, 40)):
            kind = rng.choice(['push', 'push', 'insert', 'insert', 'pop', 'removeAt', 'get', 'set'])
            n = len(xs)
            step = {'op': kind, 'before': list(xs)}
            try:
                if kind == 'push':
                    step['arg'] = [rng.randint(0, 99)]
                    xs.append(step['arg'][0])
                elif kind == 'insert':
                    step['arg'] = [rng.randint(-n - 3, n + 3), rng.randint(0, 99)]
                    xs.insert(*step['arg'])
                elif kind == 'pop':
                    step['result'] = xs.pop()
                elif kind == 'removeAt':
                    step['arg'] = [rng.randint(-n - 2, n + 1)]
                    step['result'] = xs.pop(step['arg'][0])
                elif kind == 'get':
                    step['arg'] = [rng.randint(-n - 2, n + 1)]
                    step['result'] = xs[step['arg'][0]]
                elif kind == 'set':
                    step['arg'] = [rng.randint(-n - 2, n + 1), rng.randint(100, 199)]
                    xs[step['arg'][0]] = step['arg'][1]
            except IndexError:
                step['error'] = 'IndexError'
            step['after'] = list(xs)
            steps.append(step)
        scripts.append({'steps': steps})
    dump('dynamic-array', {'scripts': scripts})


heap_goldens()
lru_goldens()
list_goldens()
graph_goldens()
