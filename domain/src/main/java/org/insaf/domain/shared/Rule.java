package org.insaf.domain.shared;

/**
 * The rules of law and procedure the domain enforces. The constant names are part of the API
 * (adapters expose them as error codes), so they are never renamed.
 */
public enum Rule {
    /** No retrospective punishment: the statute must be in force on the offence date. */
    LAW_IN_FORCE,
    /** A transnational-only statute needs movement into or out of Pakistan. */
    TERRITORIAL_SCOPE,
    /** The facts alleged must meet every element the statute requires. */
    ELEMENTS_SATISFIED,
    /** A sentence must lie inside the statutory range, with a fine only where allowed. */
    SENTENCE_WITHIN_LAW,
    /** Verdict only on trial, sentence only after conviction, decision only when all counts are decided. */
    ORDER_OF_PROCEEDINGS,
    /** Trafficking is not smuggling: raised as a warning, never as a refusal. */
    TRAFFICKING_NOT_SMUGGLING,
    /** Non-punishment principle: a victim becomes an accused only with a recorded justification. */
    VICTIM_NOT_ACCUSED,
    /** Only the status moves the law knows exist. */
    LIFECYCLE,
    /** Business dates are facts of the past and never run backwards. */
    BUSINESS_DATE,
    /** A charge may only name people and statutes known to the case. */
    PARTIES_OF_THE_CASE,
    /** A victim of an offence was born by the day it was committed. */
    BORN_BY_OFFENCE_DATE,
    /** s.494 CrPC: the prosecutor withdraws, with the court's consent, only before judgment. */
    WITHDRAWAL_FROM_PROSECUTION,
    /** s.345 CrPC: only an offence the law makes compoundable is compounded, by the person aggrieved. */
    COMPOUNDING,
    /** s.431 CrPC: proceedings against an accused abate on their death, recorded with its date. */
    ABATEMENT_ON_DEATH,
    /** s.265-E CrPC: a conviction on a plea of guilty is recorded only once the charge is framed. */
    CONVICTION_ON_GUILTY_PLEA,
    /** s.35 CrPC: one sentencing order per convicted accused, saying which terms run together. */
    SENTENCING_ORDER,
    /** PPC s.65: imprisonment in default of a fine is at most a quarter of the maximum term. */
    IMPRISONMENT_IN_DEFAULT_OF_FINE,
    /** s.382-B CrPC: credit only for time in custody that can have been spent for the offence. */
    CUSTODY_CREDIT,
    /** s.544-A CrPC and the PTPA 2018: compensation goes to a victim of the convictions. */
    VICTIM_COMPENSATION,
    /**
     * The office investigating a case belongs to an agency that may investigate its offences: the
     * FIA what the law gives the FIA, the police trafficking inside Pakistan (PTPA 2018; statutes.md 14).
     */
    INVESTIGATING_AGENCY,
    /** A transfer moves a case to another investigating office. */
    TRANSFER_TO_ANOTHER_OFFICE,
    /** A closed case (or closed investigation) is not transferred. */
    NO_TRANSFER_OF_CLOSED_CASE,
    /** An accused is in one custody status at a time, and moves between them only as the CrPC allows. */
    CUSTODY_STATUS,
    /** s.496 CrPC: for a bailable offence bail is a right; the court may not refuse it. */
    BAIL_AS_OF_RIGHT,
    /** s.497 CrPC: for a non-bailable offence bail is the court's discretion, recorded with its reason. */
    BAIL_DISCRETION_REASONED,
    /** s.87 CrPC: a proclamation gives the absconder at least thirty days to appear. */
    PROCLAMATION_PERIOD,
    /** An absconding accused or proclaimed offender is not charged until arrested (s.512 CrPC). */
    ABSCONDER_NOT_CHARGED,
    /** s.173 CrPC: a supplementary charge sheet charges an accused not yet charged, never one already tried. */
    SUPPLEMENTARY_CHARGE_SHEET,
    /** A case is decided only when no accused's part is left open by absconding (s.512 CrPC). */
    ABSCONDER_PART_OPEN,
    /** ss.410, 417 CrPC: an appeal lies against a judgment: once every charge of the accused has its verdict, not before. */
    APPEAL_AFTER_JUDGMENT,
    /** s.410 CrPC: the convict appeals against conviction or sentence; s.417: the State against acquittal or for enhancement. */
    APPEAL_RIGHT,
    /** Article 185: the Supreme Court hears an accused's appeal only after the High Court decided; revision lies to the High Court. */
    APPELLATE_FORUM,
    /** One pending appeal per accused and court: the court decides it first. */
    ONE_PENDING_APPEAL,
    /** s.423 CrPC: an admitted appeal is decided once, as what was appealed against allows, on or after its admission. */
    APPEAL_DECISION,
    /** s.426 CrPC: the appellate court suspends the sentence of a convict whose appeal is pending, once. */
    SUSPENSION_OF_SENTENCE,
    /** Two person records join into one only when both stand on their own: two records, neither already joined. */
    PERSON_LINK,
    /** NADRA issues one CNIC per person: records with different CNICs are different people. */
    ONE_CNIC_PER_PERSON,
    /** Only a record joined to another is separated from it again. */
    PERSON_UNLINK,
    /** Two victims are linked as one person only across two cases, once, and never with different CNICs. */
    VICTIM_LINK,
    /** Only two victims linked as one person are separated again. */
    VICTIM_UNLINK
}
