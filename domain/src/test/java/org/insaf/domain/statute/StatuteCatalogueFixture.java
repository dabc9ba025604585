package org.insaf.domain.statute;

import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.insaf.domain.statute.Act.*;
import static org.insaf.domain.statute.Means.*;
import static org.insaf.domain.statute.PenaltyForm.*;
import static org.insaf.domain.statute.Purpose.*;
import static org.insaf.domain.statute.StatutoryCondition.*;
import static org.insaf.domain.statute.TerritorialScope.*;

/**
 * Every provision of statutes.md, built from plain values the way the persistence mapper will
 * build them. Dates: where only the month is known, its 1st; where only the year, 1 January.
 */
public final class StatuteCatalogueFixture {

    public static final LocalDate PPC_COMMENCEMENT = LocalDate.of(1860, 10, 6);
    public static final LocalDate HUDOOD_AMENDMENTS = LocalDate.of(1979, 2, 10);
    public static final LocalDate PTPA_IN_FORCE = LocalDate.of(2018, 5, 1);
    public static final LocalDate PTPA_AMENDMENT = LocalDate.of(2022, 1, 1);

    private static final Set<Act> TRAFFICKING_ACTS =
            Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING);
    private static final Set<Purpose> TRAFFICKING_PURPOSES =
            Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION, SERVITUDE, SLAVERY);
    private static final Set<Means> FORCE_FRAUD_COERCION = Set.of(FORCE, FRAUD, COERCION);

    private StatuteCatalogueFixture() {
    }

    public static final Statute PACHTO_3 = new Statute(StatuteCode.of("PACHTO-3"), 1,
            "Prevention and Control of Human Trafficking Ordinance 2002", "3",
            "Human trafficking into or out of Pakistan", OffenceCategory.TRAFFICKING, TRANSNATIONAL_ONLY,
            new StatuteElements(
                    Set.of(OBTAINING, SECURING, SELLING, BUYING, RECRUITMENT, DETAINING, HARBOURING, RECEIPT),
                    // s.2: "coercion" includes force, violence, physical restraint, deception, fraud, threat
                    Set.of(COERCION, FORCE, VIOLENCE, PHYSICAL_RESTRAINT, DECEPTION, FRAUD, THREAT,
                            KIDNAPPING_OR_ABDUCTION, PAYMENT_OR_BENEFIT, PAYMENT_TO_PERSON_IN_CONTROL),
                    Set.of(), Set.of()),
            Penalty.imprisonment(IMPRISONMENT_AND_FINE, Period.ofYears(7), Period.ofYears(14)),
            InForcePeriod.between(LocalDate.of(2002, 10, 1), PTPA_IN_FORCE),
            "V (range 7 to 14 years: seed and US TIP report); U (sub-clauses of 7, 10 or 14 years not "
                    + "modelled, the summary range is encoded). Also covers migrant smuggling, so no exploitation "
                    + "purpose is required. In force Oct 2002 (day unknown, 1st used); repealed by PTPA 2018 "
                    + "(May 2018, day unknown, 1st used).");

    public static final Statute PPC_369A = new Statute(StatuteCode.of("PPC-369A"), 1,
            "Pakistan Penal Code", "369A", "Trafficking of human beings", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            // "trafficking of human beings" includes selling and buying a person (seed: "bought, sold")
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING,
                    SELLING, BUYING), FORCE_FRAUD_COERCION, Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION), Set.of()),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofYears(5), Period.ofYears(7))
                    .withFineBetween(Rupees.of(500_000), Rupees.of(700_000)),
            InForcePeriod.from(LocalDate.of(2016, 3, 1)),
            "V. Criminal Law Amendment, March 2016 (day unknown, 1st used). Force, fraud or coercion is "
                    + "required also for a child in sex trafficking (gap to Palermo art. 3(c)).");

    public static final Statute PTPA_3 = new Statute(StatuteCode.of("PTPA-3"), 1,
            "Prevention of Trafficking in Persons Act 2018", "3", "Trafficking in persons",
            OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(TRAFFICKING_ACTS, FORCE_FRAUD_COERCION, TRAFFICKING_PURPOSES, Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofYears(7))
                    .withFineUpTo(Rupees.of(1_000_000)),
            InForcePeriod.from(PTPA_IN_FORCE),
            "V2. May 2018 (day unknown, 1st used); replaces PACHTO 2002.");

    private static final StatuteElements AGGRAVATED_ELEMENTS = new StatuteElements(TRAFFICKING_ACTS,
            FORCE_FRAUD_COERCION, TRAFFICKING_PURPOSES, Set.of(VICTIM_IS_WOMAN_OR_CHILD));

    public static final Statute PTPA_3_AGG_V1 = new Statute(StatuteCode.of("PTPA-3-AGG"), 1,
            "Prevention of Trafficking in Persons Act 2018", "3 (aggravated)",
            "Trafficking in persons of a woman or a child", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            AGGRAVATED_ELEMENTS,
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofYears(2), Period.ofYears(10))
                    .withFineUpTo(Rupees.of(1_000_000)),
            InForcePeriod.between(PTPA_IN_FORCE, PTPA_AMENDMENT),
            "V2. May 2018 (day unknown, 1st used). Until the 2021-22 amendment; U: its date is not "
                    + "verified, 2022-01-01 is a placeholder.");

    public static final Statute PTPA_3_AGG_V2 = new Statute(StatuteCode.of("PTPA-3-AGG"), 2,
            "Prevention of Trafficking in Persons Act 2018 (as amended 2021-22)", "3 (aggravated)",
            "Trafficking in persons of a woman or a child", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            AGGRAVATED_ELEMENTS,
            Penalty.imprisonment(IMPRISONMENT_WITH_OPTIONAL_FINE, Period.ofYears(2), Period.ofYears(10))
                    .withFineUpTo(Rupees.of(1_000_000)),
            InForcePeriod.from(PTPA_AMENDMENT),
            "U. Amendment of 2021-22: a fine alone is no longer allowed (stated for sex trafficking of "
                    + "women and children; encoded for the whole aggravated form). 2022-01-01 is a placeholder date.");

    public static final Statute PSMA_3 = new Statute(StatuteCode.of("PSMA-3"), 1,
            "Prevention of Smuggling of Migrants Act 2018", "3", "Smuggling of migrants",
            OffenceCategory.SMUGGLING, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(PROCURING_ILLEGAL_ENTRY), Set.of(), Set.of(),
                    Set.of(FOR_FINANCIAL_OR_MATERIAL_BENEFIT)),
            Penalty.imprisonment(IMPRISONMENT_AND_FINE, Period.ofYears(3), Period.ofYears(5))
                    .withFineUpTo(Rupees.of(1_000_000)),
            InForcePeriod.from(PTPA_IN_FORCE),
            "V2. May 2018 (day unknown, 1st used). No exploitation purpose needed.");

    public static final Statute BLAA_11 = new Statute(StatuteCode.of("BLAA-11"), 1,
            "Bonded Labour System (Abolition) Act 1992", "11-13",
            "Enforcing bonded labour, advancing a bonded debt, extracting bonded labour",
            OffenceCategory.BONDED_LABOUR, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(ENFORCING_BONDED_LABOUR, ADVANCING_BONDED_DEBT, EXTRACTING_BONDED_LABOUR),
                    Set.of(DEBT_BONDAGE), Set.of(), Set.of()),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofYears(2), Period.ofYears(5)),
            InForcePeriod.from(LocalDate.of(1992, 3, 17)),
            "V (range 2 to 5 years); U (date 17 Mar 1992; the fine minimum is unverified and not encoded).");

    public static final Statute PPC_370 = new Statute(StatuteCode.of("PPC-370"), 1,
            "Pakistan Penal Code", "370", "Buying or disposing of any person as a slave",
            OffenceCategory.SLAVERY, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(BUYING, SELLING, DISPOSING, IMPORTING, EXPORTING, RECEIPT, DETAINING),
                    Set.of(), Set.of(SLAVERY), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(7)),
            InForcePeriod.from(PPC_COMMENCEMENT),
            "V2. PPC 1860, in force 1860-10-06 (as printed; commencement day unverified).");

    public static final Statute PPC_371 = new Statute(StatuteCode.of("PPC-371"), 1,
            "Pakistan Penal Code", "371", "Habitual dealing in slaves",
            OffenceCategory.SLAVERY, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(BUYING, SELLING, DISPOSING, IMPORTING, EXPORTING, RECEIPT, TRANSFER),
                    Set.of(), Set.of(SLAVERY), Set.of(HABITUAL_DEALING)),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(10)).orLife(),
            InForcePeriod.from(PPC_COMMENCEMENT),
            "V2. PPC 1860, in force 1860-10-06 (commencement day unverified).");

    public static final Statute PPC_371A = new Statute(StatuteCode.of("PPC-371A"), 1,
            "Pakistan Penal Code", "371A", "Selling person for purposes of prostitution, etc.",
            OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(SELLING, LETTING_TO_HIRE, DISPOSING), Set.of(), Set.of(PROSTITUTION), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(25)),
            InForcePeriod.from(HUDOOD_AMENDMENTS),
            "V2. Inserted 1979 (as amended); 1979-02-10 used, the exact day is unverified. No means required.");

    public static final Statute PPC_371B = new Statute(StatuteCode.of("PPC-371B"), 1,
            "Pakistan Penal Code", "371B", "Buying person for purposes of prostitution, etc.",
            OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(BUYING, HIRING, OBTAINING), Set.of(), Set.of(PROSTITUTION), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(25)),
            InForcePeriod.from(HUDOOD_AMENDMENTS),
            "V2. Inserted 1979 (as amended); 1979-02-10 used, the exact day is unverified. No means required.");

    public static final Statute PPC_374 = new Statute(StatuteCode.of("PPC-374"), 1,
            "Pakistan Penal Code", "374", "Unlawful compulsory labour",
            OffenceCategory.UNLAWFUL_COMPULSORY_LABOUR, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(COMPELLING_LABOUR), Set.of(), Set.of(), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofYears(5)),
            InForcePeriod.from(PPC_COMMENCEMENT),
            "V2 (as amended: up to 5 years). U: the earlier text prescribed up to 1 year; the date of the "
                    + "amendment is unverified, so one version from 1860-10-06 is encoded.");

    public static final Statute PPC_366A = new Statute(StatuteCode.of("PPC-366A"), 1,
            "Pakistan Penal Code", "366A", "Procuration of minor girl",
            OffenceCategory.SEXUAL_EXPLOITATION_OF_A_GIRL, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(PROCURING), Set.of(), Set.of(SEXUAL_EXPLOITATION), Set.of(VICTIM_IS_GIRL_UNDER_18)),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(10)),
            InForcePeriod.from(PPC_COMMENCEMENT),
            "V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 used.");

    public static final Statute PPC_366B = new Statute(StatuteCode.of("PPC-366B"), 1,
            "Pakistan Penal Code", "366B", "Importation of girl from foreign country",
            OffenceCategory.SEXUAL_EXPLOITATION_OF_A_GIRL, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(IMPORTING), Set.of(), Set.of(SEXUAL_EXPLOITATION),
                    Set.of(VICTIM_IS_GIRL_UNDER_21, BROUGHT_INTO_PAKISTAN)),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(10)),
            InForcePeriod.from(PPC_COMMENCEMENT),
            "V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 used.");

    public static final Statute EO_18 = new Statute(StatuteCode.of("EO-18"), 1,
            "Emigration Ordinance 1979", "18", "Fraudulently inducing a person to emigrate",
            OffenceCategory.ILLEGAL_RECRUITMENT, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(INDUCING_EMIGRATION, RECRUITMENT), Set.of(DECEPTION, FRAUD, FALSE_PROMISES),
                    Set.of(), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(14)),
            InForcePeriod.from(LocalDate.of(1979, 1, 1)),
            "V2; U (fine). Only the year 1979 is known: 1 January used, unverified.");

    public static final Statute THOTA_11 = new Statute(StatuteCode.of("THOTA-11"), 1,
            "Transplantation of Human Organs and Tissues Act 2010", "11",
            "Removing or trading human organs without authority", OffenceCategory.ORGAN_TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(REMOVING_ORGANS, TRADING_ORGANS, RECRUITMENT, TRANSPORTATION),
                    Set.of(), Set.of(ORGAN_REMOVAL), Set.of()),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofYears(10)).withFineUpTo(Rupees.of(1_000_000)),
            InForcePeriod.from(LocalDate.of(2010, 1, 1)),
            "V2. Only the year 2010 is known: 1 January used, unverified.");

    public static List<Statute> all() {
        return List.of(PACHTO_3, PPC_369A, PTPA_3, PTPA_3_AGG_V1, PTPA_3_AGG_V2, PSMA_3, BLAA_11, PPC_370,
                PPC_371, PPC_371A, PPC_371B, PPC_374, PPC_366A, PPC_366B, EO_18, THOTA_11);
    }

    public static StatuteCatalogue catalogue() {
        return new StatuteCatalogue(all());
    }
}
