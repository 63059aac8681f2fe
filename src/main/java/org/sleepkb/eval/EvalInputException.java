package org.sleepkb.eval;

/** A benchmark folder or file that cannot be read as BEIR data; the message names the file and what is wrong. */
public final class EvalInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvalInputException(String message) {
        super(message);
    }
}
