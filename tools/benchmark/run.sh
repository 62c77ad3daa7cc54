#!/usr/bin/env bash
# The scale benchmark (docs/benchmarks.md): loads N plans into fresh PostgreSQL databases and
# measures the product against a bare engine. Not part of ./mvnw verify.
#   tools/benchmark/run.sh [sizes]      e.g. tools/benchmark/run.sh 500,2000
# Needs PostgreSQL on 127.0.0.1:5432, user postgres without a password (or BENCHMARK_DB_HOST).
# It drops and recreates the databases scale_bench and scale_bench_bare (or BENCHMARK_DB).
# BENCHMARK_SAMPLES: samples per query figure (100); BENCHMARK_LIFECYCLES: whole plan lifecycles
# per size (20; 0 leaves them out); BENCHMARK_REPORT: where the report goes (docs/benchmarks.md);
# BENCHMARK_RANDOM_PAGE_COST: the planner's random page cost on both databases (1.1, as docs/operations.md
# advises for solid-state storage; 4 is PostgreSQL's default);
# BENCHMARK_JVM_ARGS: more JVM options, e.g. -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=10
# to try a setting of application.yaml without changing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES="${1:-500,2000}"
./mvnw -B -q test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.sizes="$SIZES" \
  -Dbenchmark.db="${BENCHMARK_DB:-scale_bench}" \
  -Dbenchmark.db.host="${BENCHMARK_DB_HOST:-127.0.0.1:5432}" \
  -Dbenchmark.samples="${BENCHMARK_SAMPLES:-100}" \
  -Dbenchmark.lifecycles="${BENCHMARK_LIFECYCLES:-20}" \
  -Dbenchmark.report="${BENCHMARK_REPORT:-docs/benchmarks.md}" \
  -Dbenchmark.random.page.cost="${BENCHMARK_RANDOM_PAGE_COST:-1.1}" \
  -DargLine="-Duser.timezone=Europe/London -Xmx1500m ${BENCHMARK_JVM_ARGS:-}"
echo "Written: ${BENCHMARK_REPORT:-docs/benchmarks.md}"
