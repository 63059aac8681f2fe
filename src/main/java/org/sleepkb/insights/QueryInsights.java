package org.sleepkb.insights;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sleepkb.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What readers searched for, as editors may see it without learning about any one reader: per
 * day, how many searches there were, how many found nothing, how many found only closely related
 * articles (none holding the words), and how often each query was typed, after folding case and
 * white space. Nothing else is kept: no address, no time finer than the day, no sequence of one
 * reader's searches. A query is shown only once at least {@link #SHOWN_FROM} searches typed it
 * (k-anonymity), and only such queries are ever written to disk, one JSON file per day.
 */
public final class QueryInsights implements Closeable {

    /** The fewest searches that must have typed a query before it is shown or written anywhere. */
    public static final int SHOWN_FROM = 5;
    /** Days kept, in memory and on disk; older ones are dropped. */
    public static final int DAYS_KEPT = 30;
    /** Distinct queries counted per day; beyond it new ones are counted as searches only, so no input can exhaust memory. */
    static final int MAX_QUERIES_PER_DAY = 10_000;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
    private static final Logger LOG = LoggerFactory.getLogger(QueryInsights.class);

    /** How one search went, as far as insights count it. */
    public enum Outcome { FOUND, ONLY_RELATED, NOTHING }

    /** One day's counts, as written to disk (queries typed fewer than {@link #SHOWN_FROM} times left out). */
    record DayFile(LocalDate day, long searches, long nothing, long onlyRelated, Map<String, Long> queries) {
    }

    /** A query shown to editors and how many searches typed it. */
    public record QueryCount(String query, long searches) {
    }

    /** What the editors' desk shows for the days kept. */
    public record Summary(boolean enabled, LocalDate from, LocalDate to, long searches, long nothing, long onlyRelated,
                          List<QueryCount> frequent) {
    }

    private static final class Day {
        final LongAdder searches = new LongAdder();
        final LongAdder nothing = new LongAdder();
        final LongAdder onlyRelated = new LongAdder();
        final Map<String, LongAdder> queries = new ConcurrentHashMap<>();
    }

    private final boolean enabled;
    private final Clock clock;
    private final Path folder;
    private final ConcurrentSkipListMap<LocalDate, Day> days = new ConcurrentSkipListMap<>();

    private QueryInsights(boolean enabled, Clock clock, Path folder) {
        this.enabled = enabled;
        this.clock = clock;
        this.folder = folder;
    }

    /** Counts nothing: the switch is off. */
    public static QueryInsights off() {
        return new QueryInsights(false, Clock.systemUTC(), null);
    }

    /** Counts in memory only; a restart starts from nothing. */
    public static QueryInsights inMemory(Clock clock) {
        return new QueryInsights(true, clock, null);
    }

    /** Counts in memory and keeps each day's aggregate in {@code folder}, reading the days kept there. */
    public static QueryInsights onDisk(Clock clock, Path folder) throws IOException {
        QueryInsights insights = new QueryInsights(true, clock, folder);
        Files.createDirectories(folder);
        insights.load();
        return insights;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Counts one search of {@code query} (as typed) that went {@code outcome}; browsing without words is not a search. */
    public void record(String query, Outcome outcome) {
        String normalised = normalise(query);
        if (!enabled || normalised.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Day day = days.computeIfAbsent(today, d -> {
            writeFinishedDays(d);
            return new Day();
        });
        day.searches.increment();
        if (outcome == Outcome.NOTHING) {
            day.nothing.increment();
        } else if (outcome == Outcome.ONLY_RELATED) {
            day.onlyRelated.increment();
        }
        LongAdder count = day.queries.get(normalised);
        if (count == null && day.queries.size() < MAX_QUERIES_PER_DAY) {
            count = day.queries.computeIfAbsent(normalised, q -> new LongAdder());
        }
        if (count != null) {
            count.increment();
        }
    }

    /** Case and runs of white space folded, so "Melatonin  dose" and "melatonin dose" count as one query. */
    static String normalise(String query) {
        return query == null ? "" : WHITE_SPACE.matcher(query.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The days kept, with the {@code limit} most frequent queries typed at least {@link #SHOWN_FROM} times. */
    public Summary summary(int limit) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(DAYS_KEPT - 1L);
        long searches = 0;
        long nothing = 0;
        long onlyRelated = 0;
        Map<String, Long> queries = new HashMap<>();
        for (Map.Entry<LocalDate, Day> entry : days.tailMap(from).entrySet()) {
            Day day = entry.getValue();
            searches += day.searches.sum();
            nothing += day.nothing.sum();
            onlyRelated += day.onlyRelated.sum();
            day.queries.forEach((query, count) -> queries.merge(query, count.sum(), Long::sum));
        }
        List<QueryCount> frequent = queries.entrySet().stream().filter(e -> e.getValue() >= SHOWN_FROM)
                .map(e -> new QueryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(QueryCount::searches).reversed().thenComparing(QueryCount::query))
                .limit(limit).toList();
        return new Summary(enabled, from, to, searches, nothing, onlyRelated, frequent);
    }

    /** Writes every day kept, today's so far included. */
    @Override
    public void close() {
        days.keySet().forEach(this::write);
    }

    /** When a new day starts: the days before it are complete, so they are written, and days beyond those kept dropped. */
    private void writeFinishedDays(LocalDate today) {
        days.headMap(today).keySet().forEach(this::write);
        days.headMap(today.minusDays(DAYS_KEPT - 1L)).clear();
        if (folder != null) {
            deleteFilesBefore(today.minusDays(DAYS_KEPT - 1L));
        }
    }

    private void write(LocalDate date) {
        Day day = days.get(date);
        if (folder == null || day == null) {
            return;
        }
        Map<String, Long> shown = new HashMap<>();
        day.queries.forEach((query, count) -> {
            if (count.sum() >= SHOWN_FROM) {
                shown.put(query, count.sum());
            }
        });
        DayFile file = new DayFile(date, day.searches.sum(), day.nothing.sum(), day.onlyRelated.sum(), shown);
        Path target = folder.resolve(date + ".json");
        try {
            Path partial = Files.createTempFile(folder, date.toString(), ".partial");
            Json.MAPPER.writeValue(partial.toFile(), file);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("query insights of {} could not be written to {}: {}", date, target, e.getMessage());
        }
    }

    private void load() throws IOException {
        LocalDate oldest = LocalDate.now(clock).minusDays(DAYS_KEPT - 1L);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                if (!DAY_FILE.matcher(path.getFileName().toString()).matches()) {
                    continue;
                }
                try {
                    DayFile file = Json.MAPPER.readValue(path.toFile(), new TypeReference<DayFile>() { });
                    if (file.day() != null && !file.day().isBefore(oldest)) {
                        days.put(file.day(), restored(file));
                    }
                } catch (IOException | DateTimeParseException e) {
                    LOG.warn("skipping query insights file {}: {}", path, e.getMessage());
                }
            }
        }
    }

    private static Day restored(DayFile file) {
        Day day = new Day();
        day.searches.add(file.searches());
        day.nothing.add(file.nothing());
        day.onlyRelated.add(file.onlyRelated());
        if (file.queries() != null) {
            file.queries().forEach((query, count) -> day.queries.computeIfAbsent(query, q -> new LongAdder()).add(count));
        }
        return day;
    }

    private void deleteFilesBefore(LocalDate oldest) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(path -> DAY_FILE.matcher(path.getFileName().toString()).matches())
                    .filter(path -> LocalDate.parse(path.getFileName().toString().replace(".json", "")).isBefore(oldest))
                    .forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            LOG.warn("cannot delete old query insights {}: {}", path, e.getMessage());
                        }
                    });
        } catch (IOException e) {
            LOG.warn("cannot list query insights in {}: {}", folder, e.getMessage());
        }
    }
}
