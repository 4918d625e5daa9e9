#!/usr/bin/env bash
# The verification benchmark (docs/verification-benchmark.md): seeds BENCH_CERTIFICATES distinct
# certificates through the administrators' API (kept between runs in $BENCH_WORK/numbers.txt),
# creates an enterprise API key, then runs wrk against the trivial constant endpoint
# (GET /api/v1/ping) and the lookup (GET /api/v1/certificates/{number}, every request with the
# key and the next number), each warmed up first and then measured for BENCH_DURATION, one after
# the other, BENCH_ROUNDS times (3), in the same run. Needs wrk, curl and jq, and a server started with a key limit that a
# load test cannot spend:
#   TECHBROKER_VERIFICATION_KEY_PER_MINUTE=1000000000 ./mvnw -Prun package
set -euo pipefail

BASE=${BENCH_BASE:-https://localhost:9443}
COUNT=${BENCH_CERTIFICATES:-10000}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-15s}
FIRST_WARMUP=${BENCH_FIRST_WARMUP:-60s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-3}
SEEDERS=${BENCH_SEEDERS:-4}
PASSWORD=${BENCH_PASSWORD:-techbroker-demo-2026}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${BENCH_WORK:-$HERE/../../../target/verification-bench}
mkdir -p "$WORK"
NUMBERS="$WORK/numbers.txt"
touch "$NUMBERS"

# Signs in as a demo account; the cookie jar and the CSRF token are kept in $WORK.
login() {
    local user=$1
    curl -sk -c "$WORK/$user.cookies" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$user\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" |
        jq -r .csrfToken >"$WORK/$user.csrf"
}

# POSTs a JSON body as a signed-in demo account and prints the answer.
post() {
    local user=$1 path=$2 body=$3
    curl -sk -b "$WORK/$user.cookies" -H 'Content-Type: application/json' \
        -H "X-CSRF-Token: $(cat "$WORK/$user.csrf")" -d "$body" "$BASE$path"
}
export -f post
export BASE WORK

have=$(wc -l <"$NUMBERS")
if [ "$have" -lt "$COUNT" ]; then
    echo "Seeding $((COUNT - have)) certificates (the registry signs each PDF)"
    login admin
    holders=(trainee candidate1 candidate2 candidate3 candidate4 candidate5 examiner1 examiner2 chief enterprise)
    levels=(JUNIOR INTERMEDIATE SENIOR)
    seq "$have" $((COUNT - 1)) | while read -r i; do
        echo "{\"holder\":\"${holders[i % ${#holders[@]}]}\",\"level\":\"${levels[i % 3]}\",\"tracks\":[\"SERVICE\"],\"reason\":\"Benchmark certificate $i\"}"
    done | xargs -d '\n' -P "$SEEDERS" -I{} bash -c 'post admin /api/v1/admin/certificates "$1" | jq -r .number' _ {} \
        >>"$NUMBERS"
    grep -c '^TB-' "$NUMBERS" | xargs echo "Certificates seeded in all:"
fi

login enterprise
BENCH_API_KEY=$(post enterprise /api/v1/me/api-keys '{"name":"benchmark"}' | jq -r .secret)
export BENCH_API_KEY BENCH_NUMBERS="$NUMBERS"
distinct=$(sort -u "$NUMBERS" | grep -c '^TB-')
echo "Distinct certificates: $distinct"

# One measurement: warm-up, then BENCH_DURATION with latencies, kept as $WORK/<name>.txt.
run() {
    local name=$1 script=$2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/$script" "$BASE" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/$script" "$BASE" >"$WORK/$name.txt"
}

rate() { awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt"; }
p99() { awk '$1 == "99%" {print $2}' "$WORK/$1.txt"; }
errors() { awk '/^non2xx/ {print $2}' "$WORK/$1.txt"; }

# A server fresh from its start answers several times slower until the JIT has compiled the hot
# paths: both endpoints run for BENCH_FIRST_WARMUP before the first round, unrecorded.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$FIRST_WARMUP" -s "$HERE/baseline.lua" "$BASE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$FIRST_WARMUP" -s "$HERE/lookup.lua" "$BASE" >/dev/null

# Rounds of baseline then lookup, one after the other: on a machine whose speed drifts (shared
# vCPUs), each round's ratio compares two runs a minute apart, and the median round is reported.
echo
printf '%-6s %14s %10s %14s %10s %7s %s\n' round "baseline r/s" p99 "lookup r/s" p99 ratio non2xx
for round in $(seq 1 "$ROUNDS"); do
    run "baseline-$round" baseline.lua
    run "lookup-$round" lookup.lua
    printf '%-6s %14s %10s %14s %10s %7s %s\n' "$round" \
        "$(rate "baseline-$round")" "$(p99 "baseline-$round")" \
        "$(rate "lookup-$round")" "$(p99 "lookup-$round")" \
        "$(awk -v a="$(rate "lookup-$round")" -v b="$(rate "baseline-$round")" 'BEGIN { printf "%.2f", a / b }')" \
        "$(errors "lookup-$round")"
done | tee "$WORK/rounds.txt"
awk 'NR > 1 {print $6}' "$WORK/rounds.txt" | sort -n | awk '{r[NR] = $1} END {print "median ratio " r[int((NR + 1) / 2)]}'
