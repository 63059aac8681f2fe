package org.sleepkb.corpus.read;

import java.io.IOException;

/**
 * The corpus folder, or its {@code articles/} folder, cannot be seen at all: missing, not a folder,
 * or unreadable. A reindex then changes nothing, because an unseen folder says nothing about which
 * articles were removed.
 */
public final class CorpusUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    CorpusUnavailableException(String message) {
        super(message);
    }
}
