#!/usr/bin/env python3
"""Goldens for 08-version-control, made by driving the real `git` binary.

Usage: python3 grader/goldens/08-version-control.py <output folder>   (or: pnpm goldens 08-version-control)

Every expected value below is what git itself printed or wrote: `git hash-object`, `git mktree`,
`git commit-tree`, `git cat-file`, `git ls-files --debug`, `git diff --no-index`,
`git merge-file -p`, `git merge-base --all`, `git rev-parse`, `git log --first-parent`.
The environment is fixed (no user/system config, fixed names, emails and dates), and the random
inputs come from seeded generators, so a rerun with the same git version writes the same files.
"""
import base64
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
TMP = tempfile.mkdtemp(prefix="vc-goldens-")
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": TMP,
    "LC_ALL": "C",
    "TZ": "UTC",
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Ada Lovelace",
    "GIT_AUTHOR_EMAIL": "ada@example.com",
    "GIT_AUTHOR_DATE": "1700000000 +0100",
    "GIT_COMMITTER_NAME": "Grace Hopper",
    "GIT_COMMITTER_EMAIL": "grace@example.com",
    "GIT_COMMITTER_DATE": "1700000100 -0530",
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def git(cwd, *args, input=b"", env=None, check=True):
    r = subprocess.run(["git", *args], cwd=cwd, input=input, capture_output=True, env={**ENV, **(env or {})})
    if check and r.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {r.stderr.decode()}")
    return r


def new_repo(name):
    path = os.path.join(TMP, name)
    git(TMP, "-c", "init.defaultBranch=main", "init", "-q", path)
    git(path, "config", "gc.auto", "0")
    return path


def save(name, value):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"  {name}")


def snapshot(git_dir, keep):
    """{relative path: base64} of the files under git_dir accepted by keep(relpath)."""
    files = {}
    for root, _, names in os.walk(git_dir):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, git_dir)
            if keep(rel):
                with open(full, "rb") as f:
                    files[rel] = b64(f.read())
    return dict(sorted(files.items()))


# ---------------------------------------------------------------- hash-object, loose-object, read-object
repo = new_repo("objects")
tree_body = git(repo, "cat-file", "tree", git(repo, "mktree", "--missing", input=b"100644 blob ce013625030ba8dba906f756967f9e9ca394464a\thello.txt\n").stdout.decode().strip()).stdout
commit_oid = git(repo, "commit-tree", EMPTY_TREE, input=b"first\n").stdout.decode().strip()
commit_body = git(repo, "cat-file", "commit", commit_oid).stdout
tag_body = (f"object {commit_oid}\ntype commit\ntag v1\ntagger Grace Hopper <grace@example.com> 1700000100 -0530\n\nrelease\n").encode()
rng = random.Random(8)
inputs = [
    ("blob", b"hello\n"),
    ("blob", b""),
    ("blob", b"what is up, doc?"),
    ("blob", "héllo wörld 🌍\n".encode()),
    ("blob", bytes(range(256)) * 2),
    ("blob", b"a\0b\0\0c"),
    ("blob", bytes(rng.randrange(256) for _ in range(1000))),
    ("blob", b"x" * 5000),
    ("tree", tree_body),
    ("commit", commit_body),
    ("tag", tag_body),
]
hashed = []
for t, body in inputs:
    oid = git(repo, "hash-object", "-t", t, "--literally", "--stdin", input=body).stdout.decode().strip()
    hashed.append({"type": t, "body": b64(body), "oid": oid})
save("hash-object.json", hashed)

loose = []
for t, body in inputs[:6] + inputs[8:]:
    oid = git(repo, "hash-object", "-w", "-t", t, "--literally", "--stdin", input=body).stdout.decode().strip()
    with open(os.path.join(repo, ".git", "objects", oid[:2], oid[2:]), "rb") as f:
        stored = zlib.decompress(f.read())
    loose.append({"type": t, "body": b64(body), "oid": oid, "path": f"objects/{oid[:2]}/{oid[2:]}", "inflated": b64(stored)})
save("loose-object.json", loose)

# read-object: objects written by git itself (blobs, a tree from write-tree, a commit, an annotated tag).
repo = new_repo("read")
with open(os.path.join(repo, "text.txt"), "w") as f:
    f.write("plain text\nsecond line\n")
with open(os.path.join(repo, "bin.dat"), "wb") as f:
    f.write(bytes(range(255, -1, -1)) + b"\0\0\xff")
open(os.path.join(repo, "empty"), "w").close()
git(repo, "add", "-A")
git(repo, "commit", "-q", "-m", "snapshot")
git(repo, "tag", "-a", "-m", "annotated", "v1")
oids = git(repo, "rev-parse", "HEAD", "HEAD^{tree}", "v1", "HEAD:text.txt", "HEAD:bin.dat", "HEAD:empty").stdout.decode().split()
objs = []
for oid in oids:
    t = git(repo, "cat-file", "-t", oid).stdout.decode().strip()
    size = int(git(repo, "cat-file", "-s", oid).stdout.decode())
    body = git(repo, "cat-file", t, oid).stdout
    objs.append({"oid": oid, "type": t, "size": size, "body": b64(body)})
save("read-object.json", {"files": snapshot(os.path.join(repo, ".git"), lambda r: r.startswith("objects/") and len(r) == 49), "objects": objs})

# ---------------------------------------------------------------- tree
repo = new_repo("trees")
NAMES = ["a", "a.txt", "a-b", "a_b", "b", "B", "foo", "foo.c", "foo-bar", "foo0", "é", "ｚ", "😀", "z z", "Makefile", "x.y.z"]
MODES = [("100644", "blob"), ("100755", "blob"), ("120000", "blob"), ("40000", "tree"), ("160000", "commit")]
trng = random.Random(2024)
tree_cases = []
for case in range(40):
    names = trng.sample(NAMES, trng.randint(1, 9))
    entries = []
    for n in names:
        mode, _ = trng.choice(MODES)
        oid = "".join(trng.choice("0123456789abcdef") for _ in range(40))
        entries.append({"mode": mode, "name": n, "oid": oid})
    typ = dict(MODES)
    text = "".join(f"{'040000' if e['mode'] == '40000' else e['mode']} {typ[e['mode']]} {e['oid']}\t{e['name']}\n" for e in entries)
    oid = git(repo, "mktree", "--missing", input=text.encode()).stdout.decode().strip()
    body = git(repo, "cat-file", "tree", oid).stdout
    tree_cases.append({"entries": entries, "oid": oid, "body": b64(body)})
save("tree.json", tree_cases)

# ---------------------------------------------------------------- commit
repo = new_repo("commits")
crng = random.Random(7)
commit_cases = []
made = []
people = [("Ada Lovelace", "ada@example.com"), ("Grace Hopper", "grace@example.com"), ("Édouard Lucas", "lucas@example.org"), ("李雷", "li@example.cn")]
zones = ["+0000", "+0100", "-0530", "+0545", "-1200", "+1400"]
messages = ["first\n", "fix: off by one\n\nThe loop ran once too often.\n", "no trailing newline", "\n\nleading blank lines\n", "unicode ✓ ünïcödé\n", "trailing blanks\n\n\n"]
for i in range(16):
    parents = crng.sample(made, min(len(made), crng.choice([0, 1, 1, 1, 2, 3]))) if made else []
    an, ae = crng.choice(people)
    cn, ce = crng.choice(people)
    ad = f"{1600000000 + crng.randrange(10**8)} {crng.choice(zones)}"
    cd = f"{1600000000 + crng.randrange(10**8)} {crng.choice(zones)}"
    msg = messages[i % len(messages)] + ("" if i < len(messages) else f"#{i}\n")
    env = {"GIT_AUTHOR_NAME": an, "GIT_AUTHOR_EMAIL": ae, "GIT_AUTHOR_DATE": ad, "GIT_COMMITTER_NAME": cn, "GIT_COMMITTER_EMAIL": ce, "GIT_COMMITTER_DATE": cd}
    args = ["commit-tree", EMPTY_TREE]
    for p in parents:
        args += ["-p", p]
    oid = git(repo, *args, input=msg.encode(), env=env).stdout.decode().strip()
    made.append(oid)
    body = git(repo, "cat-file", "commit", oid).stdout
    commit_cases.append({
        "tree": EMPTY_TREE, "parents": parents,
        "author": f"{an} <{ae}> {ad}", "committer": f"{cn} <{ce}> {cd}",
        "message": msg, "oid": oid, "body": b64(body),
    })
save("commit.json", commit_cases)

# ---------------------------------------------------------------- index
repo = new_repo("index")
blob = "ce013625030ba8dba906f756967f9e9ca394464a"
info = [
    f"100644 {blob} 0\tREADME.md",
    f"100755 {blob} 0\tbin/run.sh",
    f"120000 {blob} 0\tlink",
    f"100644 {blob} 0\tsrc/a.ts",
    f"100644 {blob} 0\tsrc/ab.ts",
    f"100644 {blob} 0\tsrc/abc.ts",
    f"100644 {blob} 0\tsrc/abcdefgh.ts",
    f"100644 {blob} 0\tdocs/é ü.md",
    f"100644 {blob} 1\tconflict.txt",
    f"100644 e69de29bb2d1d6434b8b29ae775ad8c2e48c5391 2\tconflict.txt",
    f"100644 {blob} 3\tconflict.txt",
    f"100644 {blob} 0\t" + "/".join(["d" * 200] * 22) + "/long.txt",
]
git(repo, "update-index", "--index-info", input=("\n".join(info) + "\n").encode())
git(repo, "update-index", "--assume-unchanged", "README.md")


def index_expectation(repo, env=None):
    q = ["-c", "core.quotePath=false"]
    stage = git(repo, *q, "ls-files", "-s", env=env).stdout.decode().splitlines()
    debug = git(repo, *q, "ls-files", "--debug", env=env).stdout.decode().splitlines()
    tagged = git(repo, *q, "ls-files", "-v", "-s", env=env).stdout.decode().splitlines()
    entries = []
    for k, line in enumerate(stage):
        meta, path = line.split("\t", 1)
        mode, oid, st = meta.split(" ")
        block = debug[6 * k: 6 * k + 6]
        assert block[0] == path, (block[0], path)
        ct = block[1].split(": ")[1].split(":")
        mt = block[2].split(": ")[1].split(":")
        dev, ino = [int(x.split(": ")[1]) for x in block[3].strip().split("\t")]
        uid, gid = [int(x.split(": ")[1]) for x in block[4].strip().split("\t")]
        size = int(block[5].strip().split("\t")[0].split(": ")[1])
        entries.append({
            "path": path, "mode": int(mode, 8), "oid": oid, "stage": int(st),
            "ctimeSeconds": int(ct[0]), "ctimeNanoseconds": int(ct[1]),
            "mtimeSeconds": int(mt[0]), "mtimeNanoseconds": int(mt[1]),
            "dev": dev, "ino": ino, "uid": uid, "gid": gid, "size": size,
            "assumeValid": tagged[k][0].islower(),
        })
    return entries


with open(os.path.join(repo, ".git", "index"), "rb") as f:
    v2 = f.read()
idx = {"v2": {"index": b64(v2), "version": 2, "entries": index_expectation(repo)}}
env3 = {"GIT_INDEX_FILE": os.path.join(repo, ".git", "index3")}
git(repo, "update-index", "--index-info", input=("\n".join(info[:5]) + "\n").encode(), env=env3)
git(repo, "update-index", "--skip-worktree", "src/a.ts", env=env3)
with open(env3["GIT_INDEX_FILE"], "rb") as f:
    v3 = f.read()
idx["v3"] = {"index": b64(v3), "version": 3, "entries": index_expectation(repo, env3)}
save("index-file.json", idx)

# ---------------------------------------------------------------- diff and merge3: random texts
# Lines are distinct within a text and never start with a letter, '_' or '$' (so git adds no
# function name after the hunk header). With every line distinct, the minimal diff is unique,
# so any correct minimal algorithm must print what git prints.
PUNCT = ["{", "}", "(", ")", "[", "]", ";", "--", "==", "**", "", "//", "..", "::", "<>", "%%", "##", "!!", "@@@", "&&"]


class Lines:
    def __init__(self, rng):
        self.rng, self.n = rng, 0

    def fresh(self):
        self.n += 1
        if self.rng.random() < 0.2:
            k = self.n
            return PUNCT[k % len(PUNCT)] + "~" * (k // len(PUNCT))
        return f"{self.n} w{self.rng.randrange(100)}"

    def edit(self, base, shared):
        rng, out = self.rng, []
        for i in range(len(base) + 1):
            out += shared.get(i, [])
            if rng.random() < 0.15:
                out += [self.fresh() for _ in range(rng.randint(1, 2))]
            if i < len(base):
                r = rng.random()
                if r < 0.12:
                    continue
                out.append(self.fresh() if r < 0.22 else base[i])
        return out


def text(lines, final_newline=True):
    s = "".join(l + "\n" for l in lines)
    return s if final_newline or not s else s[:-1]


work = os.path.join(TMP, "texts")
os.makedirs(work)


def write(name, s):
    with open(os.path.join(work, name), "w") as f:
        f.write(s)


drng = random.Random(31)
diff_cases = []
for case in range(150):
    g = Lines(drng)
    a = [g.fresh() for _ in range(drng.randint(0, 16))]
    b = g.edit(a, {})
    A = text(a, drng.random() > 0.15)
    B = text(b, drng.random() > 0.15)
    ctx = drng.choice([0, 1, 2, 3, 3, 5])
    write("a", A)
    write("b", B)
    out = git(work, "diff", "--no-index", f"-U{ctx}", "a", "b", check=False).stdout.decode()
    hunks = out[out.index("\n@@") + 1:] if "\n@@" in out else ""
    diff_cases.append({"a": A, "b": B, "context": ctx, "hunks": hunks})
save("diff.json", diff_cases)

mrng = random.Random(59)
merge_cases = []
for case in range(250):
    g = Lines(mrng)
    base = [g.fresh() for _ in range(mrng.randint(0, 14))]
    shared = {mrng.randint(0, len(base)): [g.fresh()]} if mrng.random() < 0.4 else {}
    ours = g.edit(base, shared)
    theirs = g.edit(base, shared if mrng.random() < 0.5 else {})
    write("base", text(base))
    write("ours", text(ours))
    write("theirs", text(theirs))
    r = git(work, "merge-file", "-p", "-L", "ours", "-L", "base", "-L", "theirs", "ours", "base", "theirs", check=False)
    merge_cases.append({"base": text(base), "ours": text(ours), "theirs": text(theirs), "text": r.stdout.decode(), "conflicts": r.returncode})
save("merge3.json", merge_cases)

# ---------------------------------------------------------------- merge-base: a random DAG
repo = new_repo("dag")
grng = random.Random(97)
heads = {}
order = []
parents_of = {}
for i in range(60):
    branch = f"b{grng.randrange(4)}"
    parents = [heads[branch]] if branch in heads else ([] if not order or grng.random() < 0.05 else [grng.choice(order)])
    if heads and grng.random() < 0.3:
        other = grng.choice([h for b, h in heads.items() if b != branch] or [None])
        if other and other not in parents:
            parents.append(other)
    args = ["commit-tree", EMPTY_TREE]
    for p in parents:
        args += ["-p", p]
    oid = git(repo, *args, input=f"c{i}\n".encode(), env={"GIT_COMMITTER_DATE": f"{1700000000 + i} +0000"}).stdout.decode().strip()
    heads[branch] = oid
    order.append(oid)
    parents_of[oid] = parents
queries = []
for q in range(40):
    a, b = grng.choice(order), grng.choice(order)
    r = git(repo, "merge-base", "--all", a, b, check=False)
    anc = git(repo, "merge-base", "--is-ancestor", a, b, check=False).returncode == 0
    queries.append({"a": a, "b": b, "bases": sorted(r.stdout.decode().split()), "aIsAncestorOfB": anc})
save("merge-base.json", {"parents": parents_of, "queries": queries})

# ---------------------------------------------------------------- refs and log: a small history
repo = new_repo("history")


def commit(msg, when):
    with open(os.path.join(repo, "file.txt"), "a") as f:
        f.write(msg + "\n")
    git(repo, "add", "file.txt")
    git(repo, "commit", "-q", "-m", msg, env={"GIT_AUTHOR_DATE": f"{when} +0000", "GIT_COMMITTER_DATE": f"{when} +0000"})


commit("one", 1700000001)
commit("two", 1700000002)
git(repo, "checkout", "-q", "-b", "topic")
commit("topic one", 1700000003)
commit("topic two", 1700000004)
git(repo, "checkout", "-q", "main")
commit("three", 1700000005)
git(repo, "merge", "-q", "--no-ff", "-m", "merge topic", "topic", "-X", "ours", env={"GIT_COMMITTER_DATE": "1700000006 +0000"})
git(repo, "tag", "light")
git(repo, "tag", "-a", "-m", "annotated", "v1.0")
git(repo, "tag", "-a", "-m", "tag of a tag", "v1.0-signed", "v1.0")
git(repo, "branch", "dup", "topic")
git(repo, "tag", "dup", "HEAD~1")
git(repo, "update-ref", "refs/remotes/origin/main", "HEAD~2")
git(repo, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main")
git(repo, "pack-refs", "--all")
commit("four (loose after packing)", 1700000007)
git(repo, "branch", "fresh")
git(repo, "tag", "-a", "-m", "loose tag", "v2.0")
names = ["HEAD", "main", "refs/heads/main", "topic", "light", "v1.0", "v1.0^{}", "v1.0-signed", "v1.0-signed^{}", "dup",
         "refs/heads/dup", "refs/tags/dup", "origin/main", "origin", "fresh", "v2.0", "v2.0^{}", "main^{}"]
expected = {n: git(repo, "rev-parse", n).stdout.decode().strip() for n in names}
for n in ["nope", "refs/heads/nope", "origin/nope"]:
    r = git(repo, "rev-parse", "--verify", "-q", n, check=False)
    expected[n] = None if r.returncode else r.stdout.decode().strip()
gd = os.path.join(repo, ".git")
save("refs.json", {
    "files": snapshot(gd, lambda r: r in ("HEAD", "packed-refs") or r.startswith("refs/") or (r.startswith("objects/") and len(r) == 49)),
    "expected": expected,
})
logs = {start: git(repo, "log", "--format=%H", "--first-parent", start).stdout.decode().split() for start in ["HEAD", "topic", "v1.0^{}", "refs/heads/dup"]}
save("log.json", {"files": snapshot(gd, lambda r: r in ("HEAD", "packed-refs") or r.startswith("refs/") or (r.startswith("objects/") and len(r) == 49)), "expected": logs})

shutil.rmtree(TMP)
print("git", subprocess.run(["git", "--version"], capture_output=True).stdout.decode().strip())
