package org.insaf.domain.statute;

import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Procedure.InvestigatingAgency;
import org.insaf.domain.statute.Procedure.TrialCourt;

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
 * Every provision of statutes.md with its corrections, built from plain values the way the
 * persistence mapper builds them; the migrations (V1 and the correcting V5) must yield exactly these
 * rows (StatuteCataloguePersistenceTest compares them).
 */
public final class StatuteCatalogueFixture {

    public static final LocalDate PPC_COMMENCEMENT = LocalDate.of(1860, 10, 6);
    public static final LocalDate HUDOOD_ORDINANCE = LocalDate.of(1979, 2, 10);
    /** Protection of Women (Criminal Laws Amendment) Act 2006, assented 1 December 2006. */
    public static final LocalDate WOMEN_PROTECTION_ACT = LocalDate.of(2006, 12, 1);
    /** PTPA 2018 and PSMA 2018: the latest day of May 2018 (statutes.md correction 4). */
    public static final LocalDate PTPA_IN_FORCE = LocalDate.of(2018, 5, 31);
    public static final LocalDate PTPA_AMENDMENT = LocalDate.of(2022, 1, 1);

    private StatuteCatalogueFixture() {
    }

    public static final Statute PACHTO_3 = new Statute(StatuteCode.of("PACHTO-3"), 1,
            "Prevention and Control of Human Trafficking Ordinance 2002", "3",
            "Human trafficking into or out of Pakistan", OffenceCategory.TRAFFICKING, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(RECRUITMENT, HARBOURING, RECEIPT, OBTAINING, SECURING, SELLING, BUYING, DETAINING),
                    Set.of(FORCE, THREAT, COERCION, KIDNAPPING_OR_ABDUCTION, FRAUD, DECEPTION, PAYMENT_TO_PERSON_IN_CONTROL, PAYMENT_OR_BENEFIT, VIOLENCE, PHYSICAL_RESTRAINT),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(168)),
            InForcePeriod.between(LocalDate.of(2002, 10, 31), LocalDate.of(2018, 5, 31)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.FIA),
            "V: no minimum term; s.3 punishes with imprisonment that 'may extend to' 7, 10 or 14 years by "
                    + "sub-clause, and fine ('7 to 14 years' in the seed and the TIP reports is the range of the "
                    + "maxima; statutes.md correction 1). U: the sub-clauses are not modelled, the highest maximum "
                    + "(14 years) is encoded. Reaches payment or benefit for transport out of or into Pakistan, so "
                    + "it also covers migrant smuggling and needs no exploitation purpose. In force October 2002, "
                    + "in force at once (day unknown: 31 October used, the latest the sources allow); last day 30 "
                    + "May 2018, the day before the PTPA 2018 came into force (correction 4). Procedure U: "
                    + "cognizable, non-bailable, not compoundable, Court of Session; investigated by the FIA.");

    public static final Statute PPC_369A = new Statute(StatuteCode.of("PPC-369A"), 1,
            "Pakistan Penal Code", "369A",
            "Trafficking of human beings", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING, SELLING, BUYING),
                    Set.of(FORCE, FRAUD, COERCION),
                    Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION),
                    Set.of(), false),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(60), Period.ofMonths(84))
                    .withFineBetween(Rupees.of(500000), Rupees.of(700000)),
            InForcePeriod.from(LocalDate.of(2016, 3, 18)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V (penalty: 5 to 7 years, or fine PKR 500,000 to 700,000, or both). V2: Criminal Law "
                    + "(Amendment) Act 2016, in force 18 March 2016 (correction 5). Force, fraud or coercion is "
                    + "required also for a child in sex trafficking (the gap to Palermo art. 3(c)); fraud and "
                    + "coercion are read through docs/law.md's table (fraud: deception, false promises; coercion: "
                    + "threats, abduction, debt bondage, abuse of vulnerability). Procedure U: cognizable, "
                    + "non-bailable, not compoundable, Court of Session; provincial police.");

    public static final Statute PTPA_3 = new Statute(StatuteCode.of("PTPA-3"), 1,
            "Prevention of Trafficking in Persons Act 2018", "3",
            "Trafficking in persons", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING),
                    Set.of(FORCE, FRAUD, COERCION, DECEPTION, KIDNAPPING_OR_ABDUCTION, ABUSE_OF_POWER_OR_VULNERABILITY),
                    Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION, SERVITUDE, SLAVERY),
                    Set.of(VICTIM_IS_NEITHER_WOMAN_NOR_CHILD), true),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(84))
                    .withFineBetween(null, Rupees.of(1000000)),
            InForcePeriod.from(LocalDate.of(2018, 5, 31)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.POLICE_INSIDE_FIA_ACROSS_BORDERS),
            "V2: up to 7 years, or fine up to PKR 1,000,000, or both, where the victim is neither a woman "
                    + "nor a child (an adult man; correction 2); the means are those of the Act's definition "
                    + "(force, fraud, coercion, deception, abduction, abuse of power or vulnerability), none needed "
                    + "for a child (correction 3). Passed by the National Assembly on 23 May 2018 (press, V2); the "
                    + "day of assent or publication was not found: 31 May 2018 is used, the latest day of May 2018 "
                    + "when the TIP 2019 report says it was enacted (correction 4). Procedure V2 (press reports of "
                    + "the bill): cognizable, non-bailable; not compoundable and Court of Session U; the police "
                    + "investigate trafficking inside Pakistan, the FIA across its borders (correction 14).");

    public static final Statute PTPA_3_AGG_V1 = new Statute(StatuteCode.of("PTPA-3-AGG"), 1,
            "Prevention of Trafficking in Persons Act 2018", "3 (aggravated)",
            "Trafficking in persons of a woman or a child", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING),
                    Set.of(FORCE, FRAUD, COERCION, DECEPTION, KIDNAPPING_OR_ABDUCTION, ABUSE_OF_POWER_OR_VULNERABILITY),
                    Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION, SERVITUDE, SLAVERY),
                    Set.of(VICTIM_IS_WOMAN_OR_CHILD), true),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(24), Period.ofMonths(120))
                    .withFineBetween(null, Rupees.of(1000000)),
            InForcePeriod.between(LocalDate.of(2018, 5, 31), LocalDate.of(2022, 1, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.POLICE_INSIDE_FIA_ACROSS_BORDERS),
            "V2: 2 to 10 years, or fine up to PKR 1,000,000, or both, where the victim is a woman or a "
                    + "child (press text of the bill, correction 2); no means needed for a child (correction 3). In "
                    + "force 31 May 2018 (see PTPA-3). Until the 2021-22 amendment; U: its date is not verified, 1 "
                    + "January 2022 is a placeholder. Procedure as PTPA-3.");

    public static final Statute PTPA_3_AGG_V2 = new Statute(StatuteCode.of("PTPA-3-AGG"), 2,
            "Prevention of Trafficking in Persons Act 2018 (as amended 2021-22)", "3 (aggravated)",
            "Trafficking in persons of a woman or a child", OffenceCategory.TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT, OBTAINING),
                    Set.of(FORCE, FRAUD, COERCION, DECEPTION, KIDNAPPING_OR_ABDUCTION, ABUSE_OF_POWER_OR_VULNERABILITY),
                    Set.of(FORCED_LABOUR, SEXUAL_EXPLOITATION, SERVITUDE, SLAVERY),
                    Set.of(VICTIM_IS_WOMAN_OR_CHILD), true),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(24), Period.ofMonths(120))
                    .withFineBetween(null, Rupees.of(1000000))
                    .withFineAloneBarredFor(Set.of(SEXUAL_EXPLOITATION)),
            InForcePeriod.from(LocalDate.of(2022, 1, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.POLICE_INSIDE_FIA_ACROSS_BORDERS),
            "U: the 2021-22 amendment bars a fine alone for sex trafficking of a woman or a child only; "
                    + "labour trafficking keeps 'or fine, or both' (correction 8). 1 January 2022 is a placeholder "
                    + "for the amendment's unverified date. Procedure as PTPA-3.");

    public static final Statute PSMA_3 = new Statute(StatuteCode.of("PSMA-3"), 1,
            "Prevention of Smuggling of Migrants Act 2018", "3",
            "Smuggling of migrants", OffenceCategory.SMUGGLING, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(PROCURING_ILLEGAL_ENTRY),
                    Set.of(),
                    Set.of(),
                    Set.of(FOR_FINANCIAL_OR_MATERIAL_BENEFIT), false),
            Penalty.imprisonment(IMPRISONMENT_AND_FINE, Period.ofMonths(36), Period.ofMonths(60))
                    .withFineBetween(null, Rupees.of(1000000)),
            InForcePeriod.between(LocalDate.of(2018, 5, 31), LocalDate.of(2025, 12, 31)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.FIA),
            "V2: 3 to 5 years and fine up to PKR 1,000,000; no exploitation purpose needed. Passed with "
                    + "the PTPA on 23 May 2018: in force 31 May 2018 as the PTPA (correction 4). Until the 2025 "
                    + "amendment (see version 2). Procedure V2: cognizable, non-bailable (press reports of the "
                    + "bill); not compoundable and Court of Session U; FIA.");

    public static final Statute PSMA_3_V2 = new Statute(StatuteCode.of("PSMA-3"), 2,
            "Prevention of Smuggling of Migrants Act 2018 (as amended 2025)", "3",
            "Smuggling of migrants", OffenceCategory.SMUGGLING, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(PROCURING_ILLEGAL_ENTRY),
                    Set.of(),
                    Set.of(),
                    Set.of(FOR_FINANCIAL_OR_MATERIAL_BENEFIT), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(120))
                    .withFineBetween(null, Rupees.of(10000000)),
            InForcePeriod.from(LocalDate.of(2025, 12, 31)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.FIA),
            "U (correction 10): the 2025 amendment is reported to raise the penalty to up to 10 years and "
                    + "a fine up to PKR 10,000,000; whether the 3-year minimum remains is not known, so no minimum "
                    + "is encoded. Its day is not verified: 31 December 2025 is used, the latest day the reports "
                    + "allow, so no heavier penalty reaches an earlier offence.");

    public static final Statute BLAA_11 = new Statute(StatuteCode.of("BLAA-11"), 1,
            "Bonded Labour System (Abolition) Act 1992", "11-13",
            "Enforcing bonded labour, advancing a bonded debt, extracting bonded labour", OffenceCategory.BONDED_LABOUR, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(ENFORCING_BONDED_LABOUR, ADVANCING_BONDED_DEBT, EXTRACTING_BONDED_LABOUR),
                    Set.of(DEBT_BONDAGE),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonment(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(24), Period.ofMonths(60)),
            InForcePeriod.from(LocalDate.of(1992, 3, 17)),
            new Procedure(true, true, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V (range 2 to 5 years). U: the date 17 March 1992; a fine minimum of PKR 50,000 is reported "
                    + "(correction 9) but not verified, so the fine is encoded without a floor. Procedure U: "
                    + "cognizable and bailable (the Act), tried by a Magistrate of the first class; provincial "
                    + "police.");

    public static final Statute PPC_370 = new Statute(StatuteCode.of("PPC-370"), 1,
            "Pakistan Penal Code", "370",
            "Buying or disposing of any person as a slave", OffenceCategory.SLAVERY, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECEIPT, SELLING, BUYING, DISPOSING, DETAINING, IMPORTING, EXPORTING),
                    Set.of(),
                    Set.of(SLAVERY),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(84)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2. PPC 1860, in force 1860-10-06 (as printed; commencement day unverified). Procedure U: "
                    + "cognizable, non-bailable, not compoundable, Court of Session.");

    public static final Statute PPC_371 = new Statute(StatuteCode.of("PPC-371"), 1,
            "Pakistan Penal Code", "371",
            "Habitual dealing in slaves", OffenceCategory.SLAVERY, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(TRANSFER, RECEIPT, SELLING, BUYING, DISPOSING, IMPORTING, EXPORTING),
                    Set.of(),
                    Set.of(SLAVERY),
                    Set.of(HABITUAL_DEALING), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(120)).orLife(),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2. PPC 1860, in force 1860-10-06 (commencement day unverified). Procedure U: cognizable, "
                    + "non-bailable, not compoundable, Court of Session.");

    public static final Statute HO_13 = new Statute(StatuteCode.of("HO-13"), 1,
            "Offence of Zina (Enforcement of Hudood) Ordinance 1979", "13",
            "Selling person for purposes of prostitution, etc.", OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(SELLING, LETTING_TO_HIRE, DISPOSING),
                    Set.of(),
                    Set.of(PROSTITUTION),
                    Set.of(), false),
            Penalty.lifeImprisonment(IMPRISONMENT_AND_FINE),
            InForcePeriod.between(LocalDate.of(1979, 2, 10), LocalDate.of(2006, 12, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: the offence of PPC 371A before the Protection of Women Act 2006 moved it into the PPC "
                    + "(correction 7); in force 10 February 1979, last day 30 November 2006. U: punishment encoded "
                    + "as imprisonment for life and fine; the whipping the Ordinance added is not modelled "
                    + "(whipping for ta'zir offences was abolished in 1996). Procedure U: cognizable, non-bailable, "
                    + "not compoundable, Court of Session.");

    public static final Statute HO_14 = new Statute(StatuteCode.of("HO-14"), 1,
            "Offence of Zina (Enforcement of Hudood) Ordinance 1979", "14",
            "Buying person for purposes of prostitution, etc.", OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(OBTAINING, BUYING, HIRING),
                    Set.of(),
                    Set.of(PROSTITUTION),
                    Set.of(), false),
            Penalty.lifeImprisonment(IMPRISONMENT_AND_FINE),
            InForcePeriod.between(LocalDate.of(1979, 2, 10), LocalDate.of(2006, 12, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: the offence of PPC 371B before the Protection of Women Act 2006 moved it into the PPC "
                    + "(correction 7); in force 10 February 1979, last day 30 November 2006. U: punishment encoded "
                    + "as imprisonment for life and fine; whipping not modelled (abolished for ta'zir offences in "
                    + "1996). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.");

    public static final Statute PPC_371A = new Statute(StatuteCode.of("PPC-371A"), 1,
            "Pakistan Penal Code", "371A",
            "Selling person for purposes of prostitution, etc.", OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(SELLING, LETTING_TO_HIRE, DISPOSING),
                    Set.of(),
                    Set.of(PROSTITUTION),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(300)),
            InForcePeriod.from(LocalDate.of(2006, 12, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: text of the Protection of Women (Criminal Laws Amendment) Act 2006, s.4: up to 25 years "
                    + "and fine, for 'prostitution or illicit intercourse with any person or for any unlawful and "
                    + "immoral purpose' (sexual exploitation meets it; no means required). Assented 1 December 2006 "
                    + "(correction 7); before, Hudood Ordinance s.13 (HO-13). Procedure U: cognizable, "
                    + "non-bailable, not compoundable, Court of Session.");

    public static final Statute PPC_371B = new Statute(StatuteCode.of("PPC-371B"), 1,
            "Pakistan Penal Code", "371B",
            "Buying person for purposes of prostitution, etc.", OffenceCategory.PROSTITUTION_OF_A_PERSON, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(OBTAINING, BUYING, HIRING),
                    Set.of(),
                    Set.of(PROSTITUTION),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(300)),
            InForcePeriod.from(LocalDate.of(2006, 12, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: text of the Protection of Women (Criminal Laws Amendment) Act 2006, s.4: up to 25 years "
                    + "and fine, for 'prostitution or illicit intercourse with any person or for any unlawful and "
                    + "immoral purpose'; no means required. Assented 1 December 2006 (correction 7); before, Hudood "
                    + "Ordinance s.14 (HO-14). Procedure U: cognizable, non-bailable, not compoundable, Court of "
                    + "Session.");

    public static final Statute PPC_374 = new Statute(StatuteCode.of("PPC-374"), 1,
            "Pakistan Penal Code", "374",
            "Unlawful compulsory labour", OffenceCategory.UNLAWFUL_COMPULSORY_LABOUR, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(COMPELLING_LABOUR),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(60)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(false, true, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (as amended: up to 5 years). U: the earlier text prescribed up to 1 year; the date of the "
                    + "amendment is unverified, so one version from 1860-10-06 is encoded. Procedure U: "
                    + "non-cognizable, bailable, not compoundable, Magistrate of the first class.");

    public static final Statute PPC_366A = new Statute(StatuteCode.of("PPC-366A"), 1,
            "Pakistan Penal Code", "366A",
            "Procuration of minor girl", OffenceCategory.SEXUAL_EXPLOITATION_OF_A_GIRL, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(PROCURING),
                    Set.of(),
                    Set.of(SEXUAL_EXPLOITATION),
                    Set.of(VICTIM_IS_GIRL_UNDER_18), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(120)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (as amended): whoever 'by any means whatsoever, induces any minor girl under the age of "
                    + "eighteen years to go from any place or to do any act' intending or knowing she will be "
                    + "forced or seduced to illicit intercourse (correction 6): recruiting, transporting or "
                    + "transferring her meets the act; no means needed. U: the section was inserted after 1860; its "
                    + "date is unverified, 1860-10-06 used. Procedure U: cognizable, non-bailable, not "
                    + "compoundable, Court of Session.");

    public static final Statute PPC_366B = new Statute(StatuteCode.of("PPC-366B"), 1,
            "Pakistan Penal Code", "366B",
            "Importation of girl from foreign country", OffenceCategory.SEXUAL_EXPLOITATION_OF_A_GIRL, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(IMPORTING),
                    Set.of(),
                    Set.of(SEXUAL_EXPLOITATION),
                    Set.of(VICTIM_IS_GIRL_UNDER_21, BROUGHT_INTO_PAKISTAN), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(120)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 "
                    + "used. Procedure U: cognizable, non-bailable, not compoundable, Court of Session.");

    public static final Statute PPC_365B = new Statute(StatuteCode.of("PPC-365B"), 1,
            "Pakistan Penal Code", "365B",
            "Kidnapping, abducting or inducing woman to compel for marriage, etc.", OffenceCategory.ABDUCTION_OF_A_WOMAN, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(PROCURING, TRANSPORTATION, DETAINING),
                    Set.of(KIDNAPPING_OR_ABDUCTION, COERCION, ABUSE_OF_POWER_OR_VULNERABILITY),
                    Set.of(FORCED_MARRIAGE, SEXUAL_EXPLOITATION),
                    Set.of(VICTIM_IS_WOMAN), false),
            Penalty.lifeImprisonment(IMPRISONMENT_AND_FINE),
            InForcePeriod.from(LocalDate.of(2006, 12, 1)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (correction 11): kidnapping or abducting a woman, or inducing her by criminal "
                    + "intimidation, abuse of authority or other compulsion to go from any place, to compel her to "
                    + "marry or for illicit intercourse. Inserted by the Protection of Women Act 2006 (assented 1 "
                    + "December 2006). U: imprisonment for life and fine; whether a shorter term is allowed is not "
                    + "verified. Procedure U: cognizable, non-bailable, not compoundable, Court of Session. Not a "
                    + "trafficking provision: it does not count in the trafficking figures.");

    public static final Statute PPC_493A = new Statute(StatuteCode.of("PPC-493A"), 1,
            "Pakistan Penal Code", "493A",
            "Cohabitation caused by a man deceitfully inducing a belief of lawful marriage", OffenceCategory.MARRIAGE_FRAUD, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(MARRYING),
                    Set.of(DECEPTION),
                    Set.of(),
                    Set.of(VICTIM_IS_WOMAN), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(300)),
            InForcePeriod.from(LocalDate.of(2006, 12, 1)),
            new Procedure(false, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (correction 11): rigorous imprisonment up to 25 years and fine. U: the day it entered the "
                    + "PPC is not verified; 1 December 2006 (the Protection of Women Act) is used as the latest the "
                    + "sources allow. Procedure U. A marriage offence, not trafficking: it does not count in the "
                    + "trafficking figures.");

    public static final Statute PPC_496 = new Statute(StatuteCode.of("PPC-496"), 1,
            "Pakistan Penal Code", "496",
            "Marriage ceremony fraudulently gone through without lawful marriage", OffenceCategory.MARRIAGE_FRAUD, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(MARRYING),
                    Set.of(FRAUD),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(84)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(false, true, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2 (correction 11): imprisonment up to 7 years and fine; PPC 1860. Procedure U: "
                    + "non-cognizable, bailable, not compoundable, Magistrate of the first class. A marriage "
                    + "offence, not trafficking: it does not count in the trafficking figures.");

    public static final Statute EO_17 = new Statute(StatuteCode.of("EO-17"), 1,
            "Emigration Ordinance 1979", "17",
            "Unlawful emigration, etc.", OffenceCategory.UNLAWFUL_EMIGRATION, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(CAUSING_UNLAWFUL_EMIGRATION),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(60)),
            InForcePeriod.from(LocalDate.of(1979, 3, 24)),
            new Procedure(true, false, false, TrialCourt.SPECIAL_COURT, InvestigatingAgency.FIA),
            "V2 (text of s.17 from a law reporter): emigrating, or causing or assisting a person to "
                    + "emigrate, otherwise than the Ordinance provides: up to 5 years, or fine, or both; U: up to 7 "
                    + "years for a second offence is not modelled. Ordinance XVIII of 1979, 'in force at once', "
                    + "Gazette of 24 March 1979 (the latest date the sources give). Procedure U: Special Court "
                    + "(s.24); FIA. Not trafficking: it does not count in the trafficking figures.");

    public static final Statute EO_18 = new Statute(StatuteCode.of("EO-18"), 1,
            "Emigration Ordinance 1979", "18",
            "Fraudulently inducing a person to emigrate", OffenceCategory.ILLEGAL_RECRUITMENT, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(RECRUITMENT, INDUCING_EMIGRATION),
                    Set.of(FRAUD, DECEPTION, FALSE_PROMISES),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(168)),
            InForcePeriod.from(LocalDate.of(1979, 3, 24)),
            new Procedure(true, false, false, TrialCourt.SPECIAL_COURT, InvestigatingAgency.FIA),
            "V2; U (fine). Ordinance XVIII of 1979, 'in force at once', Gazette of 24 March 1979 (was 1 "
                    + "January 1979, a guess). Procedure U: Special Court (s.24); FIA.");

    public static final Statute EO_22 = new Statute(StatuteCode.of("EO-22"), 1,
            "Emigration Ordinance 1979", "22",
            "Receiving money, etc. for providing foreign employment", OffenceCategory.ILLEGAL_RECRUITMENT, TRANSNATIONAL_ONLY,
            new StatuteElements(Set.of(RECEIVING_MONEY_FOR_FOREIGN_EMPLOYMENT),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(60)),
            InForcePeriod.from(LocalDate.of(1979, 3, 24)),
            new Procedure(true, false, false, TrialCourt.SPECIAL_COURT, InvestigatingAgency.FIA),
            "V2: the section's title (illegal recruitment agents, correction 11). U: its penalty was not "
                    + "found in the sources reached; encoded as s.17(2)'s (up to 5 years, or fine, or both) until a "
                    + "correcting migration. In force with the Ordinance (24 March 1979). Procedure U: Special "
                    + "Court; FIA. Not trafficking: it does not count in the trafficking figures.");

    public static final Statute PA_6 = new Statute(StatuteCode.of("PA-6"), 1,
            "Passports Act 1974", "6",
            "Offences relating to passports and travel documents", OffenceCategory.DOCUMENT_OFFENCE, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(MISUSING_PASSPORT, FORGING_DOCUMENTS, USING_FORGED_DOCUMENTS),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(36)),
            InForcePeriod.from(LocalDate.of(1974, 12, 31)),
            new Procedure(false, true, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.FIA),
            "V2: maximum 3 years (a reported judgment on bail under s.6). U: 'or fine, or both' and the "
                    + "day of commencement (31 December 1974 used, the latest of its year). Procedure U. A document "
                    + "offence, not trafficking: it does not count in the trafficking figures.");

    public static final Statute PPC_420 = new Statute(StatuteCode.of("PPC-420"), 1,
            "Pakistan Penal Code", "420",
            "Cheating and dishonestly inducing delivery of property", OffenceCategory.CHEATING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(CHEATING),
                    Set.of(FRAUD),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(84)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(false, false, true, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: up to 7 years and fine; PPC 1860. Procedure U: non-cognizable, non-bailable, "
                    + "compoundable by the person cheated, Magistrate of the first class. Fraud, not trafficking: "
                    + "it does not count in the trafficking figures.");

    public static final Statute PPC_468 = new Statute(StatuteCode.of("PPC-468"), 1,
            "Pakistan Penal Code", "468",
            "Forgery for purpose of cheating", OffenceCategory.DOCUMENT_OFFENCE, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(FORGING_DOCUMENTS),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(84)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(false, false, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: up to 7 years and fine; PPC 1860. Procedure U. A document offence, not trafficking: it "
                    + "does not count in the trafficking figures.");

    public static final Statute PPC_471 = new Statute(StatuteCode.of("PPC-471"), 1,
            "Pakistan Penal Code", "471",
            "Using as genuine a forged document", OffenceCategory.DOCUMENT_OFFENCE, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(USING_FORGED_DOCUMENTS),
                    Set.of(),
                    Set.of(),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_OR_FINE_OR_BOTH, Period.ofMonths(24)),
            InForcePeriod.from(LocalDate.of(1860, 10, 6)),
            new Procedure(false, true, false, TrialCourt.MAGISTRATE_FIRST_CLASS, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2: punished as if the user had forged the document. U: encoded with s.465's penalty (up to "
                    + "2 years, or fine, or both); where the forgery falls under s.467 or 468 the heavier range "
                    + "applies and is not modelled. PPC 1860. Procedure U. A document offence, not trafficking: it "
                    + "does not count in the trafficking figures.");

    public static final Statute THOTA_11 = new Statute(StatuteCode.of("THOTA-11"), 1,
            "Transplantation of Human Organs and Tissues Act 2010", "11",
            "Removing or trading human organs without authority", OffenceCategory.ORGAN_TRAFFICKING, INTERNAL_AND_TRANSNATIONAL,
            new StatuteElements(Set.of(RECRUITMENT, TRANSPORTATION, REMOVING_ORGANS, TRADING_ORGANS),
                    Set.of(),
                    Set.of(ORGAN_REMOVAL),
                    Set.of(), false),
            Penalty.imprisonmentUpTo(IMPRISONMENT_AND_FINE, Period.ofMonths(120))
                    .withFineBetween(null, Rupees.of(1000000)),
            InForcePeriod.from(LocalDate.of(2010, 12, 31)),
            new Procedure(true, false, false, TrialCourt.COURT_OF_SESSION, InvestigatingAgency.PROVINCIAL_POLICE),
            "V2. Only the year 2010 is known: 31 December 2010 used, the latest the sources allow (was 1 "
                    + "January, a guess). Procedure U: cognizable, non-bailable, not compoundable, Court of "
                    + "Session.");

    public static List<Statute> all() {
        return List.of(PACHTO_3, PPC_369A, PTPA_3, PTPA_3_AGG_V1, PTPA_3_AGG_V2, PSMA_3, PSMA_3_V2, BLAA_11, PPC_370, PPC_371, HO_13, HO_14, PPC_371A, PPC_371B, PPC_374, PPC_366A, PPC_366B, PPC_365B, PPC_493A, PPC_496, EO_17, EO_18, EO_22, PA_6, PPC_420, PPC_468, PPC_471, THOTA_11);
    }


    public static StatuteCatalogue catalogue() {
        return new StatuteCatalogue(all());
    }
}
