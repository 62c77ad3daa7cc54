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

  /** The whole plan lifecycle: its engine time on both engines, its steps, and the rows a closed case keeps. */
  private static void writeLifecycle(StringBuilder md, List<ScaleBenchmark.Result> results) {
    List<ScaleBenchmark.Result> measured = results.stream().filter(r -> !r.lifecycleProduct.isEmpty()).toList();
    if (measured.isEmpty()) {
      return;
    }
    md.append("\n## Whole plan lifecycle\n\n");
    md.append("Engine time per lifecycle (ms), ").append(Lifecycle.COUNT).append(" lifecycles per size. ")
        .append("The scale issue's target: a whole lifecycle costs no more than 1.3x the bare engine walking the same wait states.\n\n");
    md.append("| figure | plans | product p50 | product p95 | bare p50 | bare p95 | product / bare (p50) | product / bare (p95) | within 1.3x |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (String name : measured.get(0).lifecycleProduct.keySet()) {
      for (ScaleBenchmark.Result r : measured) {
        double[] p = r.lifecycleProduct.get(name);
        double[] b = r.lifecycleBare.get(name);
        double ratio50 = percentile(p, 50) / percentile(b, 50);
        double ratio95 = percentile(p, 95) / percentile(b, 95);
        md.append(String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %s |%n", name, r.plans,
            percentile(p, 50), percentile(p, 95), percentile(b, 50), percentile(b, 95), ratio50, ratio95,
            Math.max(ratio50, ratio95) <= 1.3 ? "yes" : "**no**"));
      }
    }
    ScaleBenchmark.Result last = measured.get(measured.size() - 1);
    md.append("\nThe path of each lifecycle ").append(last.lifecycleSteps).append("\n");
    md.append("\nWhere a lifecycle's engine time goes, at ").append(String.format("%,d", last.plans))
        .append(" plans (ms per lifecycle, the steps of a kind added up):\n\n")
        .append("| step | per lifecycle | product p50 | bare p50 | product / bare (p50) |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, double[]> e : last.lifecycleStepsProduct.entrySet()) {
      double p = percentile(e.getValue(), 50);
      double b = percentile(last.lifecycleStepsBare.get(e.getKey()), 50);
      md.append(String.format("| %s | %d | %.1f | %.1f | %.2f |%n", e.getKey(), last.lifecycleStepCounts.getOrDefault(e.getKey(), 0),
          p, b, p / b));
    }
    md.append("\nRows per plan once the case has closed (every process instance of the case; runtime rows left are what\n"
        + "the closed case still holds):\n\n| table | plans | product | bare |\n|---|---:|---:|---:|\n");
    for (ScaleBenchmark.Result r : measured) {
      for (Map.Entry<String, Double> e : r.lifecycleProductRows.entrySet()) {
        md.append(String.format("| %s | %,d | %,.1f | %,.1f |%n", e.getKey(), r.plans, e.getValue(),
            r.lifecycleBareRows.getOrDefault(e.getKey(), 0.0)));
      }
    }
    md.append("\n## Lean cases: the variable names with the most rows per plan (product, ")
        .append(String.format("%,d", last.plans)).append(" plans)\n\n")
        .append("What to trim first. After loading (plans in their first state), and in the history of a whole lifecycle.\n\n")
        .append("| # | act_ru_variable after loading | rows per plan | act_hi_detail after loading | rows per plan "
            + "| act_hi_detail after a whole lifecycle | rows per plan |\n|---:|---|---:|---|---:|---|---:|\n");
    for (int i = 0; i < 15; i++) {
      md.append("| ").append(i + 1).append(" | ").append(cell(last.leanRuntimeNames, i)).append(" | ")
          .append(cell(last.leanDetailNames, i)).append(" | ").append(cell(last.lifecycleDetailNames, i)).append(" |\n");
    }
  }

  /** "name | rows" of entry {@code i} ("name rows"), or empty cells. */
  private static String cell(List<String> names, int i) {
    if (i >= names.size()) {
      return " | ";
    }
    String entry = names.get(i);
    int space = entry.lastIndexOf(' ');
    return "`" + entry.substring(0, space) + "` | " + entry.substring(space + 1);
  }

  static void write(Path file, List<ScaleBenchmark.Result> results) throws IOException {
    ScaleBenchmark.Result first = results.get(0);
    String sizes = results.stream().map(r -> String.format("%,d", r.plans)).collect(Collectors.joining(", "));
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Written by `tools/benchmark/run.sh` (class `org.coregroup.benchmark.ScaleBenchmark`); do not edit\n"
        + "the figures by hand. Run on ").append(LocalDate.now()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, PostgreSQL on 127.0.0.1 (`random_page_cost` ")
        .append(ScaleBenchmark.RANDOM_PAGE_COST).append(" on both databases, as `docs/operations.md` advises), one client thread, ")
        .append(ScaleBenchmark.SAMPLES).append(" samples per query figure (")
        .append(ScaleBenchmark.STARTS).append(" for plan start) after ").append(ScaleBenchmark.WARM_UP)
        .append(" unmeasured ones; load average when written ")
        .append(String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append(" (other builds on the machine make every figure slower, both engines alike).\n\n");
    md.append("**Sizes run: ").append(sizes).append(" plans.** ");
    md.append(reachesTarget(results)
        ? "The target of the scale issue is 50,000 plans, the largest size run here. The ratios below are\n"
            + "measured between the sizes that were run.\n"
        : "The target of the scale issue is 50,000 plans; that size was **not run** here. The ratios below\n"
            + "are measured between the sizes that were run; nothing here is a claim about 50,000.\n");
    md.append("""

        ## How
        For each size a fresh database is loaded through the product itself (its real start listener,
        DMN, call activities, grants or tenants): one key worker per 16 plans, a team manager per 8 key
        workers, a chair per 60 plans, and per plan a health visitor, a teacher and a police officer with
        logins (each in about 16 plans) and a parent without one; ICPC dates spread over the last eight
        weeks, every local policy in turn. In the same run a **bare engine** (Camunda 7.24 with
        authorization on and full history, no product code, its own database, with the two indexes the
        product adds that serve the engine's own statements: a task's parent, a job's lock, and the
        product's fix for the engine's read of every grant's group before each command,
        `security.GroupChecksWithoutTableScan`) gets one process per plan
        whose branches wait exactly where the product's plan waits after its start: the same user tasks for
        the same people with the same due dates, and the same timers (due dates copied). Both databases'
        statistics are refreshed (`ANALYZE`) after 500 plans and every 2,500 while loading, with the mail
        outbox's deleted rows cleared (`VACUUM cg_mail_outbox`), as autovacuum would (the PostgreSQL
        server this ran on has autovacuum off), and the statistics once more before measuring, with a `CHECKPOINT`.

        Queries are timed through the engine's Java API with the user's authentication as a webapp
        session holds it (groups and tenants); the REST layer adds the same cost to both engines and is
        left out. A practitioner is a key worker with 16 plans; a supervisor a team manager with 128.
        "Timers": first the timers that came due during loading fire with the job executor on (the product's
        own, as application.yaml configures it; the bare engine's with the same threads and acquisition size):
        a catch-up, as after the application was down while they came due. Then the engine clock moves on
        one day and every timer due within that day fires, all of them due together: the most a day brings
        at once, and the figure for the scale issue's "every due timer fired within 60 s".

        **Whole plan lifecycle**: in the same run, after the figures above, a sample of plans per size
        (`BENCHMARK_LIFECYCLES`, 20 by default, after 2 unmeasured) lives a whole life through the
        product's real processes as its real users, each authenticated as a webapp session is, with the
        engine clock moved from day to day as the process tests move it (national policy, ICPC on Monday
        15 December 2025): the members confirm they will come and the key worker records the family's
        attendance, the health visitor and then the key worker record visits every two weeks, the
        minute-taker records the first core group and the minutes go out, the same for the second, the
        chair's review conference ends the plan, the key worker records the exit plan and the step-down
        meeting, and the case closes. Before each day's work every timer of the case that has come due
        fires (`executeJob`, as the job executor would). What the product did is recorded step by step:
        each user task and timer of the case, the step that made it and the step that completed it. The
        bare engine then walks **the same path** in one process, started with the same start values: the
        same user tasks for the same users with the same due dates, completed with the same form values;
        the same timers, fired by
        `executeJob`; each visit a message to the plan; what the product made and cancelled on the way
        waits until the last step ends the plan. The figure is the engine time of one lifecycle: the sum
        of the calls that make its steps (start, form submissions, visits, jobs), including what the
        product does inside them (letters and their mail, the family's PDF minutes, decisions, grants).
        The rows per plan are counted over every process instance of the case once it has closed.

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
    writeLifecycle(md, results);
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
        """);
    md.append(reachesTarget(results) ? "- Any size above the largest listed.\n"
        : "- 50,000 plans (the target), and any size above the largest listed.\n");
    if (results.stream().allMatch(r -> r.lifecycleProduct.isEmpty())) {
      md.append("- A whole plan lifecycle (it was left out or failed: see the facts above).\n");
    }
    md.append("""
        - The whole plan lifecycle under other local policies, or with the branches the sample path does
          not take (meetings moved, late minutes chased, actions, concerns, contingency reviews,
          transfers): the lifecycle measured is the national path above.
        - Concurrency: one client thread measures; loading uses two.
        - H2: the default profile is for one team's trial, not for this scale (see docs/operations.md).
        """);
    Files.writeString(file, md.toString());
  }

  /** The target size (50,000 plans) was among the sizes run. */
  private static boolean reachesTarget(List<ScaleBenchmark.Result> results) {
    return results.stream().anyMatch(r -> r.plans >= 50_000);
  }
}
