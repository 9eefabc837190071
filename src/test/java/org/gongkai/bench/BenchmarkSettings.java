package org.gongkai.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sizes of one benchmark run, from system properties ({@code bench/run} passes its flags as
 * such): the full sizes by default, small ones with {@code gongkai.bench.smoke=true}.
 *
 * @param smoke whether this is a smoke run (small sizes, figures not comparable with full runs)
 * @param figures the figures to measure ({@code p1}, {@code p4}, {@code p5}, {@code p7})
 * @param threads the client threads of P1, one measurement each
 * @param window how long each P1 measurement drives lifecycles
 * @param events the case events P4 puts on the case topics
 * @param cases the case counts at which P5 measures the report
 * @param samples the report requests P5 times at each case count
 * @param loadedWindow how long P7 drives lifecycles before it reads the loaded RSS
 * @param settle how long P7 waits after readiness before it reads the idle RSS
 * @param command the command that ran the benchmark, for the results page
 */
record BenchmarkSettings(
    boolean smoke,
    Set<String> figures,
    List<Integer> threads,
    Duration window,
    long events,
    List<Long> cases,
    int samples,
    Duration loadedWindow,
    Duration settle,
    String command) {

  static BenchmarkSettings fromSystemProperties() {
    boolean smoke = Boolean.getBoolean("gongkai.bench.smoke");
    return new BenchmarkSettings(
        smoke,
        Set.copyOf(words(property("figures", "p1,p4,p5,p7"))),
        words(property("threads", "1,4,8")).stream().map(Integer::valueOf).toList(),
        Duration.ofSeconds(Long.parseLong(property("seconds", smoke ? "5" : "60"))),
        Long.parseLong(property("events", smoke ? "20000" : "1000000")),
        words(property("cases", smoke ? "1000,10000" : "10000,100000,1000000")).stream()
            .map(Long::valueOf)
            .toList(),
        Integer.parseInt(property("samples", smoke ? "15" : "50")),
        Duration.ofSeconds(Long.parseLong(property("loaded-seconds", smoke ? "10" : "60"))),
        Duration.ofSeconds(Long.parseLong(property("settle-seconds", smoke ? "5" : "30"))),
        property("command", "./mvnw -Pbench verify"));
  }

  boolean measures(String figure) {
    return figures.contains(figure);
  }

  /** The settings as the results page states them. */
  String describe() {
    return "threads "
        + threads.stream().map(String::valueOf).collect(Collectors.joining("/"))
        + ", "
        + window.toSeconds()
        + " s per thread count; "
        + events
        + " case events; report at "
        + cases.stream().map(String::valueOf).collect(Collectors.joining("/"))
        + " cases, "
        + samples
        + " requests each; "
        + loadedWindow.toSeconds()
        + " s of load before the loaded RSS";
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty("gongkai.bench." + name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static List<String> words(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(String::toLowerCase)
        .toList();
  }
}
