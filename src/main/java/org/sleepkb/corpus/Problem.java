package org.sleepkb.corpus;


/**
 * Something wrong with a corpus file, worded for the editor who has to fix it.
 *
 * @param file     path relative to the corpus folder, e.g. {@code articles/melatonin.md}
 * @param line     1-based line, or 0 when no single line is to blame
 * @param severity {@link Severity#ERROR} keeps the file out of the index; a warning does not
 */
public record Problem(String file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code articles/x.md:12: error: message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
