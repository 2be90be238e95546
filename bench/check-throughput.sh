#!/usr/bin/env bash
# Times `claimlint check` on a generated corpus, on one core and on all cores,
# and reports MB/s and peak memory (from /usr/bin/time if present).
#
#     bash bench/check-throughput.sh [MEGABYTES]   (default 100)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-100}"
dir="${TMPDIR:-/tmp}/claimlint-bench-$mb"
cargo build --release --quiet --bin claimlint --example gen_corpus
[ -d "$dir" ] || target/release/examples/gen_corpus "$dir" "$mb"
bytes=$(du -sb "$dir" | cut -f1)
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
echo "corpus: $(( bytes / 1048576 )) MB in $(ls "$dir" | wc -l) files"
RAYON_NUM_THREADS=1 run "1 thread" target/release/claimlint
run "all cores" target/release/claimlint
