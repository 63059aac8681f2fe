package org.sleepkb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.sleepkb.insights.QueryInsights;
import picocli.CommandLine.Option;

/**
 * Whether and where {@code serve} counts query insights for the editors' desk: in memory by
 * default, also on disk as daily aggregates with a folder, not at all when switched off (the
 * option, or {@code SLEEPKB_QUERY_INSIGHTS=off}).
 */
public final class InsightsSwitch {

    static final String SWITCH_ENV = "SLEEPKB_QUERY_INSIGHTS";
    static final String FOLDER_ENV = "SLEEPKB_QUERY_INSIGHTS_DIR";

    @Option(names = "--no-query-insights", description = "count no searches for the editors' desk (also $" + SWITCH_ENV + "=off)")
    private boolean off;

    @Option(names = "--query-insights-dir", paramLabel = "DIR",
            description = "also keep the query insights on disk, one file of daily counts per day (default: $" + FOLDER_ENV + ", else memory only)")
    private Path folder;

    QueryInsights open(Map<String, String> environment, Clock clock) throws IOException {
        if (off || "off".equalsIgnoreCase(environment.getOrDefault(SWITCH_ENV, "").strip())) {
            return QueryInsights.off();
        }
        String fromEnvironment = environment.get(FOLDER_ENV);
        Path where = folder != null ? folder : fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment.strip());
        return where == null ? QueryInsights.inMemory(clock) : QueryInsights.onDisk(clock, where);
    }
}
