package org.policyportal.cli;

import org.policyportal.fetch.FetchCommand;
import org.policyportal.ingest.IndexCommand;
import org.policyportal.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portal} launcher: creates the shared dependencies once and hands them to the subcommands. */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "portal 0.1.0",
        description = "Search portal over ICT-procurement policy documents.",
        subcommands = {CommandLine.HelpCommand.class})
public final class PortalMain {

    public static void main(String[] args) {
        System.exit(commandLine(Wiring.standard()).execute(args));
    }

    /** The wired command line; tests call it to run subcommands in-process. */
    public static CommandLine commandLine(Wiring wiring) {
        return new CommandLine(new PortalMain())
                .addSubcommand("index", new IndexCommand(wiring.enricher()))
                .addSubcommand("serve", new ServeCommand(wiring::index,
                        (index, settings) -> wiring.searchService(index, settings)))
                .addSubcommand("fetch", new FetchCommand());
    }
}
