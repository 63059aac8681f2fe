package org.sleepkb.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A stack trace at most once per distinct error per minute, with the count of the repeats. */
class LogThrottleTest {

    @Test
    void oneTracePerDistinctErrorPerMinute() {
        AtomicLong now = new AtomicLong();
        LogThrottle throttle = new LogThrottle(now::get);
        IllegalArgumentException blank = failure();

        assertEquals(0, throttle.admit(blank).getAsInt());
        for (int i = 0; i < 1000; i++) {
            assertTrue(throttle.admit(failure()).isEmpty(), "the same error again within the minute");
        }
        assertEquals(0, throttle.admit(new IllegalStateException()).getAsInt(), "another error has its own trace");

        now.addAndGet(LogThrottle.WINDOW.toNanos());
        assertEquals(1000, throttle.admit(blank).getAsInt(), "a minute later: the trace again, with the repeats counted");
    }

    private static IllegalArgumentException failure() {
        return new IllegalArgumentException("text cannot be blank");
    }
}
