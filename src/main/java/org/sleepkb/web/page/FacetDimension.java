package org.sleepkb.web.page;

import org.sleepkb.index.Schema;

/**
 * The facets a search can be filtered by, in the order the page lists them; the request
 * parameter of each is the dimension's name in the index.
 */
public enum FacetDimension {
    TOPIC(Schema.TOPIC, "Topic"),
    SUBSTANCE(Schema.SUBSTANCE, "Substance"),
    EVIDENCE(Schema.EVIDENCE, "Evidence"),
    RISK(Schema.RISK, "Substance risk");

    private final String parameter;
    private final String label;

    FacetDimension(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }
}
