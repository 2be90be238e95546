#!/usr/bin/env bash
# Times `claimlint check` on a corpus of many files, on one core and on all
# cores, and reports MB/s and peak memory (from /usr/bin/time if present).
#
#     bash bench/check-throughput.sh [MEGABYTES]         (default 100)
#     SOURCE=tempeval bash bench/check-throughput.sh [MEGABYTES]
#
# The default source is generated (examples/gen_corpus.rs): sentences of the
# seed articles with their digits varied, so that most of them contradict the
# rules and the report is larger than the input. SOURCE=tempeval uses news
# text written by others instead: the articles of ../shared/eval/tempeval3
# (TimeML tags removed), copied until the corpus has MEGABYTES. That data is
# not in the repository; the corpus is built under $TMPDIR and not kept.
#
# Last, it prints the floor (examples/read_floor.rs): the same files found
# and read on one thread, with no analysis. No run of `check` on one core
# can be faster than that.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-100}"
source="${SOURCE:-generated}"
dir="${TMPDIR:-/tmp}/claimlint-bench-$source-$mb"
cargo build --release --quiet --bin claimlint --example gen_corpus --example read_floor
if [ ! -d "$dir" ]; then
  case "$source" in
    generated) target/release/examples/gen_corpus "$dir" "$mb" ;;
    tempeval)
      python3 - "$dir" "$mb" ../shared/eval/tempeval3/train <<'PY'
import os, re, sys
out, mb, src = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for root, _, files in sorted(os.walk(src)):
    for f in sorted(files):
        if f.endswith(".tml"):
            t = open(os.path.join(root, f), encoding="utf-8").read()
            m = re.search(r"<TEXT>(.*)</TEXT>", t, re.S)
            if m:
                texts.append(re.sub(r"<[^>]+>", "", m.group(1)))
if not texts:
    sys.exit(f"no TempEval-3 files under {src}")
os.makedirs(out)
total, n = 0, 0
while total < mb << 20:
    t = texts[n % len(texts)]
    open(os.path.join(out, f"article-{n:06}.txt"), "w", encoding="utf-8").write(t)
    total += len(t.encode())
    n += 1
print(f"{n} files, {total / 1048576:.1f} MB in {out}")
PY
      ;;
    *) echo "SOURCE must be generated or tempeval" >&2; exit 2 ;;
  esac
fi
bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
run() {
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o /tmp/claimlint-bench-mem "$@" check "$dir" --format json >/dev/null || true
  else
    "$@" check "$dir" --format json >/dev/null || true
  fi
  end=$(date +%s.%N)
  local secs mem
  secs=$(echo "$end - $start" | bc -l)
  mem=$([ -f /tmp/claimlint-bench-mem ] && echo "$(( $(tail -n 1 /tmp/claimlint-bench-mem) / 1024 )) MB" || echo "n/a")
  printf '%-12s %8.2f s %8.1f MB/s   peak memory %s\n' "$label" "$secs" "$(echo "$bytes / 1048576 / $secs" | bc -l)" "$mem"
}
largest=$(find "$dir" -type f -printf '%s\n' | sort -n | tail -n 1)
# read every file once untimed, so that both runs find them in the page cache
find "$dir" -type f -exec cat {} + > /dev/null
echo "corpus ($source): $(( bytes / 1048576 )) MB in $(find "$dir" -type f | wc -l) files, largest $(( largest / 1024 )) kB"
RAYON_NUM_THREADS=1 run "1 thread" target/release/claimlint
run "all cores" target/release/claimlint
# the floor: the same files found and read on one thread, nothing else done
printf '%-12s %s\n' "reading only" "$(target/release/examples/read_floor "$dir")"
