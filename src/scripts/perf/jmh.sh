#!/usr/bin/env bash
# Runs the JMH benchmarks of src/bench/java: compiles them with the bench profile, then passes every
# argument to JMH. Examples (from the project root):
#   src/scripts/perf/jmh.sh SearchBenchmark -p beir=DIR            # bundled corpus, NFCorpus queries in the mix
#   src/scripts/perf/jmh.sh SearchBenchmark -p corpus=DIR -p work=DIR   # a large corpus, indexes kept in DIR
#   src/scripts/perf/jmh.sh IndexingBenchmark
#   src/scripts/perf/jmh.sh -l                                   # list the benchmarks
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -DskipTests test-compile
fi
. src/scripts/perf/common.sh
bench_java org.openjdk.jmh.Main "$@"
