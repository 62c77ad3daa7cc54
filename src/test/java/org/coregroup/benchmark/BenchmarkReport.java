package org.coregroup.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes docs/benchmarks.md from one run: what was run, the figures, and what was not run. */
final class BenchmarkReport {

  private BenchmarkReport() {
  }

  static double percentile(double[] samples, int p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static void write(Path file, List<ScaleBenchmark.Result> results) throws IOException {
    ScaleBenchmark.Result first = results.get(0);
    String sizes = results.stream().map(r -> String.format("%,d", r.plans)).collect(Collectors.joining(", "));
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Written by `tools/benchmark/run.sh` (class `org.coregroup.benchmark.ScaleBenchmark`); do not edit\n"
        + "the figures by hand. Run on ").append(LocalDate.now()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, PostgreSQL on 127.0.0.1, one client thread, ")
        .append(ScaleBenchmark.SAMPLES).append(" samples per query figure (")
        .append(ScaleBenchmark.STARTS).append(" for plan start) after ").append(ScaleBenchmark.WARM_UP)
        .append(" unmeasured ones; load average when written ")
        .append(String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append(" (other builds on the machine make every figure slower, both engines alike).\n\n");
    md.append("**Sizes run: ").append(sizes).append(" plans.** ");
    md.append("""
        The target of the scale issue is 50,000 plans; that size was **not run** here (on 2 shared
        cores loading takes hours). The ratios below are measured between the sizes that were run;
        nothing here is a claim about 50,000.

        ## How
        For each size a fresh database is loaded through the product itself (its real start listener,
        DMN, call activities, grants or tenants): one key worker per 16 plans, a team manager per 8 key
        workers, a chair per 60 plans, and per plan a health visitor, a teacher and a police officer with
        logins (each in about 16 plans) and a parent without one; ICPC dates spread over the last eight
        weeks, every local policy in turn. In the same run a **bare engine** (Camunda 7.24 with
        authorization on and full history, no product code, its own database) gets one process per plan
        whose branches wait exactly where the product's plan waits after its start: the same user tasks for
        the same people with the same due dates, and the same timers (due dates copied).

        Queries are timed through the engine's Java API with the user's authentication as a webapp
        session holds it (groups and tenants); the REST layer adds the same cost to both engines and is
        left out. A practitioner is a key worker with 16 plans; a supervisor a team manager with 128.
        "Timers": the timers that came due during loading fire with the job executor on.

        """);
    md.append("## Query and start times (ms)\n\n");
    md.append("| figure | plans | product p50 | product p95 | bare p50 | bare p95 | product / bare (p95) | p95 / p95 at ")
        .append(String.format("%,d", first.plans)).append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String name : first.product.keySet()) {
      for (ScaleBenchmark.Result r : results) {
        double[] p = r.product.get(name);
        double[] b = r.bare.get(name);
        double base = percentile(first.product.get(name), 95);
        md.append(String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n", name, r.plans,
            percentile(p, 50), percentile(p, 95), percentile(b, 50), percentile(b, 95),
            percentile(p, 95) / percentile(b, 95), percentile(p, 95) / base));
      }
    }
    md.append("\n## Rows and bytes per plan (after loading)\n\n| table | plans | product | bare |\n|---|---:|---:|---:|\n");
    for (ScaleBenchmark.Result r : results) {
      for (Map.Entry<String, Double> e : r.productFootprint.entrySet()) {
        md.append(String.format("| %s | %,d | %,.1f | %,.1f |%n", e.getKey(), r.plans, e.getValue(),
            r.bareFootprint.getOrDefault(e.getKey(), 0.0)));
      }
    }
    md.append("\n## Loading and timers\n\n| fact | plans | value |\n|---|---:|---|\n");
    for (ScaleBenchmark.Result r : results) {
      r.facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.format("%,d", r.plans))
          .append(" | ").append(v).append(" |\n"));
    }
    md.append("""

        ## Not measured
        - 50,000 plans (the target), and any size above the largest listed.
        - A whole plan lifecycle (meetings recorded, reviews, the end of the plan) against the bare engine:
          the plans here wait in their first state. Plan start is measured; the rest is not.
        - Concurrency: one client thread measures; loading uses two.
        - H2: the default profile is for one team's trial, not for this scale (see docs/operations.md).
        """);
    Files.writeString(file, md.toString());
  }
}
