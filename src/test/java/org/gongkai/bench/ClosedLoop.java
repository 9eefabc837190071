package org.gongkai.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A closed-loop load: each of {@code threads} clients runs lifecycles back to back until the window
 * ends, then finishes the lifecycle it is in. The elapsed time runs until the last client stopped,
 * so every lifecycle counted lies inside it.
 */
final class ClosedLoop {

  /** What the clients did. */
  record Result(int threads, long lifecycles, long errors, Duration elapsed) {

    /** Lifecycles per second. */
    double perSecond() {
      return lifecycles / (elapsed.toNanos() / 1e9);
    }
  }

  private ClosedLoop() {}

  /** Runs the load; a lifecycle that answers false or throws counts as an error. */
  static Result run(int threads, Duration window, BooleanSupplier lifecycle) {
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> clients = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread client =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                long deadline = System.nanoTime() + window.toNanos();
                while (System.nanoTime() < deadline) {
                  try {
                    (lifecycle.getAsBoolean() ? done : errors).incrementAndGet();
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                  }
                }
              },
              "bench-client-" + t);
      client.setDaemon(true);
      clients.add(client);
      client.start();
    }
    long began = System.nanoTime();
    go.countDown();
    for (Thread client : clients) {
      try {
        client.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return new Result(
        threads, done.get(), errors.get(), Duration.ofNanos(System.nanoTime() - began));
  }
}
