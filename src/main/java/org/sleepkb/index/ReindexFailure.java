package org.sleepkb.index;

/** Words a failed reindex for people: its message with the root cause, e.g. a full disk or a read-only folder. */
public final class ReindexFailure {

    private ReindexFailure() {
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null || message.contains(root.getMessage())
                ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
