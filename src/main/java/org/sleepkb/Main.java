package org.sleepkb;

import org.sleepkb.cli.EvalCommand;
import org.sleepkb.cli.GenerateCorpusCommand;
import org.sleepkb.cli.ReindexCommand;
import org.sleepkb.cli.SearchCommand;
import org.sleepkb.cli.ServeCommand;
import org.sleepkb.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sleepkb} command line: one subcommand per task. */
@Command(name = "sleepkb", mixinStandardHelpOptions = true, version = "sleepkb 0.1",
        description = "A search-indexed knowledge base of sleep and stress articles, with safety data beside every hit.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ReindexCommand.class, SearchCommand.class, EvalCommand.class,
                GenerateCorpusCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests redirect its output with {@code setOut} and {@code setErr}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // People get one clear line, not a stack trace.
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
