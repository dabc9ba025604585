-- The statute catalogue: one row per version of an offence-creating provision.
-- Source of every row: shared/domain/statutes.md (its confidence marks are kept in "source").
-- The rows equal the domain's StatuteCatalogueFixture; a persistence test compares them.
-- Terms are stored in months (the law counts in years and months).
-- Vocabulary values are the names of the domain's enums; the CHECKs below mirror them.

CREATE TABLE statute (
    id                           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                         VARCHAR(32)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
    version                      INTEGER      NOT NULL CHECK (version >= 1),
    act                          VARCHAR(200) NOT NULL CHECK (btrim(act) <> ''),
    section                      VARCHAR(40)  NOT NULL CHECK (btrim(section) <> ''),
    title                        VARCHAR(300) NOT NULL CHECK (btrim(title) <> ''),
    offence_category             VARCHAR(40)  NOT NULL CHECK (offence_category IN (
                                     'TRAFFICKING', 'SMUGGLING', 'BONDED_LABOUR', 'SLAVERY',
                                     'PROSTITUTION_OF_A_PERSON', 'ORGAN_TRAFFICKING', 'UNLAWFUL_COMPULSORY_LABOUR',
                                     'ILLEGAL_RECRUITMENT', 'SEXUAL_EXPLOITATION_OF_A_GIRL')),
    territorial_scope            VARCHAR(40)  NOT NULL CHECK (territorial_scope IN ('TRANSNATIONAL_ONLY', 'INTERNAL_AND_TRANSNATIONAL')),
    required_acts                VARCHAR(40)[] NOT NULL DEFAULT '{}',
    required_means               VARCHAR(40)[] NOT NULL DEFAULT '{}',
    required_purposes            VARCHAR(40)[] NOT NULL DEFAULT '{}',
    required_conditions          VARCHAR(40)[] NOT NULL DEFAULT '{}',
    penalty_form                 VARCHAR(40)  NOT NULL CHECK (penalty_form IN (
                                     'IMPRISONMENT_ONLY', 'IMPRISONMENT_AND_FINE',
                                     'IMPRISONMENT_WITH_OPTIONAL_FINE', 'IMPRISONMENT_OR_FINE_OR_BOTH')),
    minimum_imprisonment_months  INTEGER      NOT NULL CHECK (minimum_imprisonment_months >= 0),
    maximum_imprisonment_months  INTEGER      NOT NULL CHECK (maximum_imprisonment_months > 0),
    life_imprisonment            BOOLEAN      NOT NULL,
    death_penalty                BOOLEAN      NOT NULL,
    minimum_fine_pkr             BIGINT       CHECK (minimum_fine_pkr > 0),
    maximum_fine_pkr             BIGINT       CHECK (maximum_fine_pkr > 0),
    in_force_from                DATE         NOT NULL,
    in_force_until               DATE,
    source                       TEXT         NOT NULL CHECK (btrim(source) <> ''),
    CONSTRAINT statute_code_version_unique UNIQUE (code, version),
    CONSTRAINT statute_code_from_unique UNIQUE (code, in_force_from),
    CONSTRAINT statute_term_range CHECK (minimum_imprisonment_months <= maximum_imprisonment_months),
    CONSTRAINT statute_fine_range CHECK (minimum_fine_pkr IS NULL OR maximum_fine_pkr IS NULL OR minimum_fine_pkr <= maximum_fine_pkr),
    CONSTRAINT statute_fine_allowed CHECK (penalty_form <> 'IMPRISONMENT_ONLY' OR (minimum_fine_pkr IS NULL AND maximum_fine_pkr IS NULL)),
    CONSTRAINT statute_period CHECK (in_force_until IS NULL OR in_force_until > in_force_from)
);

CREATE INDEX statute_in_force_idx ON statute (in_force_from, in_force_until);

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope,
                     required_acts, required_means, required_purposes, required_conditions,
                     penalty_form, minimum_imprisonment_months, maximum_imprisonment_months,
                     life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr,
                     in_force_from, in_force_until, source) VALUES
('PACHTO-3', 1, 'Prevention and Control of Human Trafficking Ordinance 2002', '3', 'Human trafficking into or out of Pakistan', 'TRAFFICKING', 'TRANSNATIONAL_ONLY', '{RECRUITMENT,HARBOURING,RECEIPT,OBTAINING,SECURING,SELLING,BUYING,DETAINING}', '{FORCE,THREAT,COERCION,KIDNAPPING_OR_ABDUCTION,FRAUD,DECEPTION,PAYMENT_TO_PERSON_IN_CONTROL,PAYMENT_OR_BENEFIT,VIOLENCE,PHYSICAL_RESTRAINT}', '{}', '{}', 'IMPRISONMENT_AND_FINE', 84, 168, false, false, NULL, NULL, '2002-10-01', '2018-05-01', 'V (range 7 to 14 years: seed and US TIP report); U (sub-clauses of 7, 10 or 14 years not modelled, the summary range is encoded). Also covers migrant smuggling, so no exploitation purpose is required. In force Oct 2002 (day unknown, 1st used); repealed by PTPA 2018 (May 2018, day unknown, 1st used).'),
('PPC-369A', 1, 'Pakistan Penal Code', '369A', 'Trafficking of human beings', 'TRAFFICKING', 'INTERNAL_AND_TRANSNATIONAL', '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING,SELLING,BUYING}', '{FORCE,COERCION,FRAUD}', '{FORCED_LABOUR,SEXUAL_EXPLOITATION}', '{}', 'IMPRISONMENT_OR_FINE_OR_BOTH', 60, 84, false, false, 500000, 700000, '2016-03-01', NULL, 'V. Criminal Law Amendment, March 2016 (day unknown, 1st used). Force, fraud or coercion is required also for a child in sex trafficking (gap to Palermo art. 3(c)).'),
('PTPA-3', 1, 'Prevention of Trafficking in Persons Act 2018', '3', 'Trafficking in persons', 'TRAFFICKING', 'INTERNAL_AND_TRANSNATIONAL', '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}', '{FORCE,COERCION,FRAUD}', '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}', '{}', 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 84, false, false, NULL, 1000000, '2018-05-01', NULL, 'V2. May 2018 (day unknown, 1st used); replaces PACHTO 2002.'),
('PTPA-3-AGG', 1, 'Prevention of Trafficking in Persons Act 2018', '3 (aggravated)', 'Trafficking in persons of a woman or a child', 'TRAFFICKING', 'INTERNAL_AND_TRANSNATIONAL', '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}', '{FORCE,COERCION,FRAUD}', '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}', '{VICTIM_IS_WOMAN_OR_CHILD}', 'IMPRISONMENT_OR_FINE_OR_BOTH', 24, 120, false, false, NULL, 1000000, '2018-05-01', '2022-01-01', 'V2. May 2018 (day unknown, 1st used). Until the 2021-22 amendment; U: its date is not verified, 2022-01-01 is a placeholder.'),
('PTPA-3-AGG', 2, 'Prevention of Trafficking in Persons Act 2018 (as amended 2021-22)', '3 (aggravated)', 'Trafficking in persons of a woman or a child', 'TRAFFICKING', 'INTERNAL_AND_TRANSNATIONAL', '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}', '{FORCE,COERCION,FRAUD}', '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}', '{VICTIM_IS_WOMAN_OR_CHILD}', 'IMPRISONMENT_WITH_OPTIONAL_FINE', 24, 120, false, false, NULL, 1000000, '2022-01-01', NULL, 'U. Amendment of 2021-22: a fine alone is no longer allowed (stated for sex trafficking of women and children; encoded for the whole aggravated form). 2022-01-01 is a placeholder date.'),
('PSMA-3', 1, 'Prevention of Smuggling of Migrants Act 2018', '3', 'Smuggling of migrants', 'SMUGGLING', 'TRANSNATIONAL_ONLY', '{PROCURING_ILLEGAL_ENTRY}', '{}', '{}', '{FOR_FINANCIAL_OR_MATERIAL_BENEFIT}', 'IMPRISONMENT_AND_FINE', 36, 60, false, false, NULL, 1000000, '2018-05-01', NULL, 'V2. May 2018 (day unknown, 1st used). No exploitation purpose needed.'),
('BLAA-11', 1, 'Bonded Labour System (Abolition) Act 1992', '11-13', 'Enforcing bonded labour, advancing a bonded debt, extracting bonded labour', 'BONDED_LABOUR', 'INTERNAL_AND_TRANSNATIONAL', '{ENFORCING_BONDED_LABOUR,ADVANCING_BONDED_DEBT,EXTRACTING_BONDED_LABOUR}', '{DEBT_BONDAGE}', '{}', '{}', 'IMPRISONMENT_OR_FINE_OR_BOTH', 24, 60, false, false, NULL, NULL, '1992-03-17', NULL, 'V (range 2 to 5 years); U (date 17 Mar 1992; the fine minimum is unverified and not encoded).'),
('PPC-370', 1, 'Pakistan Penal Code', '370', 'Buying or disposing of any person as a slave', 'SLAVERY', 'INTERNAL_AND_TRANSNATIONAL', '{RECEIPT,SELLING,BUYING,DISPOSING,DETAINING,IMPORTING,EXPORTING}', '{}', '{SLAVERY}', '{}', 'IMPRISONMENT_AND_FINE', 0, 84, false, false, NULL, NULL, '1860-10-06', NULL, 'V2. PPC 1860, in force 1860-10-06 (as printed; commencement day unverified).'),
('PPC-371', 1, 'Pakistan Penal Code', '371', 'Habitual dealing in slaves', 'SLAVERY', 'INTERNAL_AND_TRANSNATIONAL', '{TRANSFER,RECEIPT,SELLING,BUYING,DISPOSING,IMPORTING,EXPORTING}', '{}', '{SLAVERY}', '{HABITUAL_DEALING}', 'IMPRISONMENT_AND_FINE', 0, 120, true, false, NULL, NULL, '1860-10-06', NULL, 'V2. PPC 1860, in force 1860-10-06 (commencement day unverified).'),
('PPC-371A', 1, 'Pakistan Penal Code', '371A', 'Selling person for purposes of prostitution, etc.', 'PROSTITUTION_OF_A_PERSON', 'INTERNAL_AND_TRANSNATIONAL', '{SELLING,LETTING_TO_HIRE,DISPOSING}', '{}', '{PROSTITUTION}', '{}', 'IMPRISONMENT_AND_FINE', 0, 300, false, false, NULL, NULL, '1979-02-10', NULL, 'V2. Inserted 1979 (as amended); 1979-02-10 used, the exact day is unverified. No means required.'),
('PPC-371B', 1, 'Pakistan Penal Code', '371B', 'Buying person for purposes of prostitution, etc.', 'PROSTITUTION_OF_A_PERSON', 'INTERNAL_AND_TRANSNATIONAL', '{OBTAINING,BUYING,HIRING}', '{}', '{PROSTITUTION}', '{}', 'IMPRISONMENT_AND_FINE', 0, 300, false, false, NULL, NULL, '1979-02-10', NULL, 'V2. Inserted 1979 (as amended); 1979-02-10 used, the exact day is unverified. No means required.'),
('PPC-374', 1, 'Pakistan Penal Code', '374', 'Unlawful compulsory labour', 'UNLAWFUL_COMPULSORY_LABOUR', 'INTERNAL_AND_TRANSNATIONAL', '{COMPELLING_LABOUR}', '{}', '{}', '{}', 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 60, false, false, NULL, NULL, '1860-10-06', NULL, 'V2 (as amended: up to 5 years). U: the earlier text prescribed up to 1 year; the date of the amendment is unverified, so one version from 1860-10-06 is encoded.'),
('PPC-366A', 1, 'Pakistan Penal Code', '366A', 'Procuration of minor girl', 'SEXUAL_EXPLOITATION_OF_A_GIRL', 'INTERNAL_AND_TRANSNATIONAL', '{PROCURING}', '{}', '{SEXUAL_EXPLOITATION}', '{VICTIM_IS_GIRL_UNDER_18}', 'IMPRISONMENT_AND_FINE', 0, 120, false, false, NULL, NULL, '1860-10-06', NULL, 'V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 used.'),
('PPC-366B', 1, 'Pakistan Penal Code', '366B', 'Importation of girl from foreign country', 'SEXUAL_EXPLOITATION_OF_A_GIRL', 'TRANSNATIONAL_ONLY', '{IMPORTING}', '{}', '{SEXUAL_EXPLOITATION}', '{VICTIM_IS_GIRL_UNDER_21,BROUGHT_INTO_PAKISTAN}', 'IMPRISONMENT_AND_FINE', 0, 120, false, false, NULL, NULL, '1860-10-06', NULL, 'V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 used.'),
('EO-18', 1, 'Emigration Ordinance 1979', '18', 'Fraudulently inducing a person to emigrate', 'ILLEGAL_RECRUITMENT', 'TRANSNATIONAL_ONLY', '{RECRUITMENT,INDUCING_EMIGRATION}', '{FRAUD,DECEPTION,FALSE_PROMISES}', '{}', '{}', 'IMPRISONMENT_AND_FINE', 0, 168, false, false, NULL, NULL, '1979-01-01', NULL, 'V2; U (fine). Only the year 1979 is known: 1 January used, unverified.'),
('THOTA-11', 1, 'Transplantation of Human Organs and Tissues Act 2010', '11', 'Removing or trading human organs without authority', 'ORGAN_TRAFFICKING', 'INTERNAL_AND_TRANSNATIONAL', '{RECRUITMENT,TRANSPORTATION,REMOVING_ORGANS,TRADING_ORGANS}', '{}', '{ORGAN_REMOVAL}', '{}', 'IMPRISONMENT_AND_FINE', 0, 120, false, false, NULL, 1000000, '2010-01-01', NULL, 'V2. Only the year 2010 is known: 1 January used, unverified.');
