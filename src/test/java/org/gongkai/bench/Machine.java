package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a benchmark ran on, as the results page states it. */
record Machine(int cores, long memoryBytes, String java, String database, String os) {

  static Machine here(String databaseVersion) {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memInfo("MemTotal").orElse(-1L),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        databaseVersion,
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores, %.1f GiB RAM, %s, %s, %s",
        cores,
        memoryBytes / (1024.0 * 1024 * 1024),
        java,
        database,
        os);
  }

  /** The load average over 1, 5 and 15 minutes ({@code /proc/loadavg}). */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** A line of {@code /proc/meminfo} in bytes. */
  private static Optional<Long> memInfo(String key) {
    return procLine(Path.of("/proc/meminfo"), key);
  }

  /** A process's resident set size in bytes ({@code VmRSS} of {@code /proc/<pid>/status}). */
  static long residentBytes(long pid) {
    return procLine(Path.of("/proc", Long.toString(pid), "status"), "VmRSS")
        .orElseThrow(() -> new IllegalStateException("no VmRSS for process " + pid));
  }

  private static Optional<Long> procLine(Path file, String key) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(key + ":"))
          .findFirst()
          .map(line -> line.substring(key.length() + 1).trim().split("\\s+")[0])
          .map(kilobytes -> Long.parseLong(kilobytes) * 1024);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
