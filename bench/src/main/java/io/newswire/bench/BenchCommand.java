package io.newswire.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newswire bench <benchmark>}: Newswire's benchmarks, each against a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Newswire benchmarks; speeds are reported as ratios to a baseline measured in the same run.",
        subcommands = {IngestBenchmark.class, EnrichBenchmark.class, StageCosts.class, AccuracyEvaluation.class,
                LanguageBenchmark.class, TopicEvaluation.class,
                CommandLine.HelpCommand.class})
public final class BenchCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
