import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '10-nosql-distributed-data',
  title: 'NoSQL and distributed data',
  roadmap: 'Database fundamentals: NoSQL (MongoDB, Cassandra): document queries, updates, aggregation, partitioning, replication',
  exercises: [
    defineExercise({
      id: 'query-matcher',
      title: 'A MongoDB query matcher',
      points: 20,
      python: 'pymongo: collection.find({"age": {"$gte": 18}, "tags": "admin"})',
      hints: [
        'First resolve the path: split on ".", and whenever the current value is an array, continue into every element (and remember "missing" as its own marker, distinct from null).',
        'A condition holds when it holds for any value the path reached, or for any element of a reached array. {field: null} matches null and missing; $ne, $nin and $not are the negations of $eq, $in and the inner expression.',
        '$gt/$lt compare numbers with numbers and strings with strings only. $size, $all and $elemMatch look at the array itself: $elemMatch needs one element satisfying every condition at once.',
      ],
    }),
    defineExercise({
      id: 'updates',
      title: 'Update operators',
      python: 'pymongo: collection.update_one(filter, {"$set": ..., "$inc": ..., "$push": ...})',
      hints: [
        'Work on structuredClone(doc) so the input never changes. Write one helper that walks a dotted path to the parent object (creating {} on the way for $set/$inc/$push) and returns it with the last key.',
        '$inc starts a missing field at 0; $push and $addToSet start a missing field as []; { $each: [...] } means several values. Throw when $inc meets a non-number or an array operator meets a non-array.',
        '$pull keeps the elements that do not match: a plain value matches by deep equality, an operator object like { $gte: 3 } by matches({ v: element }, { v: cond }) (from ./query-matcher.ts), a query document by matching the subdocument.',
      ],
    }),
    defineExercise({
      id: 'aggregation',
      title: 'An aggregation pipeline',
      points: 20,
      python: 'pymongo: collection.aggregate([{"$match": ...}, {"$group": ...}, {"$sort": ...}])',
      hints: [
        'A pipeline is a fold: start from copies of the documents and let each stage turn an array of documents into the next one. $match can reuse matches from ./query-matcher.ts; $limit is slice.',
        'An expression "$a.b" reads a field (missing stays missing); an object of expressions builds an object and leaves out missing fields. $group keeps groups in a list in order of first appearance, comparing keys with deepEqual.',
        '$sum and $avg use only numbers ($avg of none is null); $min and $max skip null and missing and compare across types as MongoDB does (null < numbers < strings < objects < arrays). $sort must be stable: Array.prototype.sort is.',
        '$unwind emits one copy per array element; an empty array, null or a missing field drops the document unless preserveNullAndEmptyArrays (then an empty array loses the field). A non-array value passes through as is.',
      ],
    }),
    defineExercise({
      id: 'embedding',
      title: 'Embedding versus referencing',
      python: 'MongoDB schema design: embedded subdocuments vs references ($lookup)',
      hints: [
        'denormalize is $lookup: for every parent, the children whose foreignField deep-equals the parent\'s localField (default "_id"), in their original order, under parent[as].',
        'normalize walks the parents in order: the parent without its `as` field goes to parents, and each embedded child, with foreignField set to the parent key, goes to children.',
        'Copy everything you return (structuredClone): callers will edit the result, and neither input may change.',
      ],
    }),
    defineExercise({
      id: 'consistent-hashing',
      title: 'A consistent-hash ring with virtual nodes',
      python: 'uhashring.HashRing / the ring behind Cassandra and Dynamo partitioning',
      hints: [
        'Keep every virtual node as a point { position: hash(`${node}#${i}`), node } in one array sorted by position (then node name).',
        'owner(key): binary-search the first point whose position is >= hash(key); past the end, wrap around to index 0.',
        'replicas(key, n): walk clockwise from that index, skipping nodes already chosen, until you have n distinct nodes or have seen every point.',
      ],
    }),
    defineExercise({
      id: 'rendezvous',
      title: 'Rendezvous (highest random weight) hashing',
      python: 'HRW hashing: max(nodes, key=lambda n: hash((n, key)))',
      hints: [
        'The score of a node for a key is hash32(`${node}:${key}`); the owner is the node with the highest score.',
        'Break equal scores by the smaller node name, so every caller agrees on the winner.',
        'The ranking sorts all nodes by descending score (same tie-break); topK is its first k entries. Removing a node cannot change any other node\'s score, which is why only its keys move.',
      ],
    }),
    defineExercise({
      id: 'wide-column',
      title: 'A Cassandra-style wide-column table',
      python: 'cassandra-driver: session.execute("SELECT ... WHERE pk = %s AND ck >= %s LIMIT 10")',
      hints: [
        'Keep a Map from the partition key (JSON.stringify of its column values) to an array of rows kept sorted by the clustering columns, each ascending or descending as the schema says.',
        'insert finds the position by binary search: an equal clustering key means an upsert (merge the new columns into the stored row), otherwise splice the row in. delete with only the partition key drops the partition.',
        'select validates like Cassandra (full partition key; eq on a prefix of the clustering columns; range only on the next one), then keeps the matching rows in order, reverses if asked, applies limit last, and returns copies.',
      ],
    }),
    defineExercise({
      id: 'lsm-tree',
      title: 'An LSM tree: memtable, SSTables, tombstones, compaction',
      points: 20,
      python: 'the storage engine under Cassandra / RocksDB (a dict memtable plus sorted runs on disk)',
      hints: [
        'The memtable is a Map; delete stores a tombstone marker (a Symbol) instead of removing the key, because an older table may still hold a value that must stay hidden.',
        'flush sorts the memtable entries by key into a new table placed first (newest first), clears the memtable, and compacts when there are more than maxTables tables. put and delete flush once the memtable holds memtableLimit keys.',
        'get looks in the memtable, then each table from newest to oldest (binary search), and stops at the first entry for the key. compact keeps the newest entry per key and drops tombstones; scan merges everything the same way.',
      ],
    }),
    defineExercise({
      id: 'crdts',
      title: 'CRDTs: G-Counter, PN-Counter, LWW-Register, OR-Set',
      points: 20,
      python: 'conflict-free replicated data types (as in Riak, Redis CRDBs, Automerge)',
      hints: [
        'G-Counter: a record replica -> count; increment only touches this.replica; value is the sum; merge takes the maximum per replica. PN-Counter is two G-Counters (increments and decrements).',
        'LWW-Register: keep { value, timestamp, writer }; a write or a merged state replaces it only when (timestamp, writer) is greater, comparing writer ids on equal timestamps so every replica picks the same winner.',
        'OR-Set: add stores (element, fresh tag `${replica}:${n}`); remove marks as removed the tags it can see; an element is present when one of its tags is not removed. merge unions both maps; keep n growing past this replica\'s existing tags after a merge.',
        'merge must return a new object and leave both operands unchanged; state() must be canonical (sorted, no zero entries) so equal contents compare equal.',
      ],
    }),
    defineExercise({
      id: 'quorum',
      title: 'Quorum reads and writes with read repair',
      points: 20,
      python: 'cassandra-driver: SimpleStatement(query, consistency_level=ConsistencyLevel.QUORUM)',
      hints: [
        'isStrong asks whether some read set of r replicas can miss every replica of some write set of w, out of n. Try n = 3 by hand: r = 1, w = 2, then r = 2, w = 2. How many replicas are left for the read once the write took w? majority(n) is the smallest q for which two sets of q cannot be disjoint.',
        'Keep one Map<string, { value, version }> per replica and one version counter for the cluster. First turn `reachable` into distinct ids (new Set), throwing RangeError for an unknown id, and throw QuorumError(required, alive) before touching anything when there are too few.',
        'read: among the asked replicas take the entry with the highest version (not the first answer); then give a copy of it to every asked replica that holds an older version or nothing. Replicas you did not ask stay as they are.',
      ],
    }),
  ],
});
