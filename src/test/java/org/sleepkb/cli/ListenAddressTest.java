package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Where {@code serve} listens: options, then SLEEPKB_PORT / PORT / SLEEPKB_HOST, then 127.0.0.1:7070. */
class ListenAddressTest {

    private static ListenAddress parse(String... args) {
        ListenAddress address = new ListenAddress();
        new CommandLine(address).parseArgs(args);
        return address;
    }

    @Test
    void withoutOptionsOrEnvironmentItListensOnThisMachineOnly() {
        ListenAddress address = parse();

        assertEquals(7070, address.port(Map.of()));
        assertEquals("127.0.0.1", address.host(Map.of()));
    }

    @Test
    void theEnvironmentChoosesWhenNoOptionIsGivenAndSleepkbPortWinsOverPort() {
        ListenAddress address = parse();

        assertEquals(8080, address.port(Map.of("PORT", "8080")));
        assertEquals(9090, address.port(Map.of("PORT", "8080", "SLEEPKB_PORT", "9090")));
        assertEquals("0.0.0.0", address.host(Map.of("SLEEPKB_HOST", "0.0.0.0")));
    }

    @Test
    void theOptionsWinOverTheEnvironment() {
        ListenAddress address = parse("--port", "7171", "--host", "::1");

        assertEquals(7171, address.port(Map.of("PORT", "8080", "SLEEPKB_PORT", "9090")));
        assertEquals("::1", address.host(Map.of("SLEEPKB_HOST", "0.0.0.0")));
    }

    @Test
    void aPortThatIsNoPortIsRefusedNamingWhereItCameFrom() {
        ListenAddress address = parse();

        IllegalArgumentException words = assertThrows(IllegalArgumentException.class, () -> address.port(Map.of("PORT", "http")));
        assertEquals("PORT is `http`; it must be a port number from 0 to 65535", words.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> address.port(Map.of("SLEEPKB_PORT", "70000")));
        assertTrue(range.getMessage().startsWith("SLEEPKB_PORT must be from 0 to 65535"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("--port", "-1").port(Map.of()));
    }
}
