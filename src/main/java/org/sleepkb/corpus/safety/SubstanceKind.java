package org.sleepkb.corpus.safety;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What sort of product a substance is, which shapes how it is regulated. */
public enum SubstanceKind {
    HERBAL("herbal"),
    SUPPLEMENT("supplement"),
    OTC_DRUG("otc-drug"),
    PRESCRIPTION_DRUG("prescription-drug"),
    RECREATIONAL("recreational"),
    FOOD_DRINK("food-drink");

    private final String id;

    SubstanceKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<SubstanceKind> fromId(String value) {
        return Arrays.stream(values()).filter(k -> k.id.equals(value)).findFirst();
    }
}
