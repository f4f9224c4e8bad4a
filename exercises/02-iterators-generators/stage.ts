import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '02-iterators-generators',
  title: 'Iterators and generators',
  roadmap: 'Advanced Python concepts: generators; the standard library: itertools',
  exercises: [
    defineExercise({
      id: 'range',
      title: "range: Python's lazy integer sequence",
      python: 'range(start, stop, step), len(r), r[i], x in r',
      hints: [
        'Sort out the arguments first: with one argument it is the stop and start is 0. Check the arguments before returning anything, so range(0, 10, 0) throws at once.',
        'length = Math.max(0, Math.ceil((stop - start) / step)) works for both directions. Then value k is start + k * step for 0 <= k < length: at(i) and includes(x) are arithmetic on k.',
        'Make [Symbol.iterator] a generator method (*[Symbol.iterator]() { ... }) on the returned object, not one generator created up front, so every for...of starts again from the beginning.',
      ],
    }),
    defineExercise({
      id: 'lazy-slices',
      title: 'islice, take, drop, takeWhile, dropWhile',
      python: 'itertools.islice / itertools.takewhile / itertools.dropwhile',
      hints: [
        'takeWhile and dropWhile are short generator functions (function*) over for...of. dropWhile needs one flag: once an item fails the predicate, stop checking.',
        'islice must throw for bad arguments at the call. A generator function runs nothing until the first next(), so make islice a plain function that validates and then returns the result of a separate function* helper.',
        'In the helper, pull by hand with const iterator = it[Symbol.iterator]() and iterator.next(): keep `pulled` (items taken) and `next` (index of the next result). Skip while pulled < next, stop when pulled >= stop, else pull, yield, and set next = Math.min(next + step, stop).',
        'take(it, n) is islice(it, n) and drop(it, n) is islice(it, n, null). Checking the count after pulling (for...of with if (count++ >= n) return) consumes one item too many.',
      ],
    }),
    defineExercise({
      id: 'chain-zip',
      title: 'chain, zip and zipLongest',
      python: 'itertools.chain / chain.from_iterable, zip(), itertools.zip_longest',
      hints: [
        'chain is two lines: for (const it of its) yield* it. yield* hands over to the inner iterable until it is used up; chainFromIterable is the same loop over an iterable of iterables.',
        'zip: turn every argument into an iterator first (it[Symbol.iterator]()), then loop over rounds. In a round, call next() on each iterator in order and return at the first done, before touching the others, so no extra item is consumed.',
        'zipLongest: keep a count of active iterators and replace a finished one by a marker (undefined) so it is never pulled again. Push fill for it. When the count drops to 0, return without yielding the half-built row.',
      ],
    }),
    defineExercise({
      id: 'group-by',
      title: 'groupBy: consecutive runs, like itertools.groupby',
      python: 'itertools.groupby(iterable, key)',
      hints: [
        'Only neighbours are compared: keep the current key and the items of the current run; when an item with another key arrives, yield the run and start a new one with that item.',
        'Pull by hand (iterator.next()) instead of for...of, so the end of the input is a place in your code: there, yield the last run. Call key once per item and keep its result.',
        'Compare keys with SameValueZero (a === b || (a !== a && b !== b)), the equality Map uses: NaN then equals NaN, which is what Python gives for the same NaN object.',
      ],
    }),
    defineExercise({
      id: 'combinatorics',
      title: 'product, permutations, combinations',
      python: 'itertools.product / permutations / combinations / combinations_with_replacement',
      points: 15,
      hints: [
        'Copy the input into an array first ([...it]), as Python does with tuple(iterable): you need to index it, and a generator can be read only once. Check r (or repeat) before returning the generator, so a bad value throws at the call.',
        'Work on positions, not values. combinations: choose increasing positions with a recursive generator (extend(from) tries i = from, from + 1, ... and recurses with i + 1). With replacement, recurse with i instead. permutations: try every unused position, smallest first. Trying smaller positions first gives Python\'s order.',
        'product: the index tuple is an odometer. Yield idx.map((i, k) => pools[k][i]), a new array each time, then add one at the last position, carrying to the left on overflow. For repeat, repeat the list of copied pools, not the reading of the inputs.',
      ],
    }),
    defineExercise({
      id: 'accumulate',
      title: 'accumulate, pairwise and batched',
      python: 'itertools.accumulate(it, func, initial=...) / itertools.pairwise / itertools.batched (3.12)',
      hints: [
        'accumulate: the running value starts as initial when it is given (yield it at once), else as the first item; then for each further item acc = fn(acc, x) and yield acc. An empty input with no initial yields nothing.',
        'pairwise only needs the previous item and a flag saying whether there is one yet: yield [prev, x] from the second item on.',
        'batched must throw for a bad n at the call: a plain function that checks n and returns a generator. The generator pulls up to n items by hand into a new array, yields it if it is not empty, and stops once a batch comes back short.',
      ],
    }),
    defineExercise({
      id: 'coroutine',
      title: 'A coroutine: runningAverage driven by next(value)',
      python: 'generator.send(value), priming with next(g), StopIteration.value; the @coroutine decorator',
      hints: [
        'Write runningAverage as function* with total, count and average in local variables and an endless loop around `const term = yield average;`. The yield expression evaluates to whatever the caller passes to next().',
        'End the loop when term == null (undefined or null, not 0), then `return { count, average }`: a generator\'s return value is the value of the final { done: true } result, like StopIteration.value in Python.',
        'primed(factory) returns (...args) => { const g = factory(...args); g.next(); return g; }. The first next() runs the body up to the first yield.',
      ],
    }),
    defineExercise({
      id: 'delegate',
      title: 'yield*: a tree walker that returns a count',
      python: 'yield from, and the value it returns (PEP 380)',
      hints: [
        'walk is a recursive generator: yield the node value before the children (pre) or after them (post), and in between walk every child with yield*.',
        'yield* walk(child) is an expression: it evaluates to what the child walk returned. Write count += yield* walk(child, order), starting from count = 1, and return count. A for...of loop over the child would throw that value away.',
        'flatten: for each item, if Array.isArray(item) then yield* flatten(item), else yield item. Test for arrays, not for iterables: strings are iterable, and a one-letter string contains itself.',
      ],
    }),
    defineExercise({
      id: 'paginate',
      title: 'paginate: an async generator over a cursor API',
      python: 'async generators (async def ... yield), async for, aclose() and finally',
      hints: [
        'async function* can both await and yield. Start with cursor = null; in a loop, await fetchPage(cursor), yield* page.items, then stop if page.next === null or carry on with cursor = page.next.',
        'Only compare with null: "" is a real cursor, and `while (cursor)` would stop there (the Python trap `while cursor:` versus `is not None`).',
        'Put the loop in try { ... } finally { options.onClose?.() }. When the caller breaks out of for await, the generator is resumed at its yield as if it were a return, so finally runs there; it also runs after an error and after the last page.',
      ],
    }),
    defineExercise({
      id: 'infinite',
      title: 'Infinite generators: fibonacci, primes, count, cycle, repeat',
      python: 'while True: yield ...; itertools.count / cycle / repeat; Python ints versus bigint',
      hints: [
        'An infinite generator is a loop without an exit around a yield: it is safe because the caller pulls only what it needs. fibonacci is the Python version with bigint literals (0n, 1n) and [a, b] = [b, a + b].',
        'primes: keep a Map from each upcoming composite number to the primes that cross it out. For q = 2, 3, ...: if q is not in the map it is prime (yield it and add q * q -> [q]); otherwise move each of its primes p to q + p and delete q.',
        'cycle must save the items while yielding them the first time, then loop over the saved array (yield* saved). A generator cannot be read twice, and an empty source must end instead of looping forever. repeat with no count loops; with a count it is a for loop.',
      ],
    }),
  ],
});
