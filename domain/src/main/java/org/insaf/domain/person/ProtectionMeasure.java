package org.insaf.domain.person;

/** Protection and assistance given to a victim. Storage format: never rename. */
public enum ProtectionMeasure {
    SHELTER,
    COUNSELLING,
    MEDICAL_CARE,
    LEGAL_AID,
    REPATRIATION,
    INTERPRETATION,
    WITNESS_PROTECTION,
    FAMILY_REUNIFICATION,
    REHABILITATION,
    OTHER
}
