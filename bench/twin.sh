#!/usr/bin/env bash
# Benchmark of the local AgentCore twin (emulator module). Loopback only; every step is bounded.
#   1. InvokeAgentRuntime through the twin vs the same echo agent called directly: wrk, 16
#      connections, p50/p99 and the latency the twin adds.
#   2. Time to a ready new session and RSS per session: in-process mode (N sessions) and process
#      mode (M sessions, one JVM each).
#
#   bench/twin.sh                      # DURATION=10s N=200 M=4
#   DURATION=30s N=1000 M=8 bench/twin.sh
# Needs Debian's wrk (apt-get install -y wrk). Numbers on a shared machine are noisy: compare runs
# on the same machine only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk*; do [ -x "$candidate/bin/java" ] && JAVA_HOME=$candidate; done
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
duration=${DURATION:-10s}; n=${N:-200}; m=${M:-4}
out=${RESULTS_DIR:-/tmp/ac4j-bench/twin-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"

echo "building the emulator (offline) ..."
"$root/mvnw" -B -q -o -f "$root/pom.xml" -pl contract,emulator install -DskipTests
"$root/mvnw" -B -q -o -f "$root/pom.xml" -pl emulator test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="$root/emulator/target/classes:$root/emulator/target/test-classes:$(cat "$out/cp.txt")"
run() { timeout 600 "$java" -XX:+UseSerialGC -Xmx512m -cp "$cp" "$root/bench/twin/TwinBench.java" "$@"; }

cat >"$out/invoke.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"op":"count","text":"hello"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Amzn-Bedrock-AgentCore-Runtime-Session-Id"] = "bench-session-000000000000000000000000000001"
LUA

echo "1. invoke through the twin vs direct (16 connections, $duration each) ..."
fifo="$out/serve.in"; mkfifo "$fifo"
run serve <"$fifo" >"$out/serve.out" 2>"$out/serve.err" &
server=$!
exec 3>"$fifo"
for _ in $(seq 1 300); do grep -q DIRECT_URL "$out/serve.out" 2>/dev/null && break; sleep 0.2; done
twin_url=$(sed -n 's/^TWIN_URL=//p' "$out/serve.out"); direct_url=$(sed -n 's/^DIRECT_URL=//p' "$out/serve.out")
[ -n "$twin_url" ] || { echo "the twin did not start; see $out/serve.err" >&2; kill "$server"; exit 1; }
for target in direct twin; do
  url=$direct_url; [ "$target" = twin ] && url=$twin_url
  wrk -t2 -c16 -d5s -s "$out/invoke.lua" "$url" >/dev/null        # warm-up
  wrk -t2 -c16 -d"$duration" --latency -s "$out/invoke.lua" "$url" >"$out/wrk-$target.txt"
done
exec 3>&-
wait "$server" || true

pct() { awk -v p="$2" '$1==p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' "$1"; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
d50=$(pct "$out/wrk-direct.txt" 50%); d99=$(pct "$out/wrk-direct.txt" 99%)
t50=$(pct "$out/wrk-twin.txt" 50%); t99=$(pct "$out/wrk-twin.txt" 99%)
printf '| path | req/s | p50 ms | p99 ms |\n|---|---|---|---|\n' | tee "$out/summary.md"
printf '| direct to the agent | %s | %s | %s |\n' "$(rps "$out/wrk-direct.txt")" "$d50" "$d99" | tee -a "$out/summary.md"
printf '| through the twin | %s | %s | %s |\n' "$(rps "$out/wrk-twin.txt")" "$t50" "$t99" | tee -a "$out/summary.md"
awk -v a="$t50" -v b="$d50" -v c="$t99" -v d="$d99" 'BEGIN {printf "added by the twin: p50 %.2f ms, p99 %.2f ms\n", a-b, c-d}' \
  | tee -a "$out/summary.md"

echo "2. sessions: ready time and RSS ($n in-process, $m process) ..."
run sessions "$n" "$m" 2>"$out/sessions.err" | tee -a "$out/summary.md"
echo "results in $out"
