package org.sleepkb.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A public source a claim can be traced to.
 *
 * @param key the short name a profile's warnings and interactions cite it by; null for an article's sources
 */
public record Source(@JsonInclude(JsonInclude.Include.NON_NULL) String key, String title, String publisher, String url) {

    /** The sources among {@code sources} that {@code keys} cite, in the order of the keys. */
    public static List<Source> cited(List<Source> sources, List<String> keys) {
        return keys.stream().flatMap(key -> sources.stream().filter(source -> key.equals(source.key()))).toList();
    }
}
