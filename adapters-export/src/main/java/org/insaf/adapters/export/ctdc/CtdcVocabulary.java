package org.insaf.adapters.export.ctdc;

import org.insaf.application.export.AgeBand;
import org.insaf.application.export.VictimRecord;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The columns of the export, named and valued as the CTDC global victim dataset names them
 * (HTCDS labels where the CTDC has none), and how a {@link VictimRecord} fills them. One place, so
 * the CSV and the JSON can never disagree. Categories are text, unknown is empty (null in JSON);
 * flags are 1 or 0. docs/export.md explains each mapping.
 */
public final class CtdcVocabulary {

    private CtdcVocabulary() {
    }

    /** A column: its CTDC name and how a record fills it (a String, an Integer flag or null). */
    public record Column(String name, Function<VictimRecord, Object> value) {
    }

    // The CTDC dataset's column order (initialised before COLUMNS, which is built from them).
    private static final List<String> MEANS_ORDER = List.of("DebtBondage", "TakesEarnings", "RestrictsFinancialAccess",
            "Threats", "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse", "FalsePromises", "PsychoactiveSubstances",
            "RestrictsMovement", "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren",
            "ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments", "Other");

    private static final List<String> EXPLOITATION_ORDER = List.of("isForcedLabour", "isSexualExploit",
            "isOtherExploit", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices");

    public static final List<Column> COLUMNS;

    static {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("yearOfRegistration", VictimRecord::yearRegistered));
        columns.add(new Column("gender", r -> gender(r.gender())));
        columns.add(new Column("ageBroad", r -> ageBroad(r.ageBand())));
        columns.add(new Column("citizenship", r -> r.citizenship() == null ? null : r.citizenship().value()));
        Map<String, Set<Means>> means = meansOfControl();
        means.forEach((name, which) -> columns.add(flag(name, r -> !Collections.disjoint(r.meansOfControl(), which))));
        columns.add(flag("meansOfControlNotSpecified", r -> r.meansOfControl().isEmpty()));
        Map<String, Set<Purpose>> forms = typesOfExploitation();
        forms.forEach((name, which) -> {
            columns.add(flag(name, r -> !Collections.disjoint(r.exploitation(), which)));
            if (name.equals("isOtherExploit")) {
                // Where the CTDC puts it: both sexual and labour exploitation.
                columns.add(flag("isSexAndLabour", r -> !Collections.disjoint(r.exploitation(), forms.get("isForcedLabour"))
                        && !Collections.disjoint(r.exploitation(), forms.get("isSexualExploit"))));
            }
        });
        for (RecruiterRelation relation : RecruiterRelation.values()) {
            columns.add(flag(recruiterRelation(relation), r -> r.recruiterRelation() == relation));
        }
        COLUMNS = List.copyOf(columns);
    }

    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The row of a record, in the order of {@link #COLUMNS}. */
    public static List<Object> row(VictimRecord record) {
        return COLUMNS.stream().map(c -> c.value().apply(record)).toList();
    }

    private static Column flag(String name, Predicate<VictimRecord> holds) {
        return new Column(name, r -> holds.test(r) ? 1 : 0);
    }

    /** HTCDS gender: Female, Male, Transgender/NonConforming ("both or neither"); unknown is empty. */
    static String gender(Gender gender) {
        return switch (gender) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case TRANSGENDER, INTERSEX, NON_CONFORMING -> "Transgender/NonConforming";
            case UNKNOWN -> null;
        };
    }

    /** CTDC ageBroad labels. */
    static String ageBroad(AgeBand band) {
        return switch (band) {
            case FROM_0_TO_8 -> "0--8";
            case FROM_9_TO_17 -> "9--17";
            case FROM_18_TO_20 -> "18--20";
            case FROM_21_TO_23 -> "21--23";
            case FROM_24_TO_26 -> "24--26";
            case FROM_27_TO_29 -> "27--29";
            case FROM_30_TO_38 -> "30--38";
            case FROM_39_TO_47 -> "39--47";
            case FROM_48 -> "48+";
            case UNKNOWN -> null;
        };
    }

    static String recruiterRelation(RecruiterRelation relation) {
        return switch (relation) {
            case INTIMATE_PARTNER -> "recruiterRelationIntimatePartner";
            case FRIEND -> "recruiterRelationFriend";
            case FAMILY -> "recruiterRelationFamily";
            case OTHER -> "recruiterRelationOther";
            case UNKNOWN -> "recruiterRelationUnknown";
        };
    }

    /** The CTDC meansOfControl column each of the domain's means counts in (the switch names every one). */
    static String meansOfControl(Means means) {
        return "meansOfControl" + switch (means) {
            case DEBT_BONDAGE -> "DebtBondage";
            case TAKES_EARNINGS -> "TakesEarnings";
            case RESTRICTS_FINANCIAL_ACCESS -> "RestrictsFinancialAccess";
            case THREAT, PHYSICAL_THREATS -> "Threats";
            case PSYCHOLOGICAL_ABUSE -> "PsychologicalAbuse";
            case FORCE, VIOLENCE, PHYSICAL_ABUSE -> "PhysicalAbuse";
            case SEXUAL_ABUSE -> "SexualAbuse";
            case DECEPTION, FRAUD, FALSE_PROMISES -> "FalsePromises";
            case PSYCHOACTIVE_SUBSTANCE -> "PsychoactiveSubstances";
            case PHYSICAL_RESTRAINT, KIDNAPPING_OR_ABDUCTION -> "RestrictsMovement";
            case RESTRICTS_MEDICAL_CARE -> "RestrictsMedicalCare";
            case EXCESSIVE_WORKING_HOURS -> "ExcessiveWorkingHours";
            case THREATENS_CHILDREN_FAMILY -> "UsesChildren";
            case THREATS_LAW_ENFORCEMENT -> "ThreatOfLawEnforcement";
            case WITHHOLDS_NECESSITIES -> "WithholdsNecessities";
            case WITHHOLDS_DOCUMENTS -> "WithholdsDocuments";
            case COERCION, ABUSE_OF_POWER_OR_VULNERABILITY, PAYMENT_TO_PERSON_IN_CONTROL, PAYMENT_OR_BENEFIT, OTHER -> "Other";
        };
    }

    /** The CTDC type-of-exploitation flag each form of exploitation counts in (the switch names every one). */
    static String typeOfExploitation(Purpose purpose) {
        return switch (purpose) {
            case FORCED_LABOUR, BONDED_LABOUR, CHILD_LABOUR, DOMESTIC_SERVITUDE, FORCED_BEGGING -> "isForcedLabour";
            case SEXUAL_EXPLOITATION, PROSTITUTION -> "isSexualExploit";
            case FORCED_MARRIAGE -> "isForcedMarriage";
            case FORCED_MILITARY_BY_NON_STATE_ACTORS -> "isForcedMilitary";
            case ORGAN_REMOVAL -> "isOrganRemoval";
            case SLAVERY, SERVITUDE -> "isSlaveryAndPractices";
            case FORCED_ADOPTION, SURROGACY, OTHER -> "isOtherExploit";
        };
    }

    /** Every CTDC meansOfControl column, in the dataset's order, with the means that set it. */
    private static Map<String, Set<Means>> meansOfControl() {
        Map<String, Set<Means>> columns = new LinkedHashMap<>();
        MEANS_ORDER.forEach(suffix -> columns.put("meansOfControl" + suffix, EnumSet.noneOf(Means.class)));
        for (Means means : Means.values()) {
            columns.get(meansOfControl(means)).add(means);
        }
        return columns;
    }

    /** Every CTDC type-of-exploitation flag but isSexAndLabour, in the dataset's order, with the forms that set it. */
    private static Map<String, Set<Purpose>> typesOfExploitation() {
        Map<String, Set<Purpose>> columns = new LinkedHashMap<>();
        EXPLOITATION_ORDER.forEach(name -> columns.put(name, EnumSet.noneOf(Purpose.class)));
        for (Purpose purpose : Purpose.values()) {
            columns.get(typeOfExploitation(purpose)).add(purpose);
        }
        return columns;
    }
}
