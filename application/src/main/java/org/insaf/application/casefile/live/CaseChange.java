package org.insaf.application.casefile.live;

import org.insaf.domain.casefile.CaseId;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * That a case changed, and how: the event's name and the version the change gave the case. Never
 * the content of the change: a subscriber reads the case itself, under its own access rules.
 *
 * @param caseId  the case that changed
 * @param version the case's version after the change (1 for a case just registered)
 * @param event   the domain event's name, e.g. {@code HearingRecorded}
 */
public record CaseChange(CaseId caseId, long version, String event) {

    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z]{1,60}");

    public CaseChange {
        Objects.requireNonNull(caseId, "caseId");
        if (version < 1) {
            throw new IllegalArgumentException("a case's version is at least 1, not " + version);
        }
        if (event == null || !EVENT_NAME.matcher(event).matches()) {
            throw new IllegalArgumentException("an event's name is 1 to 60 letters");
        }
    }
}
