package io.newswire.cli;

import io.newswire.enrich.replay.ReplayException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command line. Every option can also be set by the environment variable its help names. */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = NewswireCommand.Version.class,
        description = "Event-streaming news ingestion: run it, feed it, read it.",
        subcommands = {UpCommand.class, TailCommand.class, ReplayCommand.class, IngestCommand.class, EnrichCommand.class, KeysCommand.class,
                CommandLine.HelpCommand.class})
public final class NewswireCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new NewswireCommand()).setExecutionExceptionHandler(NewswireCommand::reportError);
    }

    /**
     * A mistake in what was asked for, or a refusal with a reason, is said in one line, without a stack trace; anything
     * else is a bug or an outage worth the whole trace.
     */
    private static int reportError(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        if (error instanceof IllegalArgumentException || error instanceof ReplayException) {
            command.getErr().println(command.getCommandName() + ": " + error.getMessage());
            return 2;
        }
        error.printStackTrace(command.getErr());
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewswireCommand.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (version == null ? "(development build)" : version)};
        }
    }
}
