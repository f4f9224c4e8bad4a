"""Goldens for 05-standard-library: Python's own collections, os.walk, argparse and json are the
oracle. Usage: python3 05-standard-library.py <output-folder>. Deterministic (seeded random)."""

import argparse
import json
import os
import random
import sys
import tempfile
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def dump(name, data):
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


# --------------------------------------------------------------------------------------------
# Counter


def counter_goldens():
    rng = random.Random(5001)
    letters = 'abcdef'

    def word():
        return [rng.choice(letters) for _ in range(rng.randint(0, 8))]

    def pairs():
        keys = rng.sample(letters, rng.randint(0, 4))
        return [[k, rng.randint(-3, 4)] for k in keys]

    scripts = []
    for _ in range(60):
        start = word()
        c = Counter(start)
        steps = []
        for _ in range(rng.randint(3, 10)):
            kind = rng.choice(['update', 'updateCounter', 'subtract', 'subtractCounter', 'mostCommon',
                               'elements', 'total', 'plus', 'minus', 'union', 'intersection',
                               'set', 'delete', 'get'])
            step = {'op': kind, 'before': [list(p) for p in c.items()]}
            if kind == 'update':
                step['arg'] = word()
                c.update(step['arg'])
            elif kind == 'updateCounter':
                step['arg'] = pairs()
                c.update(Counter(dict(step['arg'])))
            elif kind == 'subtract':
                step['arg'] = word()
                c.subtract(step['arg'])
            elif kind == 'subtractCounter':
                step['arg'] = pairs()
                c.subtract(Counter(dict(step['arg'])))
            elif kind == 'mostCommon':
                n = rng.choice([None, 0, 1, 2, 3, 10])
                step['arg'] = n
                step['result'] = [list(p) for p in c.most_common(n)]
            elif kind == 'elements':
                step['result'] = list(c.elements())
            elif kind == 'total':
                step['result'] = c.total()
            elif kind in ('plus', 'minus', 'union', 'intersection'):
                step['arg'] = pairs()
                other = Counter(dict(step['arg']))
                r = {'plus': c + other, 'minus': c - other, 'union': c | other, 'intersection': c & other}[kind]
                step['result'] = [list(p) for p in r.items()]
            elif kind == 'set':
                k, v = rng.choice(letters), rng.randint(-2, 5)
                step['arg'] = [k, v]
                c[k] = v
            elif kind == 'delete':
                k = rng.choice(letters)
                step['arg'] = k
                step['result'] = k in c
                if k in c:
                    del c[k]
            elif kind == 'get':
                k = rng.choice(letters)
                step['arg'] = k
                step['result'] = c[k]
            step['state'] = [list(p) for p in c.items()]
            steps.append(step)
        scripts.append({'start': start, 'steps': steps})

    texts = ['abracadabra', 'mississippi', 'the quick brown fox jumps over the lazy dog', 'zzyyxx', '']
    most_common = [{'text': t, 'n': n, 'result': [list(p) for p in Counter(t).most_common(n)]}
                   for t in texts for n in (None, 1, 3)]
    def items(c):
        return [list(p) for p in c.items()]

    c = Counter('aab')
    c.subtract('aaacc')
    examples = {
        'subtract': {'start': 'aab', 'arg': 'aaacc', 'result': items(c)},
        'minus': {'start': 'aab', 'arg': 'aaacc', 'result': items(Counter('aab') - Counter('aaacc'))},
        'plus': {'start': 'aab', 'arg': 'bcc', 'result': items(Counter('aab') + Counter('bcc'))},
        'union': {'start': 'aab', 'arg': 'bbbc', 'result': items(Counter('aab') | Counter('bbbc'))},
        'intersection': {'start': 'aab', 'arg': 'bbbc', 'result': items(Counter('aab') & Counter('bbbc'))},
        'elements': {'counts': [['x', 2], ['y', 0], ['z', -1], ['w', 3]],
                     'result': list(Counter({'x': 2, 'y': 0, 'z': -1, 'w': 3}).elements())},
        'total': {'counts': [['x', 2], ['y', 0], ['z', -1], ['w', 3]],
                  'result': Counter({'x': 2, 'y': 0, 'z': -1, 'w': 3}).total()},
    }
    dump('counter', {'scripts': scripts, 'mostCommon': most_common, 'examples': examples})


# --------------------------------------------------------------------------------------------
# defaultdict


def default_map_goldens():
    rng = random.Random(5002)
    keys = ['a', 'b', 'c', 'd', 'e']
    scripts = []
    for i in range(40):
        factory = 'list' if i % 2 == 0 else 'int'
        d = defaultdict(list if factory == 'list' else int)
        steps = []
        for _ in range(rng.randint(4, 14)):
            k = rng.choice(keys)
            kind = rng.choice(['mutate', 'mutate', 'read', 'peek', 'has', 'size', 'delete'])
            step = {'op': kind, 'key': k, 'before': [[kk, list(vv) if isinstance(vv, list) else vv] for kk, vv in d.items()]}
            if kind == 'mutate':
                if factory == 'list':
                    v = rng.randint(0, 9)
                    step['value'] = v
                    d[k].append(v)
                else:
                    v = rng.randint(-2, 5)
                    step['value'] = v
                    d[k] += v
            elif kind == 'read':
                step['result'] = d[k]
                # Copy lists so later mutations do not leak into the recorded value.
                step['result'] = list(step['result']) if factory == 'list' else step['result']
            elif kind == 'peek':
                r = d.get(k)
                step['result'] = list(r) if isinstance(r, list) else r
            elif kind == 'has':
                step['result'] = k in d
            elif kind == 'size':
                step['result'] = len(d)
            elif kind == 'delete':
                step['result'] = k in d
                d.pop(k, None)
            step['state'] = [[kk, list(vv) if isinstance(vv, list) else vv] for kk, vv in d.items()]
            steps.append(step)
        scripts.append({'factory': factory, 'steps': steps})

    # Grouping words by first letter, the textbook use.
    words = 'apple avocado banana blueberry cherry cranberry date apricot banana'.split()
    groups = defaultdict(list)
    for w in words:
        groups[w[0]].append(w)

    # The autovivifying tree: tree = lambda: defaultdict(tree).
    def tree():
        return defaultdict(tree)

    t = tree()
    paths = [['users', 'ada', 'lang'], ['users', 'ada', 'year'], ['users', 'alan', 'lang'], ['config', 'debug']]
    for p in paths:
        node = t
        for part in p[:-1]:
            node = node[part]
        node[p[-1]] = '/'.join(p)
    _ = t['empty']['branch']  # reading creates nodes too

    def plain(x):
        return {k: plain(v) for k, v in x.items()} if isinstance(x, dict) else x

    dump('default-map', {'scripts': scripts, 'grouping': {'words': words, 'groups': [[k, v] for k, v in groups.items()]},
                         'tree': {'paths': paths, 'read': ['empty', 'branch'], 'result': plain(t)}})


# --------------------------------------------------------------------------------------------
# deque


def deque_goldens():
    rng = random.Random(5003)
    scripts = []
    for _ in range(80):
        maxlen = rng.choice([None, None, 0, 1, 2, 3, 5])
        start = [rng.randint(0, 99) for _ in range(rng.randint(0, 7))]
        d = deque(start, maxlen)
        steps = []
        for _ in range(rng.randint(4, 16)):
            kind = rng.choice(['append', 'appendLeft', 'pop', 'popLeft', 'extend', 'extendLeft', 'rotate',
                               'rotate', 'at', 'clear', 'length'])
            step = {'op': kind, 'before': list(d)}
            try:
                if kind == 'append':
                    step['arg'] = rng.randint(0, 99)
                    d.append(step['arg'])
                elif kind == 'appendLeft':
                    step['arg'] = rng.randint(0, 99)
                    d.appendleft(step['arg'])
                elif kind == 'pop':
                    step['result'] = d.pop()
                elif kind == 'popLeft':
                    step['result'] = d.popleft()
                elif kind == 'extend':
                    step['arg'] = [rng.randint(0, 99) for _ in range(rng.randint(0, 4))]
                    d.extend(step['arg'])
                elif kind == 'extendLeft':
                    step['arg'] = [rng.randint(0, 99) for _ in range(rng.randint(0, 4))]
                    d.extendleft(step['arg'])
                elif kind == 'rotate':
                    step['arg'] = rng.randint(-12, 12)
                    d.rotate(step['arg'])
                elif kind == 'at':
                    step['arg'] = rng.randint(-6, 6)
                    step['result'] = d[step['arg']]
                elif kind == 'clear':
                    d.clear()
                elif kind == 'length':
                    step['result'] = len(d)
            except IndexError:
                step['error'] = 'IndexError'
            step['state'] = list(d)
            steps.append(step)
        scripts.append({'start': start, 'maxLen': maxlen, 'steps': steps})

    d = deque([1, 2, 3, 4, 5])
    d.rotate(2)
    examples = {'rotate2': list(d)}
    d = deque(maxlen=3)
    for i in range(5):
        d.append(i)
    examples['maxLen3'] = list(d)
    d = deque([1, 2, 3])
    d.extendleft([4, 5, 6])
    examples['extendLeft'] = list(d)
    dump('deque', {'scripts': scripts, 'examples': examples})


# --------------------------------------------------------------------------------------------
# OrderedDict


def ordered_map_goldens():
    rng = random.Random(5004)
    keys = ['a', 'b', 'c', 'd', 'e', 'f']
    scripts = []
    for _ in range(60):
        start = [[k, rng.randint(0, 9)] for k in rng.sample(keys, rng.randint(0, 5))]
        od = OrderedDict((k, v) for k, v in start)
        steps = []
        for _ in range(rng.randint(4, 14)):
            kind = rng.choice(['set', 'set', 'delete', 'moveToEnd', 'moveToEnd', 'popItem', 'get',
                               'equalsOrdered', 'equalsPlain', 'reversed'])
            step = {'op': kind, 'before': [list(p) for p in od.items()]}
            try:
                if kind == 'set':
                    step['arg'] = [rng.choice(keys), rng.randint(0, 9)]
                    od[step['arg'][0]] = step['arg'][1]
                elif kind == 'delete':
                    k = rng.choice(keys)
                    step['arg'] = k
                    step['result'] = k in od
                    od.pop(k, None)
                elif kind == 'moveToEnd':
                    step['arg'] = [rng.choice(keys), rng.random() < 0.5]
                    od.move_to_end(step['arg'][0], last=step['arg'][1])
                elif kind == 'popItem':
                    step['arg'] = rng.random() < 0.5
                    step['result'] = list(od.popitem(last=step['arg']))
                elif kind == 'get':
                    k = rng.choice(keys)
                    step['arg'] = k
                    step['result'] = od.get(k)
                elif kind in ('equalsOrdered', 'equalsPlain'):
                    # Half the time compare with a shuffled copy of the current entries.
                    items = list(od.items())
                    if rng.random() < 0.5:
                        rng.shuffle(items)
                    else:
                        items = [[rng.choice(keys), rng.randint(0, 9)] for _ in range(rng.randint(0, 4))]
                    step['arg'] = [list(p) for p in items]
                    other = OrderedDict(items) if kind == 'equalsOrdered' else dict(items)
                    step['result'] = od == other
                elif kind == 'reversed':
                    step['result'] = list(reversed(od))
            except KeyError:
                step['error'] = 'KeyError'
            step['state'] = [list(p) for p in od.items()]
            steps.append(step)
        scripts.append({'start': start, 'steps': steps})
    dump('ordered-map', {'scripts': scripts})


# --------------------------------------------------------------------------------------------
# namedtuple


def named_tuple_goldens():
    cases = []
    defs = [
        {'name': 'Point', 'fields': ['x', 'y'], 'defaults': None, 'values': [[1, 2], [3, -4]]},
        {'name': 'Color', 'fields': ['red', 'green', 'blue'], 'defaults': None, 'values': [[255, 128, 0]]},
        {'name': 'Employee', 'fields': ['name', 'dept', 'salary'], 'defaults': [50000],
         'values': [['Ada', 'R&D'], ['Alan', 'Math', 70000]]},
        {'name': 'Node', 'fields': ['value', 'left', 'right'], 'defaults': [None, None], 'values': [[7], [8, 1]]},
        {'name': 'Single', 'fields': ['only'], 'defaults': None, 'values': [['x']]},
    ]
    for d in defs:
        T = namedtuple(d['name'], d['fields'], defaults=d['defaults'])
        instances = []
        for vals in d['values']:
            t = T(*vals)
            replace_field = d['fields'][0]
            instances.append({
                'args': vals,
                'tuple': list(t),
                'repr': repr(t),
                'asDict': [[k, v] for k, v in t._asdict().items()],
                'replace': {'changes': {replace_field: 'changed'}, 'tuple': list(t._replace(**{replace_field: 'changed'}))},
                'equalsPlainTuple': t == tuple(t),
                'length': len(t),
            })
        # Wrong arities raise TypeError.
        arity = []
        for n in range(0, len(d['fields']) + 2):
            try:
                T(*range(n))
                arity.append({'n': n, 'ok': True})
            except TypeError:
                arity.append({'n': n, 'ok': False})
        cases.append({'name': d['name'], 'fields': d['fields'], 'defaults': d['defaults'],
                      'fieldDefaults': [[k, v] for k, v in T._field_defaults.items()],
                      'instances': instances, 'arity': arity,
                      'make': list(T._make(d['values'][-1] + [None] * (len(d['fields']) - len(d['values'][-1]))))})

    bad_names = []
    for fields in (['x', 'x'], ['_x', 'y'], ['1x'], ['a-b'], ['x', 'y z'], ['ok', 'fine'], ['x_1', 'Y']):
        try:
            namedtuple('T', fields)
            bad_names.append({'fields': fields, 'ok': True})
        except ValueError:
            bad_names.append({'fields': fields, 'ok': False})

    # Tuples of different types but equal values compare equal, like plain tuples.
    P = namedtuple('P', 'x y')
    Q = namedtuple('Q', 'a b')
    cross = {'equal': P(1, 2) == Q(1, 2), 'unequal': P(1, 2) == Q(2, 1)}
    dump('named-tuple', {'cases': cases, 'fieldNames': bad_names, 'crossType': cross})


# --------------------------------------------------------------------------------------------
# ChainMap


def chain_map_goldens():
    rng = random.Random(5005)
    keys = ['a', 'b', 'c', 'd', 'e', 'f']
    scripts = []
    for _ in range(50):
        n_maps = rng.randint(1, 4)
        maps = [dict((k, rng.randint(0, 99)) for k in rng.sample(keys, rng.randint(0, 4))) for _ in range(n_maps)]
        start = [[list(p) for p in m.items()] for m in maps]
        cm = ChainMap(*maps)
        steps = []
        for _ in range(rng.randint(4, 12)):
            kind = rng.choice(['set', 'delete', 'get', 'has', 'size', 'setIn', 'newChild', 'parents', 'keys'])
            step = {'op': kind, 'before': [[list(p) for p in m.items()] for m in cm.maps]}
            try:
                if kind == 'set':
                    step['arg'] = [rng.choice(keys), rng.randint(100, 199)]
                    cm[step['arg'][0]] = step['arg'][1]
                elif kind == 'delete':
                    step['arg'] = rng.choice(keys)
                    del cm[step['arg']]
                elif kind == 'get':
                    step['arg'] = rng.choice(keys)
                    step['result'] = cm.get(step['arg'])
                elif kind == 'has':
                    step['arg'] = rng.choice(keys)
                    step['result'] = step['arg'] in cm
                elif kind == 'size':
                    step['result'] = len(cm)
                elif kind == 'setIn':
                    # Mutating an underlying map shows through the chain: it is a view.
                    i = rng.randrange(len(cm.maps))
                    step['arg'] = [i, rng.choice(keys), rng.randint(200, 299)]
                    cm.maps[i][step['arg'][1]] = step['arg'][2]
                elif kind == 'newChild':
                    child = [[k, rng.randint(300, 399)] for k in rng.sample(keys, rng.randint(0, 2))]
                    step['arg'] = child
                    cm = cm.new_child(dict(child))
                elif kind == 'parents':
                    if len(cm.maps) > 1:
                        cm = cm.parents
                    else:
                        step['skipped'] = True
                elif kind == 'keys':
                    step['result'] = list(cm)
            except KeyError:
                step['error'] = 'KeyError'
            step['state'] = [list(p) for p in cm.items()]
            step['maps'] = [[list(p) for p in m.items()] for m in cm.maps]
            steps.append(step)
        scripts.append({'maps': start, 'steps': steps})

    # The lookup chain of the docs: command line, then environment, then defaults.
    defaults = {'color': 'red', 'user': 'guest', 'debug': 'no'}
    env = {'user': 'ada', 'lang': 'en'}
    cli = {'debug': 'yes'}
    cm = ChainMap(cli, env, defaults)
    example = {'maps': [list(m.items()) for m in (cli, env, defaults)], 'items': [list(p) for p in cm.items()]}
    dump('chain-map', {'scripts': scripts, 'example': example})


# --------------------------------------------------------------------------------------------
# os.walk, with scandir sorted by name so the order is the "sorted" walk the exercise asks for.

FIXTURE = {
    'dirs': ['src', 'src/lib', 'src/lib/deep', 'src/app', 'docs', '.git', '.git/objects', 'node_modules',
             'node_modules/pkg', 'Empty', 'b dir', 'target'],
    'files': ['README.md', 'a.txt', 'B.txt', 'src/main.ts', 'src/lib/util.ts', 'src/lib/deep/x.ts',
              'src/lib/deep/y.ts', 'src/app/index.ts', 'docs/guide.md', '.git/HEAD', '.git/objects/ab',
              'node_modules/pkg/index.js', 'b dir/c.txt', 'target/t.bin', '.hidden'],
    # name -> target (relative to the link's directory)
    'symlinks': [['docs/link-to-lib', '../src/lib'], ['link-to-readme', 'README.md'], ['dangling', 'missing-target'],
                 ['src/app/up', '../../target']],
}


class SortedScandir:
    def __init__(self, path):
        self._it = _real_scandir(path)
        self._entries = iter(sorted(self._it, key=lambda e: e.name))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._it.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)


_real_scandir = os.scandir


def walk_goldens():
    os.scandir = SortedScandir  # os.walk looks scandir up in the os module at call time
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = os.path.join(tmp, 'fixture')
            os.mkdir(root)
            for d in FIXTURE['dirs']:
                os.makedirs(os.path.join(root, d), exist_ok=True)
            for f in FIXTURE['files']:
                with open(os.path.join(root, f), 'w') as fh:
                    fh.write(f)
            for link, target in FIXTURE['symlinks']:
                os.symlink(target, os.path.join(root, link))

            def rel(p):
                return '<root>' + p[len(root):]

            def run(top, **kw):
                return [[rel(dp), dn, fn] for dp, dn, fn in os.walk(top, **kw)]

            def pruned():
                out = []
                for dp, dn, fn in os.walk(root):
                    out.append([rel(dp), list(dn), list(fn)])
                    dn[:] = [d for d in dn if not d.startswith('.') and d != 'node_modules']
                return out

            def stop_early():
                out = []
                for dp, dn, fn in os.walk(root):
                    out.append([rel(dp), list(dn), list(fn)])
                    dn.clear()
                return out

            cases = {
                'topDown': run(root),
                'bottomUp': run(root, topdown=False),
                'followLinks': run(root, followlinks=True),
                'subdirectory': run(os.path.join(root, 'src')),
                'missingRoot': run(os.path.join(root, 'does-not-exist')),
                'fileRoot': run(os.path.join(root, 'a.txt')),
                'pruned': pruned(),
                'noDescent': stop_early(),
            }
    finally:
        os.scandir = _real_scandir
    dump('walk', {'fixture': FIXTURE, 'cases': cases})


# --------------------------------------------------------------------------------------------
# argparse, for the parts of parseCli that go beyond node:util parseArgs (number, choices, required).


def parse_cli_goldens():
    def parser():
        p = argparse.ArgumentParser(prog='tool', exit_on_error=False, allow_abbrev=False)
        p.add_argument('-v', '--verbose', action='store_true')
        p.add_argument('-n', '--count', type=float)
        p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
        p.add_argument('--name', required=True)
        p.add_argument('-t', '--tag', action='append')
        p.add_argument('--level', type=float, choices=[1.0, 2.0, 3.0])
        p.add_argument('rest', nargs='*')
        return p

    argvs = [
        ['--name', 'ada'],
        ['--name=ada', '-v'],
        ['--name', 'ada', '--count', '3'],
        ['--name', 'ada', '--count=2.5'],
        ['--name', 'ada', '-n', '1e3'],
        ['--name', 'ada', '-n7'],
        ['--name', 'ada', '-vn', '4'],
        ['--name', 'ada', '-vn4'],
        ['--name', 'ada', '--count=-1.5'],
        ['--name', 'ada', '--count', 'abc'],
        ['--name', 'ada', '--count=', ],
        ['--name', 'ada', '--mode', 'slow'],
        ['--name', 'ada', '--mode=fast'],
        ['--name', 'ada', '--mode', 'turbo'],
        ['--name', 'ada', '--mode=Fast'],
        ['--name', 'ada', '-t', 'a', '--tag', 'b', '--tag=c'],
        ['--name', 'ada', 'file1', 'file2'],
        ['--name', 'ada', '--', '-v', '--count'],
        ['--name='],
        [],
        ['-v'],
        ['--mode', 'slow', '-t', 'x'],
        ['--name', 'ada', '--level', '2'],
        ['--name', 'ada', '--level=2.0'],
        ['--name', 'ada', '--level', '4'],
        ['--name', 'ada', '--verbose=yes'],
        ['--name', 'ada', '--unknown'],
        ['--name', 'ada', '-x'],
        ['--', '--name', 'ada'],
    ]
    cases = []
    devnull = open(os.devnull, 'w')
    for argv in argvs:
        old = sys.stderr
        sys.stderr = devnull
        try:
            ns = parser().parse_args(argv)
            d = vars(ns)
            rest = d.pop('rest')
            values = {k: v for k, v in d.items() if v is not None}
            cases.append({'argv': argv, 'ok': True, 'values': values, 'positionals': rest})
        except (argparse.ArgumentError, SystemExit):
            cases.append({'argv': argv, 'ok': False})
        finally:
            sys.stderr = old
    devnull.close()
    dump('parse-cli', {'argparse': cases})


# --------------------------------------------------------------------------------------------
# json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) agrees with JCS when every
# key is in the Basic Multilingual Plane (code point order = UTF-16 order) and every number is an
# integer below 2**53 (digits only in both languages).


def canonical_json_goldens():
    rng = random.Random(5006)
    alphabet = ['a', 'b', 'B', 'z', '1', '10', '9', ' ', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f', '\x00',
                '\x1f', '\x7f', '\u0080', 'é', 'ö', '€', '\u2028', '\ufb33', '\uffff', '中', "'", '<', '$']

    def text():
        return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))

    def value(depth):
        r = rng.random()
        if depth <= 0 or r < 0.45:
            leaf = rng.randint(0, 5)
            if leaf == 0:
                return None
            if leaf == 1:
                return rng.random() < 0.5
            if leaf == 2:
                return rng.randint(-2 ** 53 + 1, 2 ** 53 - 1)
            if leaf == 3:
                return rng.randint(-1000, 1000)
            return text()
        if r < 0.7:
            return [value(depth - 1) for _ in range(rng.randint(0, 4))]
        return {text(): value(depth - 1) for _ in range(rng.randint(0, 5))}

    cases = []
    for _ in range(120):
        v = value(4)
        cases.append({
            'input': json.dumps(v, ensure_ascii=True),
            'canonical': json.dumps(v, sort_keys=True, separators=(',', ':'), ensure_ascii=False),
        })
    dump('canonical-json', {'cases': cases})


counter_goldens()
default_map_goldens()
deque_goldens()
ordered_map_goldens()
named_tuple_goldens()
chain_map_goldens()
walk_goldens()
parse_cli_goldens()
canonical_json_goldens()
