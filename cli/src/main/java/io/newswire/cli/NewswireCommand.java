package io.newswire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command line. Every option can also be set by the environment variable its help names. */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = NewswireCommand.Version.class,
        description = "Event-streaming news ingestion: run it, feed it, read it.",
        subcommands = {UpCommand.class, IngestCommand.class, EnrichCommand.class, KeysCommand.class,
                CommandLine.HelpCommand.class})
public final class NewswireCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewswireCommand()).execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewswireCommand.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (version == null ? "(development build)" : version)};
        }
    }
}
