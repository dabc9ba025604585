package org.insaf.application.audit;

/** What was done. Constant names are stored: never rename one. */
public enum AuditAction {
    REGISTER_CASE,
    START_INVESTIGATION,
    ADD_VICTIM,
    ADD_ACCUSED,
    RECORD_FACTS,
    CLOSE_INVESTIGATION,
    ASSIGN_CASE,
    FILE_CHARGE_SHEET,
    OPEN_TRIAL,
    RECORD_HEARING,
    RECORD_VERDICT,
    RECORD_SENTENCE,
    DECIDE_CASE,
    CLOSE_CASE,
    ARREST_ACCUSED,
    DECLARE_ABSCONDING,
    DECLARE_PROCLAIMED_OFFENDER,
    APPLY_FOR_BAIL,
    DECIDE_BAIL,
    CANCEL_BAIL,
    FILE_SUPPLEMENTARY_CHARGE_SHEET,
    READ_VICTIM_IDENTITY,
    /** A case asked for by someone it is not open to (or that does not exist); nothing was shown. */
    READ_CASE_REFUSED,
    /** A victim's identity asked for by someone not assigned to the case; nothing was shown. */
    READ_VICTIM_IDENTITY_REFUSED,
    /** An auditor read the case's audit trail. */
    READ_AUDIT_TRAIL,
    /** Someone who is not an auditor asked for the case's audit trail; nothing was shown. */
    READ_AUDIT_TRAIL_REFUSED,
    /** Publishing a year's figures (first or revised): about no case. */
    PUBLISH_FIGURES,
    /** The judge's order over one convicted accused's sentences. */
    MAKE_SENTENCING_ORDER,
    /** A case transferred to another investigating office. */
    TRANSFER_CASE,
    /** An appeal or revision filed against the judgment as it concerns one accused. */
    FILE_APPEAL,
    /** An appeal admitted, or dismissed in limine. */
    ORDER_APPEAL_ADMISSION,
    DECIDE_APPEAL,
    /** A sentence suspended pending appeal (s.426 CrPC). */
    SUSPEND_SENTENCE,
    /** More particulars of a person behind an accused (names, father's name, documents, phones, district). */
    RECORD_PERSON_PARTICULARS,
    /** Two person records confirmed as one person and joined, with the reason. */
    CONFIRM_PERSON_LINK,
    /** A candidate said not to be the same person, with the reason. */
    REJECT_PERSON_CANDIDATE,
    /** A person record separated from the person it was joined to, with the reason. */
    SEPARATE_PERSON,
    /** Persons of other cases proposed as the same as an accused: who looked, and how many were hidden. */
    READ_PERSON_CANDIDATES,
    /** More of who a victim is (names, father's name, documents, phones), kept with the protected identity. */
    RECORD_VICTIM_PARTICULARS,
    /** Whether a victim was trafficked in other cases: who looked, and how many cases were hidden. */
    READ_VICTIM_HISTORY,
    /** Two victims of two cases confirmed as one person, with the reason. */
    CONFIRM_VICTIM_LINK,
    /** A victim of another case said not to be the same person, with the reason. */
    REJECT_VICTIM_CANDIDATE,
    /** Two victims separated again, with the reason. */
    SEPARATE_VICTIM,
    /** The network around a case or a person read: who, from where, how many cases shown and how many hidden. */
    READ_NETWORK,
    /** A batch of victims' identities re-encrypted under the current identity key: about no case, no victim data. */
    REKEY_IDENTITIES;

    public boolean isRead() {
        return name().startsWith("READ_");
    }

    /** An attempt the access rules refused: it changed nothing and showed nothing. */
    public boolean isRefusal() {
        return name().endsWith("_REFUSED");
    }

    /** Every action but publishing the figures and re-encrypting identities is done to one case, and its entry names it. */
    public boolean concernsACase() {
        return this != PUBLISH_FIGURES && this != REKEY_IDENTITIES;
    }
}
