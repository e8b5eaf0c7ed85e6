package io.newswire.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The whole accuracy evaluation in one command: language detection, then topics, on held-out topic data. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Language accuracy on titles and bodies against Lingua high-accuracy, and topic macro-F1 per "
                + "language on held-out sets (the `language` and `topics` evaluations, in turn).")
final class AccuracyEvaluation implements Callable<Integer> {
    @Option(names = "--data", description = "The topic data directory (default ../shared/data/topics from the repository root).")
    Path data;

    @Override
    public Integer call() {
        String[] args = data == null ? new String[0] : new String[] {"--data", data.toString()};
        int language = new CommandLine(new LanguageBenchmark()).execute(args);
        int topics = new CommandLine(new TopicEvaluation()).execute(args);
        return Math.max(language, topics);
    }
}
