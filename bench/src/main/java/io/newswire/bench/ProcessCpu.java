package io.newswire.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this whole process (broker, registry and services included, as the benchmarks run them all in
 * one JVM): on a shared machine a steadier measure of cost than a wall-clock rate.
 */
final class ProcessCpu {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    static long nanos() {
        return OS.getProcessCpuTime();
    }
}
