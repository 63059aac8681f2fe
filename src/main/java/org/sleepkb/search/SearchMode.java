package org.sleepkb.search;

/** What a search ranks by: the words (BM25), the meaning (passage vectors), or both fused. */
public enum SearchMode {
    LEXICAL, SEMANTIC, HYBRID
}
