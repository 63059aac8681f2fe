package org.sleepkb.web.http;

/** What an error page says: the status, a short title and what went wrong, in words. */
public record ErrorView(int status, String title, String message) {

    /** The message as a sentence: capitalised, with a full stop, names in quotation marks. */
    public String sentence() {
        if (message.isEmpty()) {
            return message;
        }
        // API messages quote names in Markdown backticks; a page shows quotation marks.
        String quoted = message.replaceAll("`([^`]*)`", "“$1”");
        String text = Character.toUpperCase(quoted.charAt(0)) + quoted.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
