#!/usr/bin/env bash
# Load benchmark of the agent container, side by side with the official Python SDK (same load,
# same machine): req/s at 1/16/64 connections, p50/p99, cold start, idle and peak RSS, and SSE
# (20 chunks: first event, whole stream, streams/s). Loopback only; every run is bounded in time.
#
#   bench/runtime.sh                  # echo container + bundled agent + Python peers (~8 min)
#   PEERS="" SSE_PEERS="" bench/runtime.sh    # ours only
#
# Targets measured:
#   ac4j-echo   the container server with the same echo app as the SDK peer (server cost only)
#   ac4j-agent  `ac4j agent`: the bundled agent (offline model, seed tools), what the image runs
# Needs the load harness in ../shared/bench/peers (PEERS_DIR) and Debian's wrk (installed by it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peers_dir=${PEERS_DIR:-$root/../shared/bench/peers}
[ -x "$peers_dir/run-peers.sh" ] || { echo "no load harness at $peers_dir (set PEERS_DIR)" >&2; exit 1; }

if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk*; do [ -x "$candidate/bin/java" ] && JAVA_HOME=$candidate; done
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"

echo "building ..."
"$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests package -pl bench,cli -am

# The image's JVM flags (ImageSpec.DEFAULT_JVM_FLAGS), as ./ac4j uses them.
flags="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -Xlog:aot=off -Xlog:cds=off"
out=${RESULTS_DIR:-/tmp/ac4j-bench/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
echo_aot="$out/echo.aot"; agent_aot="$out/agent.aot"

echo "training AOT caches ..."
"$java" $flags -XX:AOTCacheOutput="$echo_aot" -jar "$root/bench/target/lib/agentcore4j-bench.jar" --train >"$out/train-echo.log" 2>&1
AC4J_DATA_DIR="$out/data" "$java" $flags --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$agent_aot" \
  -jar "$root/cli/target/lib/agentcore4j-cli.jar" agent --train >"$out/train-agent.log" 2>&1

export SKIP_INSTALL=${SKIP_INSTALL:-0} WARMUP=${WARMUP:-30s} DURATION=${DURATION:-10s}
cd "$peers_dir"

echo "echo container beside the Python SDK peers ..."
RESULTS_DIR="$out/echo" PEERS="${PEERS-sdk fastapi}" SSE_PEERS="${SSE_PEERS-sdk-sse-async}" \
TARGET_NAME=ac4j-echo TARGET_STACK="robaho httpserver, virtual threads, AOT cache, C1" \
TARGET_URL=http://127.0.0.1:18090 \
TARGET_CMD="exec '$java' $flags -XX:AOTCache='$echo_aot' -jar '$root/bench/target/lib/agentcore4j-bench.jar'" \
TARGET_EXPECT='"result"' TARGET_SSE_BODY_FILE="$peers_dir/bodies/agentcore-stream.json" \
  ./run-peers.sh | tee "$out/echo.txt"

echo "bundled agent (offline model) ..."
RESULTS_DIR="$out/agent" PEERS="" SSE_PEERS="" \
TARGET_NAME=ac4j-agent TARGET_STACK="bundled agent: agent loop + offline model + seed tools" \
TARGET_URL=http://127.0.0.1:18091 \
TARGET_CMD="AC4J_DATA_DIR='$out/data' exec '$java' $flags --enable-native-access=ALL-UNNAMED -XX:AOTCache='$agent_aot' -jar '$root/cli/target/lib/agentcore4j-cli.jar' agent" \
TARGET_EXPECT='"response"' TARGET_SSE_BODY_FILE="$peers_dir/bodies/agentcore-stream.json" \
  ./run-peers.sh | tee "$out/agent.txt"

echo "results: $out"
