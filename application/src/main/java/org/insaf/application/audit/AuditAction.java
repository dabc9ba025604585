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
    READ_VICTIM_IDENTITY;

    public boolean isRead() {
        return this == READ_VICTIM_IDENTITY;
    }
}
