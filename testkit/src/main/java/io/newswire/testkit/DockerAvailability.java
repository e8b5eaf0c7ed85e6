package io.newswire.testkit;

import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the container tests can run here, and if not, why: they skip themselves with the reason on machines
 * without Docker and run wherever it is.
 */
public final class DockerAvailability {
    private static volatile Optional<String> engine;

    private DockerAvailability() {
    }

    /**
     * Empty when there is a Docker engine to run containers on; otherwise the reason to skip. Looks for a Docker
     * endpoint first, so a machine without one is not asked (and Testcontainers does not log its search as an error).
     */
    public static Optional<String> whyUnavailable() {
        Optional<String> known = engine;
        if (known == null) {
            known = probeEngine();
            engine = known;
        }
        return known;
    }

    /** As {@link #whyUnavailable()}, and also the {@code docker compose} command (Compose v2) on the PATH. */
    public static Optional<String> whyComposeUnavailable() {
        return whyUnavailable().or(DockerAvailability::probeCompose);
    }

    private static Optional<String> probeEngine() {
        boolean endpointConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of("/run/user/" + uid(), "docker.sock"));
        if (!endpointConfigured) {
            return Optional.of("no Docker engine here (no DOCKER_HOST, no docker.sock), so the container tests "
                    + "cannot run; they run wherever Docker does");
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable()
                    ? Optional.empty()
                    : Optional.of("no Docker engine answers, so the container tests cannot run here");
        } catch (RuntimeException e) {
            return Optional.of("Docker is not usable here: " + e.getMessage());
        }
    }

    private static Optional<String> probeCompose() {
        try {
            Process version = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
            version.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0) {
                return Optional.empty();
            }
            return Optional.of("`docker compose version` failed: Docker Compose v2 is needed for the compose test");
        } catch (IOException e) {
            return Optional.of("no `docker` command on the PATH for Docker Compose: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for Docker Compose");
        }
    }

    private static String uid() {
        try {
            return Files.getAttribute(Path.of(System.getProperty("user.home")), "unix:uid").toString();
        } catch (Exception e) {
            return "0";
        }
    }
}
