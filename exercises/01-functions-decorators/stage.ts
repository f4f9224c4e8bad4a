import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '01-functions-decorators',
  title: 'Functions and decorators',
  roadmap: 'Advanced Python concepts: decorators, higher-order functions, closures',
  exercises: [
    defineExercise({
      id: 'compose',
      title: 'Function composition: compose and pipe',
      python: 'functools.reduce(lambda f, g: lambda x: f(g(x)), fns) (function composition)',
      hints: [
        'Both return a new function of one argument x; nothing is called until that function is called.',
        'Fold over the list with the argument as the starting value: pipe uses fns.reduce((acc, f) => f(acc), x), compose the same fold from the right (reduceRight).',
        'Passing x as the seed of the fold is what makes the empty list work: with no functions the fold just returns x.',
      ],
    }),
    defineExercise({
      id: 'memoize',
      title: 'memoize with an LRU bound',
      python: 'functools.lru_cache / functools.cache',
      hints: [
        'Keep a Map from key to result inside the closure; the wrapper computes the key, returns the cached value on a hit, and calls fn on a miss.',
        'Test for a hit with cache.has(key): a cached undefined must still count as a hit, and a call that throws must store nothing.',
        'A Map iterates in insertion order, so it is already an LRU list: on a hit delete and re-set the key to move it to the end, and evict cache.keys().next().value while size > maxSize.',
        'Copy the name with Object.defineProperty(wrapper, "name", { value: fn.name }), and attach cache and clear with Object.assign(wrapper, { cache, clear }).',
      ],
    }),
    defineExercise({
      id: 'lru-cache-decorator',
      title: '@lruCache: a TC39 method decorator with cacheInfo()',
      python: '@functools.lru_cache(maxsize=...) on a method, f.cache_info(), f.cache_clear()',
      points: 15,
      hints: [
        'lruCache(maxSize) is a decorator factory: it returns (method, context) => replacement. The replacement is a plain function (not an arrow) so it gets the instance as `this`; call the original with method.apply(this, args).',
        'Python puts `self` in the key. Give every instance a number the first time you see it (a WeakMap from object to id) and build the key as `${id}|${JSON.stringify(args)}`.',
        'Count the miss before calling the method, so a call that throws is still a miss; store the result only when the call returns. On a hit, delete and re-set the key to make it the most recent; evict cache.keys().next().value when the size passes maxSize (null means no limit, 0 stores nothing).',
        'Return Object.assign(replacement, { cacheInfo, cacheClear }); cacheInfo builds { hits, misses, maxSize, currSize: cache.size } and cacheClear also resets the counters.',
      ],
    }),
    defineExercise({
      id: 'retry-decorator',
      title: '@retry: exponential backoff for async methods',
      python: 'tenacity @retry(stop=stop_after_attempt(n), wait=wait_exponential(...)) / the backoff package',
      hints: [
        'The replacement is an async function, so anything the method throws, even synchronously, becomes a rejection of the promise the caller gets.',
        'Loop over attempts with try { return await method.apply(this, args) } catch (e) { ... }. The await matters: `return promise` inside try lets a rejection slip past the catch.',
        'In the catch: if attempt > retries (attempts count from 1) or shouldRetry(e, attempt) is false, rethrow e; otherwise await new Promise((r) => setTimeout(r, baseMs * factor ** (attempt - 1))) and loop.',
      ],
    }),
    defineExercise({
      id: 'timed',
      title: '@timed: measure calls with an injected clock',
      python: 'a timing decorator: start = time.perf_counter(); try: return fn(...) finally: record(...)',
      hints: [
        'Read the clock once before the call and once when the call is over; the name comes from context.name.',
        'Wrap the call in try/catch: record { ok: false } and rethrow in the catch. For a plain return value, record { ok: true } and return it.',
        'An async method returns a promise at its first await. When the result has a then method, return result.then(onValue, onError) where each handler records before passing the value on or rethrowing.',
      ],
    }),
    defineExercise({
      id: 'debounce-throttle',
      title: 'once, debounce and throttle',
      python: 'closures holding state; asyncio loop.call_later / threading.Timer for the timed ones',
      hints: [
        'All three are closures: the state (a done flag, a timer handle, the latest arguments) lives in variables of the outer function, shared by every call of the returned one.',
        'debounce: on every call clearTimeout the old timer and start a new one for ms; a call when no timer is running starts a burst (run fn now if leading, else remember the arguments). When the timer fires, run fn with the remembered arguments if trailing and there are any.',
        'throttle: if no window is open, run fn now and setTimeout(windowEnds, ms); otherwise only remember the arguments. windowEnds runs fn with the remembered arguments (and opens a new window) or goes idle.',
        'cancel() is clearTimeout plus forgetting the remembered arguments; attach it with Object.assign(wrapper, { cancel }).',
      ],
    }),
    defineExercise({
      id: 'bound',
      title: '@bound: methods that remember their instance',
      python: 'bound methods: obj.method remembers obj (types.MethodType)',
      hints: [
        'A method decorator cannot see the instance: it runs once, when the class is defined. context.addInitializer(fn) registers fn to run for every new instance, with `this` set to it.',
        'In the initializer, store a bound copy on the instance: this[context.name] = this[context.name].bind(this). The instance property shadows the prototype method.',
        'Read this[context.name] instead of binding the decorated method directly, so a subclass override is what gets bound. Check context.private first and throw a TypeError: a #private method cannot be replaced that way.',
      ],
    }),
    defineExercise({
      id: 'observable-accessor',
      title: '@observable accessor: properties that announce their changes',
      python: 'property with a notifying setter (@x.setter), an observer pattern',
      hints: [
        'An accessor decorator receives target = { get, set } (the hidden storage) and returns { get, set } to use instead. Call the originals with target.get.call(this) and target.set.call(this, value).',
        'Keep the listeners outside the class, per object: a module-level WeakMap<object, ChangeListener[]> that observe() appends to and its returned function filters.',
        'In set: read the old value, store the new one, return early if Object.is(old, new), then call every listener of `this` with { property: context.name, oldValue, newValue } and the object.',
      ],
    }),
    defineExercise({
      id: 'curry',
      title: 'curry and partial with typed arity',
      python: 'functools.partial (and toolz.curry)',
      hints: [
        'partial is one line: return a function of ...rest that calls fn(...bound, ...rest); attach func and args with Object.assign.',
        'For curry, fn.length is the number of arguments to wait for. Write collect(got) that returns (...more) => { const all = [...got, ...more]; ... }: call fn(...all) when all.length >= fn.length, else return collect(all).',
        'Never push into a shared array: `const add1 = c(1)` must work for many later calls, so every call builds a new array. The types (Curried, Prefix, Drop) are given; the implementation needs one cast, `collect([]) as Curried<A, R>`.',
      ],
    }),
    defineExercise({
      id: 'validate-args',
      title: '@validateArgs: run-time argument checks',
      python: 'pydantic.validate_call / typeguard.typechecked (checks against the annotations)',
      hints: [
        'Turn the schema into a list once, when validateArgs is called: Object.entries(schema) keeps the keys in parameter order. Check the type names there, so a typo throws when the class is defined.',
        'One small test per type name. typeof covers most; the exceptions are integer (Number.isInteger), array (Array.isArray), null (=== null) and object, which must reject null and arrays. A trailing ? also accepts undefined.',
        'In the replacement method, walk the schema (not the arguments) so a missing argument is checked as undefined. On the first failure throw new TypeError(`${String(context.name)}: argument "${name}" must be ${expected}, got ...`); otherwise return method.apply(this, args).',
      ],
    }),
  ],
});
