-- Sections of other laws an FIR cites that the statute catalogue does not hold, kept as written.
-- A separate column, not case_fir_section: nothing that counts, advises or checks charges reads it.
-- The limits are the API's (InputLimits.MAX_SECTIONS, InputLimits.OTHER_SECTION).
ALTER TABLE case_file
    ADD COLUMN other_sections VARCHAR(100)[] NOT NULL DEFAULT '{}'
        CONSTRAINT case_file_other_sections_bounded CHECK (cardinality(other_sections) <= 20
            AND array_position(other_sections, NULL) IS NULL);
