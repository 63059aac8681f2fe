package org.sleepkb.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises queries that suggest someone may be in danger right now: an overdose, thoughts of
 * suicide or self-harm, someone not breathing, chest pain. Such a query gets the crisis banner
 * above its results, because the person typing it needs a phone number before an article.
 *
 * <p>The patterns err on the side of showing the banner: a false alarm costs a few lines of
 * screen, a missed emergency costs far more.
 */
public final class CrisisSignal {

    private static final List<Pattern> SIGNALS = List.of(
            words("overdos(e|ed|es|ing)|od|od'd|took too (many|much)|poison(ed|ing)?"),
            words("suicid(e|al)|kill(ing)? my ?self|end(ing)? my (own )?life|want(ed)? to die|don'?t want to (live|be alive)"),
            words("self[- ]?harm(ing)?|hurt(ing)? my ?self|cutting my ?self"),
            words("not breathing|stopped breathing|can'?t breathe|cannot breathe|unable to breathe|trouble breathing|won'?t wake( up)?|unresponsive"),
            words("chest pains?|heart attack"));

    private CrisisSignal() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when {@code query} reads like an emergency. */
    public static boolean in(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        String text = query.replace('\u2019', '\'').replaceAll("\\s+", " ");
        return SIGNALS.stream().anyMatch(signal -> signal.matcher(text).find());
    }
}
