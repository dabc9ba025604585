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
    READ_VICTIM_IDENTITY,
    /** Publishing a year's figures (first or revised): about no case. */
    PUBLISH_FIGURES;

    public boolean isRead() {
        return this == READ_VICTIM_IDENTITY;
    }

    /** Every action but publishing the figures is done to one case, and its entry names it. */
    public boolean concernsACase() {
        return this != PUBLISH_FIGURES;
    }
}
