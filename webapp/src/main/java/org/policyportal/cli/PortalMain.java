package org.policyportal.cli;

import org.policyportal.ingest.IndexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portal} launcher: wires the subcommands and their dependencies. */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "portal 0.1.0",
        description = "Search portal over ICT-procurement policy documents.",
        subcommands = {CommandLine.HelpCommand.class})
public final class PortalMain {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PortalMain())
                .addSubcommand("index", new IndexCommand());
        System.exit(cli.execute(args));
    }
}
