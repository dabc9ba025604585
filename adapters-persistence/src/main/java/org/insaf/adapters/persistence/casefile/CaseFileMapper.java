package org.insaf.adapters.persistence.casefile;

import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatutoryCondition;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a case between their rows and the domain's values. MapStruct writes the plain
 * field-to-field mappings; the methods below it are the value conversions it uses (ids, country
 * codes, vocabularies stored as arrays of enum names). Rows know nothing of the domain's rules:
 * the domain's constructors check every value on the way back.
 */
@Mapper
public interface CaseFileMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "caseId", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "hearingDate", source = "date")
    HearingEntity toRow(Hearing hearing);

    @Mapping(target = "date", source = "hearingDate")
    Hearing toHearing(HearingEntity row);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "caseId", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "accusedId", source = "accused")
    CaseWarningEntity toRow(CaseWarning warning);

    @Mapping(target = "accused", source = "accusedId")
    CaseWarning toWarning(CaseWarningEntity row);

    // ------------------------------------------------------------ value conversions

    default UUID uuid(PersonId id) {
        return id == null ? null : id.value();
    }

    default PersonId personId(UUID id) {
        return id == null ? null : new PersonId(id);
    }

    default String ruleName(Rule rule) {
        return rule == null ? null : rule.name();
    }

    default Rule rule(String name) {
        return name == null ? null : Rule.valueOf(name);
    }

    default String country(CountryCode code) {
        return code == null ? null : code.value();
    }

    default CountryCode countryCode(String code) {
        return code == null ? null : CountryCode.of(code.strip());
    }

    static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    static <E> Set<E> parse(String[] names, Function<String, E> valueOf) {
        return names == null ? Set.of()
                : Arrays.stream(names).map(valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ------------------------------------------------------------ facts

    default FactsColumns columns(OffenceFacts facts) {
        FactsColumns columns = new FactsColumns();
        columns.acts = names(facts.acts());
        columns.means = names(facts.means());
        columns.purposes = names(facts.purposes());
        columns.circumstances = names(facts.circumstances());
        columns.route = facts.route().countries().stream().map(CountryCode::value).toArray(String[]::new);
        columns.offenceDate = facts.offenceDate();
        return columns;
    }

    default OffenceFacts facts(FactsColumns columns) {
        List<CountryCode> countries = Arrays.stream(columns.route).map(this::countryCode).toList();
        return new OffenceFacts(parse(columns.acts, Act::valueOf), parse(columns.means, Means::valueOf),
                parse(columns.purposes, Purpose::valueOf), new Route(countries), columns.offenceDate,
                parse(columns.circumstances, StatutoryCondition::valueOf));
    }

    // ------------------------------------------------------------ people

    default void writeVictim(org.insaf.domain.person.Victim victim, VictimEntity row) {
        row.id = victim.id().value();
        row.pseudonym = victim.pseudonym().value();
        row.gender = victim.gender().name();
        row.dateOfBirth = victim.age().dateOfBirth();
        row.estimatedAge = victim.age().estimatedAge();
        row.estimatedOn = victim.age().estimatedOn();
        row.nationality = country(victim.nationality());
        row.vulnerabilities = names(victim.vulnerabilities());
        row.exploitation = names(victim.exploitation());
        row.protection = names(victim.protection());
        row.recruiterRelation = victim.recruiterRelation().name();
    }

    /** A stored victim, without the protected identity (read apart, by victim id). */
    default org.insaf.domain.person.Victim victim(VictimEntity row) {
        return new org.insaf.domain.person.Victim(new PersonId(row.id), new Pseudonym(row.pseudonym), Optional.empty(),
                Gender.valueOf(row.gender), new AgeEvidence(row.dateOfBirth, row.estimatedAge, row.estimatedOn),
                countryCode(row.nationality), parse(row.vulnerabilities, VulnerabilityFactor::valueOf),
                parse(row.exploitation, Purpose::valueOf), parse(row.protection, ProtectionMeasure::valueOf),
                RecruiterRelation.valueOf(row.recruiterRelation));
    }

    default void writeAccused(org.insaf.domain.casefile.Accused accused, AccusedEntity row) {
        Trafficker t = accused.trafficker();
        row.personId = t.id().value();
        row.kind = t.kind().name();
        row.name = t.name();
        row.cnic = t.cnic();
        row.roles = names(t.roles());
        row.nationality = country(t.nationality());
        row.links = t.links().stream().map(PersonId::value).toArray(UUID[]::new);
        row.nonPunishmentJustification = accused.nonPunishmentJustification();
        row.addedOn = accused.addedOn();
    }

    default org.insaf.domain.casefile.Accused accused(AccusedEntity row) {
        Set<PersonId> links = row.links == null ? Set.of()
                : Arrays.stream(row.links).map(PersonId::new).collect(Collectors.toCollection(LinkedHashSet::new));
        Trafficker trafficker = new Trafficker(new PersonId(row.personId), TraffickerKind.valueOf(row.kind), row.name,
                row.cnic, parse(row.roles, TraffickerRole::valueOf), countryCode(row.nationality), links);
        return new org.insaf.domain.casefile.Accused(trafficker, row.nonPunishmentJustification, row.addedOn);
    }
}
