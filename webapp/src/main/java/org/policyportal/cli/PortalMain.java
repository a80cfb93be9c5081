package org.policyportal.cli;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.policyportal.fetch.FetchCommand;
import org.policyportal.ingest.Enricher;
import org.policyportal.ingest.IndexCommand;
import org.policyportal.ingest.IngestOptions;
import org.policyportal.ingest.NoStandardsEnricher;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.search.QueryBudget;
import org.policyportal.search.SearchService;
import org.policyportal.search.StandardLabels;
import org.policyportal.web.IndexBuilder;
import org.policyportal.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portal} launcher: creates the shared dependencies once and hands them to the subcommands. */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "portal 0.1.0",
        description = "Search portal over ICT-procurement policy documents.",
        subcommands = {CommandLine.HelpCommand.class})
public final class PortalMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The wired command line; tests call it to run subcommands in-process. */
    public static CommandLine commandLine() {
        Enricher enricher = new NoStandardsEnricher();
        StandardLabels labels = StandardLabels.fallback();
        IndexBuilder builder = (corpus, index) -> {
            try {
                return IndexCommand.run(IngestOptions.of(corpus, index), enricher);
            } catch (Exception e) {
                throw new IllegalStateException("building the index failed: " + e.getMessage(), e);
            }
        };
        BiFunction<Path, QueryBudget, SearchService> service = (index, budget) ->
                new LuceneSearchService(index, labels, LuceneSearchService.DEFAULT_POLL, budget);
        return new CommandLine(new PortalMain())
                .addSubcommand("index", new IndexCommand(enricher))
                .addSubcommand("serve", new ServeCommand(builder, service))
                .addSubcommand("fetch", new FetchCommand());
    }
}
