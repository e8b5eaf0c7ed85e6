package io.newswire.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ingest and enrich images are made of, checked where Docker is not: each module's jar names its main class
 * and a class path that is all there in {@code target/lib}, and {@code java -jar} on it starts the service's main,
 * which reads its settings (a bad one makes it stop with the setting named, before it connects to anything).
 */
class RunnableDistributionIT {

    @ParameterizedTest
    @CsvSource({"ingest, newswire-ingest.jar, io.newswire.ingest.IngestApp, ingest.port",
            "enrich, newswire-enrich.jar, io.newswire.enrich.EnrichApp, enrich.threads"})
    void theImageEntrypointStartsFromTheModuleJar(String module, String jar, String mainClass, String setting)
            throws IOException, InterruptedException {
        Path target = Path.of("..", module, "target");
        Path jarFile = target.resolve(jar);
        assertThat(jarFile).as("built by the package phase (the Dockerfile copies it)").isRegularFile();
        Manifest manifest;
        try (JarFile opened = new JarFile(jarFile.toFile())) {
            manifest = opened.getManifest();
        }
        assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo(mainClass);
        List<String> classPath = Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").split(" "));
        assertThat(classPath).isNotEmpty().allSatisfy(entry ->
                assertThat(target.resolve(entry)).as("class path entry " + entry).isRegularFile());

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jarFile.toString(), "--" + setting + "=not-a-number").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("newswire-" + module + ":").contains(setting);
    }
}
