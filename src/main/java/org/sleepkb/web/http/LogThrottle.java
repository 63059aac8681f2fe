package org.sleepkb.web.http;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Lets a stack trace into the log at most once per distinct error per minute: a client repeating
 * a failing request must not be able to fill the disk. An error is its class and the line that
 * threw it; the repeats in between are counted and reported with the next trace.
 */
final class LogThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Distinct errors remembered; past this the memory starts afresh rather than growing. */
    private static final int MAX_KEYS = 1000;

    private record Seen(long loggedAt, int repeats) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    LogThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    LogThrottle() {
        this(System::nanoTime);
    }

    /**
     * Empty when {@code error}'s trace was logged within the window (the repeat is counted), else
     * how many repeats went unlogged since the last trace, and the trace may be logged now.
     */
    OptionalInt admit(Throwable error) {
        if (seen.size() > MAX_KEYS) {
            seen.clear();
        }
        long now = nanoTime.getAsLong();
        OptionalInt[] answer = new OptionalInt[1];
        seen.compute(key(error), (key, last) -> {
            if (last != null && now - last.loggedAt() < WINDOW.toNanos()) {
                answer[0] = OptionalInt.empty();
                return new Seen(last.loggedAt(), last.repeats() + 1);
            }
            answer[0] = OptionalInt.of(last == null ? 0 : last.repeats());
            return new Seen(now, 0);
        });
        return answer[0];
    }

    private static String key(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + (trace.length == 0 ? "" : "@" + trace[0]);
    }
}
