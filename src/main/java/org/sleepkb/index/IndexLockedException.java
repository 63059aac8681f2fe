package org.sleepkb.index;

/** Another process (usually a running server) holds the index's write lock. */
public final class IndexLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IndexLockedException(String indexPath, Throwable cause) {
        super("the index at " + indexPath + " is being written by another process (a running server?); "
                + "reindex through POST /api/reindex, or stop the server first", cause);
    }
}
