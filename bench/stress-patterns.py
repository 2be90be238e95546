#!/usr/bin/env python3
"""Times `claimlint check` and `extract` on texts made of one pattern repeated
("1/", "Q3 ", "(", "Jan. ", …), at 100 kB and at 400 kB, and flags a pattern
whose time grows much faster than its length (quadratic paths: a line, a
sentence or a bracket read again for each mention in it).

    python3 bench/stress-patterns.py [path/to/claimlint]   (default target/release/claimlint)

Prints only the patterns that are slow (over 0.5 s at 400 kB) or grow more
than eight times for four times the text; "done" at the end.
"""
import os, subprocess, sys, tempfile, time

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/claimlint"
PATTERNS = [
    "1 ", "1,", "1.", "1-", "1/", "-1 ", "$1 ", "1% ", "10 November 2020 ", "Word ",
    "Word Word (AB) ", "the ", "a ", "between ", "from ", "to ", "and ", '"', "“", "’s ",
    "(", ")", "[", "]", "[a](", "*", "_", "`", "#", "<!--", "-->", "---\n", "> ", "- ",
    "…", "—", "–", ".", ", ", "Mr. ", "U.S. ", "Jan. ", "May ", "two ", "one hundred ",
    "nearly ", "more than ", "years ", "ago ", "last ", "Friday ", "2019–", "2019-2020 ",
    "Q3 ", "1990s ", "x", "é", "\u00a0", "\t", " ", "\n", "\r", "\r\n", "http://a.b/",
    "www.a.b ", "@", "& ", "Peacekeepers ", "Karabakh ", "Russian peacekeepers ",
    "troops ", "in 2019 ", "withdrawal ", "the 44-day war ", "on Monday, ", "1:", "1:1 ",
    "am ", "p.m. ", "Sept. ", "first ", "per cent ", "percent ", "million ",
]


def timed(args):
    start = time.time()
    subprocess.run([BIN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.time() - start


with tempfile.TemporaryDirectory() as tmp:
    for k, p in enumerate(PATTERNS):
        runs = []
        for size in (100_000, 400_000):
            times = []
            for ext, cmd in ((".txt", "check"), (".txt", "extract"), (".md", "check")):
                path = os.path.join(tmp, f"p{k}{ext}")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("April 18, 2024\n" + p * (size // len(p.encode())))
                times.append(timed([cmd, "--format", "json", path]))
            runs.append(times)
        small, large = runs
        quadratic = any(b > 0.15 and b / max(a, 0.01) > 8 for a, b in zip(small, large))
        if quadratic or max(large) > 0.5:
            label = "SLOW" if quadratic else "slowish"
            print(label, repr(p), [[round(t, 2) for t in r] for r in runs], flush=True)
print("done")
