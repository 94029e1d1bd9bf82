#!/usr/bin/env bash
# Benchmark of the twin's AgentCore Memory on the embedded store (memory and emulator modules).
# Loopback only; every phase is bounded by its call count, the whole run by a timeout.
#   1. CreateEvent throughput: 1 client, then C clients into one session of E events.
#   2. ListEvents latency on that session: the newest page and the last page (maxResults 100).
#   3. RetrieveMemoryRecords latency over R records (100 actors' namespaces): all namespaces and one,
#      repeated queries (the embedder's cache) and a new query each call (MiniLM embedding included).
#
#   bench/memory.sh                            # E=10000 C=8 R=10000 CALLS=1000
#   E=20000 C=16 bench/memory.sh
# Numbers on a shared machine are noisy: compare runs on the same machine only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk*; do [ -x "$candidate/bin/java" ] && JAVA_HOME=$candidate; done
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"
events=${E:-10000}; clients=${C:-8}; records=${R:-10000}; calls=${CALLS:-1000}
out=${RESULTS_DIR:-/tmp/ac4j-bench/memory-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"

echo "building memory and the emulator (offline) ..."
"$root/mvnw" -B -q -o -f "$root/pom.xml" -pl memory,emulator install -DskipTests
"$root/mvnw" -B -q -o -f "$root/pom.xml" -pl emulator test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="$root/emulator/target/classes:$root/emulator/target/test-classes:$(cat "$out/cp.txt")"

echo "running: $events events ($clients clients), $records records, $calls calls per latency phase ..."
timeout 1200 "$java" -XX:+UseSerialGC -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$cp" \
  "$root/bench/memory/MemoryBench.java" "$events" "$clients" "$records" "$calls" \
  2>"$out/bench.err" | tee "$out/summary.md"
echo "results in $out"
