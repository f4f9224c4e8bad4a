import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '03-context-managers-async',
  title: 'Context managers and asynchronous programming',
  roadmap: 'Advanced Python concepts: context managers and asynchronous programming',
  exercises: [
    defineExercise({
      id: 'temp-dir',
      title: 'A temporary directory for `using` (tempfile.TemporaryDirectory)',
      points: 5,
      python: 'with tempfile.TemporaryDirectory() as path: ...',
      hints: [
        'Create the folder immediately with fs.mkdtempSync(path.join(dir, prefix)); return a plain object { path, [Symbol.dispose]() { ... } }.',
        'In the dispose method use fs.rmSync(folder, { recursive: true, force: true }): recursive for the contents, force so a second dispose (or an already deleted folder) is not an error. rmSync does not follow symbolic links.',
      ],
    }),
    defineExercise({
      id: 'suppress',
      title: 'Swallow chosen errors (contextlib.suppress)',
      points: 10,
      python: 'with contextlib.suppress(FileNotFoundError): ...',
      hints: [
        'A `using` block cannot swallow an error, so suppress(...classes) returns a function that runs a body callback inside try/catch.',
        'Swallow when errorClasses.some((C) => e instanceof C) (instanceof covers subclasses, like isinstance); otherwise rethrow the same value. suppress() with no classes swallows nothing.',
        'If body() returned a promise, the try/catch has already finished: return result.then(v => v, e => matches(e) ? undefined : Promise.reject(e)) instead.',
      ],
    }),
    defineExercise({
      id: 'exit-stack',
      title: 'A dynamic stack of cleanups (contextlib.ExitStack)',
      points: 15,
      python: 'contextlib.ExitStack: enter_context, callback, pop_all, close',
      hints: [
        'Keep an array of zero-argument cleanup functions. enter() and callback() push one each; dispose pops them from the end (LIFO).',
        'In enter(), read resource[Symbol.dispose] right away, throw a TypeError if it is not a function, and push () => dispose.call(resource) so `this` is right.',
        'While disposing, wrap each cleanup in try/catch. Keep one pending error: the first becomes pending as is; each later error e replaces it with an Error named SuppressedError with .error = e and .suppressed = the old pending. Throw pending at the end.',
        'Track a disposed flag: a second dispose returns at once, and enter/callback/popAll throw ReferenceError afterwards. popAll() gives the current array to a fresh ExitStack and starts a new empty one.',
      ],
    }),
    defineExercise({
      id: 'event-loop',
      title: 'Predict the event loop: microtasks, nextTick, timers, setImmediate',
      points: 10,
      python: 'asyncio event loop: call_soon / call_later, when a coroutine resumes after await',
      hints: [
        'Order of work in Node: all synchronous code; then process.nextTick callbacks; then promise microtasks (then/await/queueMicrotask) until both queues are empty; only then the next macrotask (timer, I/O callback, setImmediate).',
        'A .then callback is queued when its promise settles, not when .then is called: two chains advance one link per round. An async function runs synchronously until its first await.',
        'Special cases: inside an I/O callback, setImmediate beats a 0 ms timer; returning a promise from an async function costs two extra microtask hops; a nextTick queued while the promise queue drains waits for that queue to empty.',
      ],
    }),
    defineExercise({
      id: 'with-timeout',
      title: 'Give a promise a deadline (asyncio.wait_for)',
      points: 10,
      python: 'asyncio.wait_for(aw, timeout) / async with asyncio.timeout(s)',
      hints: [
        'Return new Promise((resolve, reject) => ...). Inside, three things can happen first: the promise settles, the timer fires, the signal aborts.',
        'Write one cleanup() that calls clearTimeout(timer) and signal.removeEventListener(\'abort\', onAbort); call it from all three paths before resolving or rejecting.',
        'Make the timeout error with const e = new Error(...); e.name = \'TimeoutError\'. Check signal.aborted before starting anything, skip setTimeout when ms is Infinity, and throw a RangeError for NaN or negative ms before creating the promise.',
      ],
    }),
    defineExercise({
      id: 'retry-async',
      title: 'Retry with exponential backoff and jitter (tenacity)',
      points: 10,
      python: 'tenacity: @retry(stop=stop_after_attempt(n), wait=wait_exponential(...) / wait_random_exponential(...))',
      hints: [
        'Validate first, outside any async function, so bad options throw synchronously. Then return an async helper that loops attempt = 1, 2, ... with `return await fn(attempt)` inside try.',
        'In the catch: if attempt > retries or !retryIf(error, attempt), rethrow the same error. Otherwise cap = Math.min(maxMs, baseMs * factor ** (attempt - 1)); delay = jitter ? Math.floor(rng() * cap) : cap.',
        'Sleep with new Promise((resolve, reject) => { const timer = setTimeout(...); signal?.addEventListener(\'abort\', onAbort, { once: true }) }); onAbort clears the timer and rejects with signal.reason; the timer callback removes the listener. Check signal.aborted before each attempt.',
      ],
    }),
    defineExercise({
      id: 'p-limit',
      title: 'Limit how many tasks run at once (asyncio.Semaphore around gather)',
      points: 15,
      python: 'sem = asyncio.Semaphore(n); async with sem: ...  /  ThreadPoolExecutor(max_workers=n)',
      hints: [
        'Keep a FIFO array of "starter" functions and a counter of running tasks. limit(fn, ...args) returns new Promise((resolve, reject) => { queue.push(starter); startNext(); }).',
        'A starter increments the counter, runs fn inside try/catch (a synchronous throw becomes Promise.reject(e)), and when the result settles, either way, resolves/rejects the caller, decrements and calls startNext().',
        'startNext() does nothing when active >= concurrency or the queue is empty; otherwise it takes the OLDEST starter. Add activeCount/pendingCount with Object.defineProperties(limit, { activeCount: { get: () => active }, ... }).',
      ],
    }),
    defineExercise({
      id: 'map-concurrent',
      title: 'Map with bounded concurrency, results in order (gather + Semaphore)',
      points: 10,
      python: 'asyncio.gather(*(limited(x) for x in items)) with an asyncio.Semaphore(n); executor.map',
      hints: [
        'Batching (Promise.all on chunks of n) is the classic mistake: one slow call holds its whole batch. Instead start min(n, items.length) workers that share a "next index" counter.',
        'Each worker loops: i = next++; results[i] = await fn(list[i], i); until next reaches the end. Writing to results[i] (not push) keeps input order.',
        'Return Promise.all(workers).then(() => results): it rejects with the first failure. Set a shared failed flag in a catch so no worker starts another item, and validate concurrency before anything starts.',
      ],
    }),
    defineExercise({
      id: 'mutex-semaphore',
      title: 'Mutex and Semaphore with disposable permits (asyncio.Lock, asyncio.Semaphore)',
      points: 15,
      python: 'async with lock: ... / async with asyncio.Semaphore(n): ...',
      hints: [
        'Keep a count of free slots and a FIFO array of waiters (the resolve function of each pending acquire). acquire() resolves at once only when a slot is free AND nobody waits.',
        'Make each permit with its own `released` flag: release() returns early the second time, and [Symbol.dispose] is the same function, so `using permit = await sem.acquire()` works.',
        'On release, if someone waits, shift the first waiter and resolve it with a new permit WITHOUT incrementing the free count (the slot passes hand to hand, so nobody can barge in); only when nobody waits does the count go up.',
        'For acquire(signal): reject at once if signal.aborted; otherwise add an abort listener that splices the waiter out of the queue and rejects with signal.reason, and remove that listener when the waiter is granted. Mutex is class Mutex extends Semaphore { constructor() { super(1) } }.',
      ],
    }),
    defineExercise({
      id: 'async-queue',
      title: 'A bounded producer/consumer queue (asyncio.Queue)',
      points: 20,
      python: 'asyncio.Queue(maxsize): put, get, put_nowait, get_nowait, task_done, join',
      hints: [
        'Keep four arrays: the buffered items, the waiting getters (their resolve functions), the waiting putters ({ item, resolve }), the join waiters; and a count of unfinished tasks.',
        'Write two private helpers. enter(item): unfinished++, then give the item to the oldest waiting getter if there is one, else push it to the buffer. take(): shift the oldest item, then if a putter waits, enter() its item and resolve that putter.',
        'putNowait = full() ? throw new QueueFull() : enter(item). getNowait = empty() ? throw new QueueEmpty() : take(). put/get do the same but push themselves to the waiting array instead of throwing.',
        'taskDone(): throw a RangeError at 0; otherwise decrement, and at 0 resolve (and clear) every join waiter. join() resolves at once when nothing is unfinished. maxSize 0 means Infinity, as in Python.',
      ],
    }),
  ],
});
