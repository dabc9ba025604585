package org.insaf.adapters.persistence.statute;

import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.StatutoryCondition;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.InForcePeriod;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Penalty;
import org.insaf.domain.statute.PenaltyForm;
import org.insaf.domain.statute.Procedure;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteElements;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Arrays;
import java.time.Period;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rows of the statute table into domain statutes. The domain validates what it is given. */
@Mapper
public interface StatuteMapper {

    @Mapping(target = "category", source = "offenceCategory")
    @Mapping(target = "scope", source = "territorialScope")
    @Mapping(target = "elements", source = ".")
    @Mapping(target = "penalty", source = ".")
    @Mapping(target = "inForce", source = ".")
    @Mapping(target = "procedure", source = ".")
    Statute toDomain(StatuteEntity entity);

    default StatuteCode code(String code) {
        return StatuteCode.of(code);
    }

    default StatuteElements elements(StatuteEntity entity) {
        return new StatuteElements(
                names(entity.requiredActs, Act::valueOf),
                names(entity.requiredMeans, Means::valueOf),
                names(entity.requiredPurposes, Purpose::valueOf),
                names(entity.requiredConditions, StatutoryCondition::valueOf),
                entity.meansNotNeededForChild);
    }

    default Penalty penalty(StatuteEntity entity) {
        PenaltyForm form = PenaltyForm.valueOf(entity.penaltyForm);
        return new Penalty(form,
                Period.ofMonths(entity.minimumImprisonmentMonths), Period.ofMonths(entity.maximumImprisonmentMonths),
                entity.lifeImprisonment, entity.deathPenalty, form.fineRule(),
                rupees(entity.minimumFinePkr), rupees(entity.maximumFinePkr),
                names(entity.fineAloneBarredFor, Purpose::valueOf));
    }

    default Procedure procedure(StatuteEntity entity) {
        return new Procedure(entity.cognizable, entity.bailable, entity.compoundable,
                Procedure.TrialCourt.valueOf(entity.trialCourt),
                Procedure.InvestigatingAgency.valueOf(entity.investigatedBy));
    }

    default InForcePeriod inForce(StatuteEntity entity) {
        return new InForcePeriod(entity.inForceFrom, entity.inForceUntil);
    }

    private static Rupees rupees(Long amount) {
        return amount == null ? null : Rupees.of(amount);
    }

    private static <E> Set<E> names(String[] names, Function<String, E> parse) {
        return names == null ? Set.of() : Arrays.stream(names).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
