#!/usr/bin/env bash
# Times `claimlint extract` side by side with two JavaScript extractors,
# chrono-node and Microsoft Recognizers-Text, on the same generated news text,
# and prints one table of whole-process wall-clock throughput (MB/s) with the
# number of results each tool found.
#
#     bash bench/compare.sh [MEGABYTES]        (default 5)
#
# Environment:
#   RUNS=N              timed runs per tool; the fastest is reported (default 3)
#   RECOGNIZERS_KB=N    size of the slice Recognizers-Text runs on (default 200)
#   COMPARE_DIR=DIR     throwaway directory for the npm packages and the text
#                       (default ${TMPDIR:-/tmp}/claimlint-compare)
#
# Nothing is installed into the repository: the npm packages pinned in
# bench/package.json (and bench/package-lock.json) go into COMPARE_DIR with
# `npm install --prefix`. Needs cargo, node and npm. See bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
mb="${1:-5}"
runs="${RUNS:-3}"
rt_kb="${RECOGNIZERS_KB:-200}"
dir="${COMPARE_DIR:-${TMPDIR:-/tmp}/claimlint-compare}"
mkdir -p "$dir"

# 1. claimlint, release build.
echo "building claimlint (release)..." >&2
cargo build --release --quiet --bin claimlint
# A copy, so that a rebuild in the shared target directory during the run
# cannot change the binary being timed.
cp "$repo/target/release/claimlint" "$dir/claimlint"
claimlint="$dir/claimlint"

# 2. The text: the generated corpus, concatenated into one file.
text="$dir/text-${mb}MB.txt"
if [ ! -s "$text" ]; then
  echo "generating ${mb} MB of news text..." >&2
  rm -rf "$dir/corpus-$mb"
  cargo run --release --quiet --example gen_corpus -- "$dir/corpus-$mb" "$mb" >&2
  cat "$dir/corpus-$mb"/article-*.txt > "$text.tmp"
  mv "$text.tmp" "$text"
  rm -rf "$dir/corpus-$mb"
fi
bytes=$(wc -c < "$text")

# 3. The npm packages, pinned, into the throwaway directory.
if ! cmp -s bench/package.json "$dir/package.json" \
   || [ ! -d "$dir/node_modules/chrono-node" ] \
   || [ ! -d "$dir/node_modules/@microsoft/recognizers-text-suite" ]; then
  echo "installing npm packages into $dir..." >&2
  cp bench/package.json bench/package-lock.json "$dir/"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error >&2
fi
export NODE_PATH="$dir/node_modules"
pkgver() { node -p "require('$dir/node_modules/$1/package.json').version"; }

# `timeit DEST CMD...` runs CMD RUNS times, sets $best to the fastest wall time
# in seconds (whole process: start-up, reading the file, extracting, writing
# the output) and leaves the stdout of that fastest run in DEST.
out="$dir/out.txt"
timeit() {
  local dest="$1" i start end t
  shift
  best=""
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    "$@" > "$dir/run.txt"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then
      best=$t
      [ "$dest" = /dev/null ] || cp "$dir/run.txt" "$dest"
    fi
  done
  rm -f "$dir/run.txt"
}
json_field() { node -p "JSON.parse(require('fs').readFileSync('$out','utf8'))['$1']"; }

rows=()
row() { # tool, input bytes, seconds, results, note
  rows+=("$(awk -v tool="$1" -v b="$2" -v s="$3" -v r="$4" -v note="$5" 'BEGIN {
    mbs = b / 1048576
    printf "| %-26s | %8.2f MB | %8.2f s | %8.3f MB/s | %8d | %8.0f | %s |", tool, mbs, s, mbs / s, r, r / mbs, note }')")
}

echo "timing: best of $runs whole-process runs per tool" >&2

# claimlint: the timed runs write to /dev/null; one more, untimed, counts.
cl_best=""
for ((i = 0; i < runs; i++)); do
  start=$(date +%s.%N)
  "$claimlint" extract "$text" --format json > /dev/null
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  if [ -z "$cl_best" ] || [ "$(echo "$t < $cl_best" | bc -l)" = 1 ]; then cl_best=$t; fi
done
"$claimlint" extract "$text" --format json > "$out"
cl_results=$(node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const by = {};
  let n = 0;
  for (const doc of d) for (const m of doc.mentions) { n++; by[m.kind] = (by[m.kind] || 0) + 1; }
  console.log(n, Object.entries(by).map(([k, v]) => k + " " + v).join(", "));
' "$out")
row "claimlint extract" "$bytes" "$cl_best" "${cl_results%% *}" "mentions: ${cl_results#* }"

# chrono-node: the whole text, paragraph by paragraph.
timeit "$out" node bench/compare-chrono.js "$text"
row "chrono-node $(pkgver chrono-node)" "$(json_field bytes)" "$best" "$(json_field results)" \
  "chrono.parse per paragraph ($(json_field paragraphs) paragraphs)"
chrono_start=$(json_field startup_ms)

# Recognizers-Text: the first RECOGNIZERS_KB kB only.
timeit "$out" node bench/compare-recognizers.js "$text" --bytes $((rt_kb * 1024))
rt_bytes=$(json_field bytes)
rt_best=$best
rt_start=$(json_field startup_ms)
rt_extract=$(json_field extract_ms)
row "recognizers-text $(pkgver @microsoft/recognizers-text-suite)" "$rt_bytes" "$rt_best" "$(json_field results)" \
  "first ${rt_kb} kB only; datetime $(json_field datetime), number $(json_field number)"

echo
echo "claimlint compare: $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), node $(node --version)"
echo "claimlint built from: $(git describe --always --dirty 2>/dev/null || echo unknown)"
echo "text: $text ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }') MB, generated by examples/gen_corpus)"
echo
printf '| %-26s | %11s | %10s | %13s | %8s | %8s | %s |\n' tool input wall throughput results "per MB" notes
printf '|%s|%s:|%s:|%s:|%s:|%s:|%s|\n' "$(printf -- '-%.0s' {1..28})" "$(printf -- '-%.0s' {1..12})" \
  "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..9})" "$(printf -- '-%.0s' {1..9})" "-------"
printf '%s\n' "${rows[@]}"
echo
awk -v b="$bytes" -v rb="$rt_bytes" -v s="$rt_best" -v st="$rt_start" -v ex="$rt_extract" -v cst="$chrono_start" 'BEGIN {
  printf "Recognizers-Text ran on the first %.0f kB of the %.2f MB (cut at a line break) because it is slow;\n", rb / 1024, b / 1048576
  printf "  at its whole-process rate the whole text would take about %.0f s (%.1f min);\n", s * b / rb, s * b / rb / 60
  printf "  without start-up (%.2f s) its extraction alone runs at %.3f MB/s.\n", st / 1000, (rb / 1048576) / (ex / 1000)
  printf "Node start-up, module load and first use (included in the times above): chrono-node %.2f s, recognizers-text %.2f s.\n", cst / 1000, st / 1000
}'
echo "results per MB are over each tool's own input; MB = 2^20 bytes."
echo "MB/s = input bytes / 1048576 / wall-clock seconds of the whole process, best of $runs runs."
