#!/usr/bin/env bash
# Side-by-side throughput of termnorm and what users would otherwise run, on the same input:
# OpenCC with an equivalent custom dictionary, a Perl alternation with a hash look-up, GNU
# sed with one s///g per term, and bare_trie_pass (a byte trie and a hash map: the ceiling).
# Lexicons: the full default termbase, and synthetic ones of 1,000, 10,000 and 100,000
# concepts (bench/make_lexicon.py). Then termnorm's start-up, its loading of 100,000
# concepts, its peak memory streaming through standard input, and -j 2 against -j 1.
# Prints one table: MB/s, peak RSS and termnorm's throughput divided by each tool's. termnorm
# runs with its default -j (every core, standard input cut into blocks), so it gets a second
# row, "termnorm, wall", whose MB/s are from wall time whatever WALL says.
#
# Usage: bench/compare.sh
# Environment (defaults in brackets):
#   BENCH_MB [100]     corpus size: the seed articles repeated (CORPUS_FILES, default the
#                      *.txt of ../shared/seeds beside the checkout, else examples/*.txt)
#   SLOW_MB [2]        the corpus slice for sed, which runs at well under 1 MB/s
#   TIMEOUT [60]       wall seconds before a run is given up ("> TIMEOUT" in the table)
#   WALL [0]           1: MB/s from wall time instead of CPU time (user + system)
#   REPEAT [1]         runs of each measurement; the best is kept
#   STREAM_MB [1024]   bytes streamed through standard input for the memory figure (0: skip)
#   BATCH_FILES [200]  files of the -j 1 / -j 2 figure (0: skip)
#   BATCH_PAIRS [10]   interleaved -j 1 and -j 2 runs of that figure
#   BUILD [build-bench], WORK [$BUILD/compare]
# Installs opencc, time and perl from Debian (apt-get) when missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BENCH_MB=${BENCH_MB:-100}
SLOW_MB=${SLOW_MB:-2}
TIMEOUT=${TIMEOUT:-60}
REPEAT=${REPEAT:-1}
STREAM_MB=${STREAM_MB:-1024}
BATCH_FILES=${BATCH_FILES:-200}
BATCH_PAIRS=${BATCH_PAIRS:-10}
BUILD=${BUILD:-$root/build-bench}
WORK=${WORK:-$BUILD/compare}

# --- tools -------------------------------------------------------------------------------
missing=""
command -v opencc > /dev/null || missing="$missing opencc"
[ -x /usr/bin/time ] || missing="$missing time"
command -v perl > /dev/null || missing="$missing perl"
if [ -n "$missing" ]; then
  echo "Installing:$missing" >&2
  if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
  $as_root apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S "$root" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DTERMNORM_BUILD_TESTS=OFF \
  -DTERMNORM_BUILD_BENCHMARKS=ON > /dev/null
cmake --build "$BUILD" -j "$(nproc)" --target termnorm_cli bare_trie_pass > /dev/null
termnorm=$BUILD/termnorm
bare=$BUILD/bench/bare_trie_pass
mkdir -p "$WORK"

# --- corpora -----------------------------------------------------------------------------
if [ -z "${CORPUS_FILES:-}" ]; then
  if compgen -G "$root/../shared/seeds/*.txt" > /dev/null; then CORPUS_FILES="$root/../shared/seeds/*.txt"
  else CORPUS_FILES="$root/examples/*.txt"; fi
fi
corpus=$WORK/corpus-${BENCH_MB}MB.txt
slow=$WORK/corpus-${SLOW_MB}MB.txt
# Whole copies of the articles until the size is reached (no character is cut).
repeat_to() {  # repeat_to MB OUT
  local limit=$(( $1 * 1000000 )) size=0
  : > "$2"
  while [ "$size" -lt "$limit" ]; do
    # shellcheck disable=SC2086
    cat $CORPUS_FILES >> "$2"
    size=$(stat -c %s "$2")
  done
}
[ -s "$corpus" ] || repeat_to "$BENCH_MB" "$corpus"
[ -s "$slow" ] || repeat_to "$SLOW_MB" "$slow"

# --- lexicons ------------------------------------------------------------------------------
"$termnorm" lexicon export --format csv | python3 "$root/bench/csv_to_pairs.py" > "$WORK/default.tsv"
lexicons="default"
for n in 1000 10000 100000; do
  [ -s "$WORK/synthetic-$n.yaml" ] || python3 "$root/bench/make_lexicon.py" --concepts "$n" --corpus "$corpus" \
    --yaml "$WORK/synthetic-$n.yaml" --pairs "$WORK/synthetic-$n.tsv"
  lexicons="$lexicons synthetic-$n"
done
for lexicon in $lexicons; do
  mkdir -p "$WORK/$lexicon"
  python3 "$root/bench/tool_inputs.py" "$WORK/$lexicon.tsv" "$WORK/$lexicon"
done

# --- measuring -----------------------------------------------------------------------------
# measure INPUT OUTPUT COMMAND...: prints "seconds peak_KiB" (best of REPEAT) or "timeout".
# Seconds are CPU seconds (user + system) unless WALL=1: on a shared machine the wall clock
# measures the neighbours; every tool here runs on one core, where the two agree.
measure() {
  local input=$1 output=$2 best="" line format="%U %S %M"
  [ "${WALL:-0}" = 1 ] && format="%e 0 %M"
  shift 2
  for _ in $(seq "$REPEAT"); do
    if ! line=$( { /usr/bin/time -f "$format" timeout "$TIMEOUT" "$@" < "$input" > "$output"; } 2>&1 | tail -1 ) ||
       ! [[ $line =~ ^[0-9.]+\ [0-9.]+\ [0-9]+$ ]]; then
      echo timeout
      return
    fi
    line=$(awk -v l="$line" 'BEGIN { split(l, f, " "); printf "%.2f %d", f[1] + f[2], f[3] }')
    if [ -z "$best" ] || awk -v a="${line% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
  done
  echo "$best"
}

table=$WORK/table.tsv
printf 'lexicon\ttool\tinput MB\tMB/s\tpeak RSS MiB\ttermnorm ÷ tool\n' > "$table"
[ "${WALL:-0}" = 1 ] && clock="wall time" || clock="CPU time (user + system)"
row() {  # row LEXICON TOOL INPUT RESULT TERMNORM_MBPS (none: no ratio)
  local mb result=$4
  mb=$(awk -v b="$(stat -c %s "$3")" 'BEGIN { printf "%.1f", b / 1e6 }')
  if [ "$result" = timeout ]; then
    printf '%s\t%s\t%s\t> %ss\t\t\n' "$1" "$2" "$mb" "$TIMEOUT" >> "$table"
    return
  fi
  awk -v l="$1" -v t="$2" -v mb="$mb" -v s="${result% *}" -v k="${result#* }" -v ref="$5" 'BEGIN {
    if (s < 0.01) s = 0.01; rate = mb / s;
    ratio = ref == "" ? "1.00" : ref == "none" ? "" : sprintf("%.2f", ref / rate);
    printf "%s\t%s\t%s\t%.2f\t%.0f\t%s\n", l, t, mb, rate, k / 1024, ratio }' >> "$table"
}
rate_of() { awk -v b="$(stat -c %s "$1")" -v r="$2" 'BEGIN { printf "%.4f", b / 1e6 / r }'; }

for lexicon in $lexicons; do
  echo "== $lexicon" >&2
  if [ "$lexicon" = default ]; then flags=(--to en)
  else flags=(--to en --no-default-lexicon -l "$WORK/$lexicon.yaml"); fi
  t=$(measure "$corpus" "$WORK/out.termnorm" "$termnorm" "${flags[@]}")
  row "$lexicon" termnorm "$corpus" "$t" ""
  row "$lexicon" "termnorm, wall (-j $(nproc))" "$corpus" \
    "$(WALL=1 measure "$corpus" "$WORK/out.termnorm" "$termnorm" "${flags[@]}")" none
  ref=""
  [ "$t" != timeout ] && ref=$(rate_of "$corpus" "${t% *}")
  row "$lexicon" "bare trie (ceiling)" "$corpus" "$(measure "$corpus" "$WORK/out.bare" "$bare" "$WORK/$lexicon.tsv")" "$ref"
  row "$lexicon" "OpenCC $(opencc --version 2>&1 | grep -o '[0-9][0-9.]*' | head -1)" "$corpus" \
    "$(measure "$corpus" "$WORK/out.opencc" opencc -c "$WORK/$lexicon/opencc.json")" "$ref"
  row "$lexicon" "Perl alternation" "$corpus" \
    "$(measure "$corpus" "$WORK/out.perl" perl "$root/bench/perl_alternation.pl" "$WORK/$lexicon.tsv")" "$ref"
  row "$lexicon" "sed, s///g per term" "$slow" \
    "$(measure "$slow" "$WORK/out.sed" sed -f "$WORK/$lexicon/terms.sed")" "$ref"
done

# --- termnorm alone: start-up, loading, memory, batch -----------------------------------------
extra=$WORK/extra.tsv
: > "$extra"
head -c 1000 "$corpus" | iconv -c -f UTF-8 -t UTF-8 > "$WORK/1k.txt"
best_ms() {  # best_ms RUNS COMMAND...: the best wall time in milliseconds
  local runs=$1 best=""
  shift
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
printf 'start-up, 1 KB input, default termbase\t%s ms\n' "$(best_ms 20 "$termnorm" --to en "$WORK/1k.txt")" >> "$extra"
printf 'start-up, 1 KB input, 100,000 synthetic concepts (-l)\t%s ms\n' \
  "$(best_ms 3 "$termnorm" --to en --no-default-lexicon -l "$WORK/synthetic-100000.yaml" "$WORK/1k.txt")" >> "$extra"

if [ "$STREAM_MB" -gt 0 ]; then
  copies=$(( (STREAM_MB * 1000000 + $(stat -c %s "$corpus") - 1) / $(stat -c %s "$corpus") ))
  stream=$( { for _ in $(seq "$copies"); do cat "$corpus"; done | /usr/bin/time -f "%U %S %M" "$termnorm" --to en > /dev/null; } 2>&1 | tail -1)
  awk -v mb="$(( copies * $(stat -c %s "$corpus") / 1000000 ))" -v l="$stream" 'BEGIN { split(l, f, " ");
    printf "streaming %d MB through standard input\t%.0f MiB peak RSS, %.1f MB/s (CPU time)\n", mb, f[3] / 1024, mb / (f[1] + f[2]) }' >> "$extra"
fi

if [ "$BATCH_FILES" -gt 0 ]; then
  rm -rf "$WORK/batch" && mkdir -p "$WORK/batch/in"
  split -n "l/$BATCH_FILES" -d -a 3 --additional-suffix=.txt "$slow" "$WORK/batch/in/part-"
  # BATCH_PAIRS runs of -j 1 and -j 2, interleaved so that the neighbours' load (CPU and disk)
  # falls on both alike; each run into an empty output folder. Medians of the wall times, of
  # the ratios of each pair, and of the CPU times (user + system): -j 2 costing more CPU is
  # parallel overhead.
  : > "$WORK/batch/runs"
  for _ in $(seq "$BATCH_PAIRS"); do
    for jobs in 1 2; do
      rm -rf "$WORK/batch/out" && mkdir -p "$WORK/batch/out"
      start=$(date +%s%N)
      /usr/bin/time -f "%U %S" -o "$WORK/batch/cpu" "$termnorm" --to en -q -j "$jobs" --output-dir "$WORK/batch/out" \
        "$WORK"/batch/in/*.txt
      end=$(date +%s%N)
      printf '%s %s ' "$(( (end - start) / 1000000 ))" "$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/batch/cpu")" \
        >> "$WORK/batch/runs"
    done
    echo >> "$WORK/batch/runs"
  done
  python3 - "$BATCH_FILES" "$WORK/batch/runs" >> "$extra" <<'PY'
import statistics, sys
runs = [[float(x) for x in line.split()] for line in open(sys.argv[2]) if line.strip()]
one, cpu1, two, cpu2 = (statistics.median(r[i] for r in runs) for i in range(4))
ratio = statistics.median(r[0] / r[2] for r in runs)
print(f"{sys.argv[1]} files, -j 1 / -j 2, medians of {len(runs)} interleaved pairs\t"
      f"{one:.0f} ms / {two:.0f} ms wall: {ratio:.2f}x (median of the pairs' ratios); CPU {cpu1:.2f} s / {cpu2:.2f} s")
PY
fi

# --- the table -----------------------------------------------------------------------------
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); MB/s from $clock"
echo
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6
              if (NR == 1) print "| --- | --- | ---: | ---: | ---: | ---: |" }' "$table"
echo
awk -F'\t' 'BEGIN { print "| termnorm | |"; print "| --- | --- |" } { printf "| %s | %s |\n", $1, $2 }' "$extra"
