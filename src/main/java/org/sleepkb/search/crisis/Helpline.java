package org.sleepkb.search.crisis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A service to call or open in a crisis.
 *
 * @param name   what the reader sees, in the reader's language, e.g. "Samaritans"
 * @param number the number as it is written where it is used, e.g. "116 123"; null for a web service
 * @param url    the address of a web service; null for a phone line
 * @param region where it answers: a country code (US, UK) or EU
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Helpline(String name, String number, String url, String region) {

    /** The link that dials or opens it: {@code tel:} with the digits of the number, else the url. */
    @JsonIgnore
    public String href() {
        return number == null ? url : "tel:" + number.replaceAll("[^0-9+]", "");
    }
}
