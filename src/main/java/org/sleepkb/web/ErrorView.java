package org.sleepkb.web;

/** What an error page says: the status, a short title and what went wrong, in words. */
public record ErrorView(int status, String title, String message) {

    /** The message as a sentence: capitalised, with a full stop. */
    public String sentence() {
        if (message.isEmpty()) {
            return message;
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
