package org.insaf.application.error;

import org.insaf.domain.shared.PersonId;

/** No person with that id is known in a case open to the caller: missing and hidden answer alike. */
public class PersonNotFound extends CaseNotFound {

    public PersonNotFound(PersonId id) {
        super("Person " + id + " does not exist in a case open to you");
    }
}
