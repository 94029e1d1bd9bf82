#!/usr/bin/env bash
# JMH benchmarks of the agent loop, event streaming, tool dispatch, the offline model, the
# bundled agent's turn and memory recall (vector search, embeddings). Bounded: 3 warm-up and 5
# measured iterations of 1 s, one fork (about 3 minutes for everything). Results go to $RESULTS_DIR (default /tmp/ac4j-jmh/<time>).
#
#   bench/jmh.sh                          # every benchmark
#   bench/jmh.sh AgentLoopBench           # a regex over benchmark names
#   JVM_FLAGS="-XX:TieredStopAtLevel=1" bench/jmh.sh BundledAgentBench   # the image's C1-only JIT
#   bench/jmh.sh -prof gc                 # any JMH option passes through
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk*; do [ -x "$candidate/bin/java" ] && JAVA_HOME=$candidate; done
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || { echo "jmh.sh: set JAVA_HOME to a JDK 25" >&2; exit 1; }
export JAVA_HOME

echo "building bench ..." >&2
"$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests install -pl bench -am

out=${RESULTS_DIR:-/tmp/ac4j-jmh/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
# The benchmark jar and its dependencies (target/lib); JMH forks with the same class path.
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/lib/*" org.openjdk.jmh.Main \
  -wi 3 -w 1s -i 5 -r 1s -f 1 -foe true \
  -jvmArgsAppend "--enable-native-access=ALL-UNNAMED ${JVM_FLAGS:-}" \
  -rf json -rff "$out/jmh.json" "$@" 2>&1 | tee "$out/jmh.txt"
echo "results: $out/jmh.txt and $out/jmh.json" >&2
