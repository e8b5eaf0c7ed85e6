package io.newswire.runtime;

import java.util.concurrent.CountDownLatch;

/** Keeps a service running until the process is told to stop (SIGTERM, Ctrl-C), then closes it gracefully. */
public final class RunUntilStopped {
    private RunUntilStopped() {
    }

    /** Blocks until shutdown; the service is closed by the shutdown hook, so its draining runs before the JVM exits. */
    public static void run(AutoCloseable service, String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println(name + ": stopped with an error: " + e);
            } finally {
                stopped.countDown();
            }
        }, name + "-shutdown"));
        stopped.await();
    }
}
