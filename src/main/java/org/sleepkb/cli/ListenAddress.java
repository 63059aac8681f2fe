package org.sleepkb.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where {@code serve} listens. The options win; without them the environment decides, as container
 * platforms and process managers expect ({@code SLEEPKB_PORT}, else the conventional {@code PORT};
 * {@code SLEEPKB_HOST}); without either, 127.0.0.1:7070, this machine only.
 */
public final class ListenAddress {

    static final String PORT_ENV = "SLEEPKB_PORT";
    static final String GENERIC_PORT_ENV = "PORT";
    static final String HOST_ENV = "SLEEPKB_HOST";
    static final int DEFAULT_PORT = 7070;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT",
            description = "port to listen on, 0 for any free one (default: $" + PORT_ENV + ", $" + GENERIC_PORT_ENV + " or " + DEFAULT_PORT + ")")
    private Integer port;

    @Option(names = "--host", paramLabel = "HOST",
            description = "address to listen on (default: $" + HOST_ENV + " or " + DEFAULT_HOST + ", this machine only)")
    private String host;

    /** The port: the option, else the environment's, else 7070; refuses anything but 0 to 65535, naming where it came from. */
    int port(Map<String, String> environment) {
        if (port != null) {
            return checked(port, "--port");
        }
        for (String name : new String[] {PORT_ENV, GENERIC_PORT_ENV}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    return checked(Integer.parseInt(value.strip()), name);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " is `" + value + "`; it must be a port number from 0 to 65535");
                }
            }
        }
        return DEFAULT_PORT;
    }

    /** The address: the option, else {@code SLEEPKB_HOST}, else 127.0.0.1. */
    String host(Map<String, String> environment) {
        if (host != null) {
            return host;
        }
        String value = environment.get(HOST_ENV);
        return value == null || value.isBlank() ? DEFAULT_HOST : value.strip();
    }

    private static int checked(int port, String source) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(source + " must be from 0 to 65535");
        }
        return port;
    }
}
