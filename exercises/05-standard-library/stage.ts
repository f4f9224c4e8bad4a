import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '05-standard-library',
  title: 'The standard library, TypeScript edition',
  roadmap: 'Python standard library: collections, itertools, os, sys, json',
  exercises: [
    defineExercise({
      id: 'counter',
      title: 'Counter: a multiset with most_common',
      python: 'collections.Counter',
      hints: [
        'Keep the counts in a private Map<T, number>: a Map remembers insertion order exactly like a Python dict.',
        'mostCommon: copy the entries and sort by count descending. Array.prototype.sort is stable, so ties keep insertion order as Python does; never break ties by the item.',
        'subtract writes every result back (even 0 or negative); plus/minus/union/intersection build a new Counter and keep only results > 0, walking this counter first and then the other one\'s new items.',
      ],
    }),
    defineExercise({
      id: 'default-map',
      title: 'DefaultMap: a Map that fills in missing keys',
      python: 'collections.defaultdict',
      hints: [
        'Extend Map and override get: when super.has(key) is false, make a value with the factory, store it with super.set, then return it.',
        'Call the factory on every miss. Creating one default up front and reusing it makes all keys share the same list, the classic mutable-default bug.',
        'peek is the non-inserting lookup (Python dict.get): plain super.get(key).',
      ],
    }),
    defineExercise({
      id: 'deque',
      title: 'Deque: a ring buffer with maxLen and rotate',
      python: 'collections.deque',
      hints: [
        'Store items in a fixed-size array with a head index and a length; item i lives at (head + i) mod capacity. Double the array (unrolling it) when it is full.',
        'With maxLen, a full deque drops from the opposite end: append drops the leftmost, appendLeft drops the rightmost. maxLen 0 keeps nothing.',
        'rotate(n) moves n items from the right end to the left: reduce n modulo the length (JavaScript % keeps the sign, so add the length and take % again), then pop/appendLeft that many times or move the head.',
      ],
    }),
    defineExercise({
      id: 'ordered-map',
      title: 'OrderedMap: move_to_end and popitem',
      python: 'collections.OrderedDict',
      hints: [
        'A Map already keeps insertion order, and set() on an existing key keeps its place. What it cannot do cheaply is move a key to the front.',
        'Do what CPython does: a Map from key to a node of a circular doubly linked list with a sentinel; moveToEnd unlinks a node and relinks it next to the sentinel, popItem takes sentinel.prev or sentinel.next.',
        'equals: against another OrderedMap compare the entry lists position by position; against a plain Map compare sizes and look each key up (order does not matter, as for OrderedDict == dict).',
      ],
    }),
    defineExercise({
      id: 'named-tuple',
      title: 'defineTuple: frozen named tuples',
      python: 'collections.namedtuple',
      hints: [
        'Make each instance a real array (so indexing, spreading and destructuring work), give it a prototype made with Object.create(Array.prototype), and Object.freeze it.',
        'Put one getter per field on that prototype (Object.defineProperty(proto, field, { get() { return this[i]; } })) plus replace, asDict, equals and toString; set the returned function\'s prototype to it so instanceof works.',
        'Defaults belong to the rightmost fields: with 3 fields and 1 default, 2 arguments are required. Validate names before anything else and throw ValueError; wrong argument counts are a TypeError.',
      ],
    }),
    defineExercise({
      id: 'chain-map',
      title: 'ChainMap: layered lookups',
      python: 'collections.ChainMap',
      hints: [
        'Keep the maps themselves, not copies: a ChainMap is a live view. get/has search them in order; set, delete and clear touch only maps[0].',
        'Iteration order is Python\'s: merge the maps into a Set of keys starting from the LAST map, so its keys come first and each key stays where it first appeared.',
        'newChild(m) is new ChainMap(m ?? new Map(), ...this.maps); parents is new ChainMap(...this.maps.slice(1)).',
      ],
    }),
    defineExercise({
      id: 'canonical-json',
      title: 'canonicalJson: RFC 8785 JSON canonicalization',
      python: "json.dumps(v, sort_keys=True, separators=(',', ':'), ensure_ascii=False)",
      hints: [
        'Recurse on the value: null, booleans, numbers and strings are leaves; arrays keep their order; objects get sorted keys. No spaces anywhere.',
        'JSON.stringify already does the leaf work JCS asks for: it escapes strings exactly as RFC 8785 wants and prints numbers with ECMAScript\'s Number-to-String (1e+30, 0.002). Check Number.isFinite first: NaN and Infinity must throw TypeError.',
        'Sort keys with the plain sort() (UTF-16 code units), never localeCompare and never by code point: "\u{1F600}" (surrogates D83D…) sorts before "\uFB33". Do not rely on Object.keys order: integer-like keys like "10" and "9" come out numerically.',
      ],
    }),
    defineExercise({
      id: 'json-revivers',
      title: 'JSON replacer and reviver for Date, BigInt, Map and Set',
      python: 'json.dumps(default=...) / json.loads(object_hook=...)',
      hints: [
        'The replacer is called for every value; return a tagged object { $type, value } for the four types and the value itself otherwise. JSON.stringify then walks whatever you returned, so Map entries and Set items get the same treatment.',
        'A Date reaches the replacer as a string because Date.prototype.toJSON runs first. Look at this[key] (the holder\'s original value) instead, which is why the replacer must be a function, not an arrow.',
        'The reviver runs bottom-up: by the time it sees {"$type":"Map","value":[...]}, the entries inside are already revived. Only treat an object as a tag when its keys are exactly $type and value and the type is one of the four.',
      ],
    }),
    defineExercise({
      id: 'walk',
      title: 'walk: os.walk over a directory tree',
      python: 'os.walk',
      hints: [
        'readdirSync(dir, { withFileTypes: true }) gives Dirent objects; wrap it in try/catch and return quietly on error. For a symlink, statSync (which follows links) tells whether it points to a directory; a broken link counts as a file.',
        'Write it as a recursive generator: yield [dir, dirnames, filenames] and then `yield* walk(child)` for each name. Sort both lists before yielding.',
        'Pruning works only if you loop over the same dirnames array you yielded, after the yield. Skip symlinked directories (lstatSync(p).isSymbolicLink()) unless followLinks; bottom-up, recurse first and yield last.',
      ],
    }),
    defineExercise({
      id: 'parse-cli',
      title: 'parseCli: an argparse-style command-line parser',
      python: 'argparse.ArgumentParser',
      hints: [
        'Split the work like parseArgs: first turn argv into tokens (option with name, raw text, value and whether the value was inline; or positional), then check and store the tokens in order.',
        'Tokenizing, in this order: "--" ends options; "-x" is a lone short; "-abc" is a group when its first letter takes no value (push the expanded "-a", "-b", "-c" back onto the front of the argument list); "-fVALUE" is a short with an inline value; "--name" and "--name=value" are long options; anything else is positional.',
        'A value taken from the next argument that starts with "-" (and is not just "-") is ambiguous and must be rejected; an inline one ("--out=-v") is fine. Apply defaults after all tokens, then check required options with === undefined, so an empty string counts as given.',
      ],
    }),
  ],
});
