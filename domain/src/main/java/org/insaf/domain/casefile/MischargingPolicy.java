package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Invariant 6, trafficking is not smuggling: when the facts against an accused show an
 * exploitation purpose but no charge against them is under a trafficking provision (only smuggling,
 * illegal recruitment, fraud, document or marriage offences), the case carries a warning. Judges in Pakistan report
 * confusing the two; a warning, because the prosecutor may have reasons.
 */
public final class MischargingPolicy {

    public List<CaseWarning> warnings(Collection<Offence> offences, StatuteCatalogue catalogue) {
        Map<PersonId, List<Offence>> byAccused = new LinkedHashMap<>();
        for (Offence offence : offences) {
            byAccused.computeIfAbsent(offence.accused(), a -> new ArrayList<>()).add(offence);
        }
        List<CaseWarning> warnings = new ArrayList<>();
        byAccused.forEach((accused, charges) -> {
            Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
            charges.forEach(o -> purposes.addAll(o.facts().purposes()));
            List<Statute> statutes = charges.stream().map(o -> catalogue.find(o.statute()).orElseThrow()).toList();
            boolean noTraffickingCharge = statutes.stream().noneMatch(s -> s.category().countsAsTrafficking());
            if (!purposes.isEmpty() && noTraffickingCharge) {
                warnings.add(new CaseWarning(Rule.TRAFFICKING_NOT_SMUGGLING, accused,
                        "possible mischarging: the facts show an exploitation purpose ("
                                + purposes.stream().map(Purpose::describe).collect(Collectors.joining(", "))
                                + ") but the accused is charged only under "
                                + statutes.stream().map(s -> s.code().value()).distinct().collect(Collectors.joining(", "))
                                + ", none of which punishes trafficking; trafficking is not smuggling, consider a trafficking provision"));
            }
        });
        return List.copyOf(warnings);
    }
}
