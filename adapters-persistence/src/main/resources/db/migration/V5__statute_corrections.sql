-- Corrections found by review (shared/domain/statutes.md, "Corrections found by review", 2026-11-29).
-- The rows cited by stored charges are corrected in place (same code and version), so every charge
-- still reads its statute; the law did not change, its encoding did. New provisions are added.
-- Each row's source says what was verified (V, V2) and what was not (U). docs/law.md prints the table.

ALTER TABLE statute DROP CONSTRAINT statute_offence_category_check;
ALTER TABLE statute ADD CONSTRAINT statute_offence_category_check CHECK (offence_category IN (
    'TRAFFICKING', 'SMUGGLING', 'BONDED_LABOUR', 'SLAVERY', 'PROSTITUTION_OF_A_PERSON', 'ORGAN_TRAFFICKING',
    'UNLAWFUL_COMPULSORY_LABOUR', 'ILLEGAL_RECRUITMENT', 'SEXUAL_EXPLOITATION_OF_A_GIRL', 'ABDUCTION_OF_A_WOMAN',
    'MARRIAGE_FRAUD', 'CHEATING', 'DOCUMENT_OFFENCE', 'UNLAWFUL_EMIGRATION'));

-- Imprisonment for life only (PPC 365B): no term of years, so a maximum of zero months.
ALTER TABLE statute DROP CONSTRAINT statute_maximum_imprisonment_months_check;
ALTER TABLE statute ADD CONSTRAINT statute_term_or_life CHECK (
    maximum_imprisonment_months > 0 OR life_imprisonment OR death_penalty);

-- PTPA 2018: act and purpose suffice where every victim is a child (Palermo art. 3(c)).
ALTER TABLE statute ADD COLUMN means_not_needed_for_child BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE statute ADD CONSTRAINT statute_child_exception_needs_means CHECK (
    NOT means_not_needed_for_child OR cardinality(required_means) > 0);
-- PTPA 2018 as amended: purposes for which a fine alone is no longer a lawful sentence.
ALTER TABLE statute ADD COLUMN fine_alone_barred_for VARCHAR(40)[] NOT NULL DEFAULT '{}';
ALTER TABLE statute ADD CONSTRAINT statute_fine_alone_bar_needs_fine_alone CHECK (
    cardinality(fine_alone_barred_for) = 0 OR penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH');

-- Procedure (statutes.md item 12) and who investigates (item 14).
ALTER TABLE statute ADD COLUMN cognizable BOOLEAN;
ALTER TABLE statute ADD COLUMN bailable BOOLEAN;
ALTER TABLE statute ADD COLUMN compoundable BOOLEAN;
ALTER TABLE statute ADD COLUMN trial_court VARCHAR(40)
    CHECK (trial_court IN ('COURT_OF_SESSION', 'MAGISTRATE_FIRST_CLASS', 'SPECIAL_COURT'));
ALTER TABLE statute ADD COLUMN investigated_by VARCHAR(40)
    CHECK (investigated_by IN ('FIA', 'PROVINCIAL_POLICE', 'POLICE_INSIDE_FIA_ACROSS_BORDERS'));

UPDATE statute SET
    act = 'Prevention and Control of Human Trafficking Ordinance 2002',
    section = '3',
    title = 'Human trafficking into or out of Pakistan',
    offence_category = 'TRAFFICKING',
    territorial_scope = 'TRANSNATIONAL_ONLY',
    required_acts = '{RECRUITMENT,HARBOURING,RECEIPT,OBTAINING,SECURING,SELLING,BUYING,DETAINING}',
    required_means = '{FORCE,THREAT,COERCION,KIDNAPPING_OR_ABDUCTION,FRAUD,DECEPTION,PAYMENT_TO_PERSON_IN_CONTROL,PAYMENT_OR_BENEFIT,VIOLENCE,PHYSICAL_RESTRAINT}',
    required_purposes = '{}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 168,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '2002-10-31',
    in_force_until = '2018-05-31',
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'FIA',
    source = 'V: no minimum term; s.3 punishes with imprisonment that ''may extend to'' 7, 10 or 14 years by sub-clause, and fine (''7 to 14 years'' in the seed and the TIP reports is the range of the maxima; statutes.md correction 1). U: the sub-clauses are not modelled, the highest maximum (14 years) is encoded. Reaches payment or benefit for transport out of or into Pakistan, so it also covers migrant smuggling and needs no exploitation purpose. In force October 2002, in force at once (day unknown: 31 October used, the latest the sources allow); last day 30 May 2018, the day before the PTPA 2018 came into force (correction 4). Procedure U: cognizable, non-bailable, not compoundable, Court of Session; investigated by the FIA.'
WHERE code = 'PACHTO-3' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '369A',
    title = 'Trafficking of human beings',
    offence_category = 'TRAFFICKING',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING,SELLING,BUYING}',
    required_means = '{FORCE,FRAUD,COERCION}',
    required_purposes = '{FORCED_LABOUR,SEXUAL_EXPLOITATION}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 60,
    maximum_imprisonment_months = 84,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = 500000,
    maximum_fine_pkr = 700000,
    fine_alone_barred_for = '{}',
    in_force_from = '2016-03-18',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V (penalty: 5 to 7 years, or fine PKR 500,000 to 700,000, or both). V2: Criminal Law (Amendment) Act 2016, in force 18 March 2016 (correction 5). Force, fraud or coercion is required also for a child in sex trafficking (the gap to Palermo art. 3(c)); fraud and coercion are read through docs/law.md''s table (fraud: deception, false promises; coercion: threats, abduction, debt bondage, abuse of vulnerability). Procedure U: cognizable, non-bailable, not compoundable, Court of Session; provincial police.'
WHERE code = 'PPC-369A' AND version = 1;

UPDATE statute SET
    act = 'Prevention of Trafficking in Persons Act 2018',
    section = '3',
    title = 'Trafficking in persons',
    offence_category = 'TRAFFICKING',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}',
    required_means = '{FORCE,FRAUD,COERCION,DECEPTION,KIDNAPPING_OR_ABDUCTION,ABUSE_OF_POWER_OR_VULNERABILITY}',
    required_purposes = '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}',
    required_conditions = '{VICTIM_IS_NEITHER_WOMAN_NOR_CHILD}',
    means_not_needed_for_child = true,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 84,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = 1000000,
    fine_alone_barred_for = '{}',
    in_force_from = '2018-05-31',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'POLICE_INSIDE_FIA_ACROSS_BORDERS',
    source = 'V2: up to 7 years, or fine up to PKR 1,000,000, or both, where the victim is neither a woman nor a child (an adult man; correction 2); the means are those of the Act''s definition (force, fraud, coercion, deception, abduction, abuse of power or vulnerability), none needed for a child (correction 3). Passed by the National Assembly on 23 May 2018 (press, V2); the day of assent or publication was not found: 31 May 2018 is used, the latest day of May 2018 when the TIP 2019 report says it was enacted (correction 4). Procedure V2 (press reports of the bill): cognizable, non-bailable; not compoundable and Court of Session U; the police investigate trafficking inside Pakistan, the FIA across its borders (correction 14).'
WHERE code = 'PTPA-3' AND version = 1;

UPDATE statute SET
    act = 'Prevention of Trafficking in Persons Act 2018',
    section = '3 (aggravated)',
    title = 'Trafficking in persons of a woman or a child',
    offence_category = 'TRAFFICKING',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}',
    required_means = '{FORCE,FRAUD,COERCION,DECEPTION,KIDNAPPING_OR_ABDUCTION,ABUSE_OF_POWER_OR_VULNERABILITY}',
    required_purposes = '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}',
    required_conditions = '{VICTIM_IS_WOMAN_OR_CHILD}',
    means_not_needed_for_child = true,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 24,
    maximum_imprisonment_months = 120,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = 1000000,
    fine_alone_barred_for = '{}',
    in_force_from = '2018-05-31',
    in_force_until = '2022-01-01',
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'POLICE_INSIDE_FIA_ACROSS_BORDERS',
    source = 'V2: 2 to 10 years, or fine up to PKR 1,000,000, or both, where the victim is a woman or a child (press text of the bill, correction 2); no means needed for a child (correction 3). In force 31 May 2018 (see PTPA-3). Until the 2021-22 amendment; U: its date is not verified, 1 January 2022 is a placeholder. Procedure as PTPA-3.'
WHERE code = 'PTPA-3-AGG' AND version = 1;

UPDATE statute SET
    act = 'Prevention of Trafficking in Persons Act 2018 (as amended 2021-22)',
    section = '3 (aggravated)',
    title = 'Trafficking in persons of a woman or a child',
    offence_category = 'TRAFFICKING',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECRUITMENT,TRANSPORTATION,TRANSFER,HARBOURING,RECEIPT,OBTAINING}',
    required_means = '{FORCE,FRAUD,COERCION,DECEPTION,KIDNAPPING_OR_ABDUCTION,ABUSE_OF_POWER_OR_VULNERABILITY}',
    required_purposes = '{FORCED_LABOUR,SEXUAL_EXPLOITATION,SERVITUDE,SLAVERY}',
    required_conditions = '{VICTIM_IS_WOMAN_OR_CHILD}',
    means_not_needed_for_child = true,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 24,
    maximum_imprisonment_months = 120,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = 1000000,
    fine_alone_barred_for = '{SEXUAL_EXPLOITATION}',
    in_force_from = '2022-01-01',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'POLICE_INSIDE_FIA_ACROSS_BORDERS',
    source = 'U: the 2021-22 amendment bars a fine alone for sex trafficking of a woman or a child only; labour trafficking keeps ''or fine, or both'' (correction 8). 1 January 2022 is a placeholder for the amendment''s unverified date. Procedure as PTPA-3.'
WHERE code = 'PTPA-3-AGG' AND version = 2;

UPDATE statute SET
    act = 'Prevention of Smuggling of Migrants Act 2018',
    section = '3',
    title = 'Smuggling of migrants',
    offence_category = 'SMUGGLING',
    territorial_scope = 'TRANSNATIONAL_ONLY',
    required_acts = '{PROCURING_ILLEGAL_ENTRY}',
    required_means = '{}',
    required_purposes = '{}',
    required_conditions = '{FOR_FINANCIAL_OR_MATERIAL_BENEFIT}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 36,
    maximum_imprisonment_months = 60,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = 1000000,
    fine_alone_barred_for = '{}',
    in_force_from = '2018-05-31',
    in_force_until = '2025-12-31',
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'FIA',
    source = 'V2: 3 to 5 years and fine up to PKR 1,000,000; no exploitation purpose needed. Passed with the PTPA on 23 May 2018: in force 31 May 2018 as the PTPA (correction 4). Until the 2025 amendment (see version 2). Procedure V2: cognizable, non-bailable (press reports of the bill); not compoundable and Court of Session U; FIA.'
WHERE code = 'PSMA-3' AND version = 1;

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PSMA-3', 2, 'Prevention of Smuggling of Migrants Act 2018 (as amended 2025)', '3', 'Smuggling of migrants', 'SMUGGLING', 'TRANSNATIONAL_ONLY', '{PROCURING_ILLEGAL_ENTRY}', '{}', '{}', '{FOR_FINANCIAL_OR_MATERIAL_BENEFIT}', false, 'IMPRISONMENT_AND_FINE', 0, 120, false, false, NULL, 10000000, '{}', '2025-12-31', NULL, true, false, false, 'COURT_OF_SESSION', 'FIA', 'U (correction 10): the 2025 amendment is reported to raise the penalty to up to 10 years and a fine up to PKR 10,000,000; whether the 3-year minimum remains is not known, so no minimum is encoded. Its day is not verified: 31 December 2025 is used, the latest day the reports allow, so no heavier penalty reaches an earlier offence.');

UPDATE statute SET
    act = 'Bonded Labour System (Abolition) Act 1992',
    section = '11-13',
    title = 'Enforcing bonded labour, advancing a bonded debt, extracting bonded labour',
    offence_category = 'BONDED_LABOUR',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{ENFORCING_BONDED_LABOUR,ADVANCING_BONDED_DEBT,EXTRACTING_BONDED_LABOUR}',
    required_means = '{DEBT_BONDAGE}',
    required_purposes = '{}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 24,
    maximum_imprisonment_months = 60,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1992-03-17',
    in_force_until = NULL,
    cognizable = true,
    bailable = true,
    compoundable = false,
    trial_court = 'MAGISTRATE_FIRST_CLASS',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V (range 2 to 5 years). U: the date 17 March 1992; a fine minimum of PKR 50,000 is reported (correction 9) but not verified, so the fine is encoded without a floor. Procedure U: cognizable and bailable (the Act), tried by a Magistrate of the first class; provincial police.'
WHERE code = 'BLAA-11' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '370',
    title = 'Buying or disposing of any person as a slave',
    offence_category = 'SLAVERY',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECEIPT,SELLING,BUYING,DISPOSING,DETAINING,IMPORTING,EXPORTING}',
    required_means = '{}',
    required_purposes = '{SLAVERY}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 84,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1860-10-06',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2. PPC 1860, in force 1860-10-06 (as printed; commencement day unverified). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-370' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '371',
    title = 'Habitual dealing in slaves',
    offence_category = 'SLAVERY',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{TRANSFER,RECEIPT,SELLING,BUYING,DISPOSING,IMPORTING,EXPORTING}',
    required_means = '{}',
    required_purposes = '{SLAVERY}',
    required_conditions = '{HABITUAL_DEALING}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 120,
    life_imprisonment = true,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1860-10-06',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2. PPC 1860, in force 1860-10-06 (commencement day unverified). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-371' AND version = 1;

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('HO-13', 1, 'Offence of Zina (Enforcement of Hudood) Ordinance 1979', '13', 'Selling person for purposes of prostitution, etc.', 'PROSTITUTION_OF_A_PERSON', 'INTERNAL_AND_TRANSNATIONAL', '{SELLING,LETTING_TO_HIRE,DISPOSING}', '{}', '{PROSTITUTION}', '{}', false, 'IMPRISONMENT_AND_FINE', 0, 0, true, false, NULL, NULL, '{}', '1979-02-10', '2006-12-01', true, false, false, 'COURT_OF_SESSION', 'PROVINCIAL_POLICE', 'V2: the offence of PPC 371A before the Protection of Women Act 2006 moved it into the PPC (correction 7); in force 10 February 1979, last day 30 November 2006. U: punishment encoded as imprisonment for life and fine; the whipping the Ordinance added is not modelled (whipping for ta''zir offences was abolished in 1996). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('HO-14', 1, 'Offence of Zina (Enforcement of Hudood) Ordinance 1979', '14', 'Buying person for purposes of prostitution, etc.', 'PROSTITUTION_OF_A_PERSON', 'INTERNAL_AND_TRANSNATIONAL', '{OBTAINING,BUYING,HIRING}', '{}', '{PROSTITUTION}', '{}', false, 'IMPRISONMENT_AND_FINE', 0, 0, true, false, NULL, NULL, '{}', '1979-02-10', '2006-12-01', true, false, false, 'COURT_OF_SESSION', 'PROVINCIAL_POLICE', 'V2: the offence of PPC 371B before the Protection of Women Act 2006 moved it into the PPC (correction 7); in force 10 February 1979, last day 30 November 2006. U: punishment encoded as imprisonment for life and fine; whipping not modelled (abolished for ta''zir offences in 1996). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.');

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '371A',
    title = 'Selling person for purposes of prostitution, etc.',
    offence_category = 'PROSTITUTION_OF_A_PERSON',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{SELLING,LETTING_TO_HIRE,DISPOSING}',
    required_means = '{}',
    required_purposes = '{PROSTITUTION}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 300,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '2006-12-01',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2: text of the Protection of Women (Criminal Laws Amendment) Act 2006, s.4: up to 25 years and fine, for ''prostitution or illicit intercourse with any person or for any unlawful and immoral purpose'' (sexual exploitation meets it; no means required). Assented 1 December 2006 (correction 7); before, Hudood Ordinance s.13 (HO-13). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-371A' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '371B',
    title = 'Buying person for purposes of prostitution, etc.',
    offence_category = 'PROSTITUTION_OF_A_PERSON',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{OBTAINING,BUYING,HIRING}',
    required_means = '{}',
    required_purposes = '{PROSTITUTION}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 300,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '2006-12-01',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2: text of the Protection of Women (Criminal Laws Amendment) Act 2006, s.4: up to 25 years and fine, for ''prostitution or illicit intercourse with any person or for any unlawful and immoral purpose''; no means required. Assented 1 December 2006 (correction 7); before, Hudood Ordinance s.14 (HO-14). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-371B' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '374',
    title = 'Unlawful compulsory labour',
    offence_category = 'UNLAWFUL_COMPULSORY_LABOUR',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{COMPELLING_LABOUR}',
    required_means = '{}',
    required_purposes = '{}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_OR_FINE_OR_BOTH',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 60,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1860-10-06',
    in_force_until = NULL,
    cognizable = false,
    bailable = true,
    compoundable = false,
    trial_court = 'MAGISTRATE_FIRST_CLASS',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2 (as amended: up to 5 years). U: the earlier text prescribed up to 1 year; the date of the amendment is unverified, so one version from 1860-10-06 is encoded. Procedure U: non-cognizable, bailable, not compoundable, Magistrate of the first class.'
WHERE code = 'PPC-374' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '366A',
    title = 'Procuration of minor girl',
    offence_category = 'SEXUAL_EXPLOITATION_OF_A_GIRL',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{PROCURING}',
    required_means = '{}',
    required_purposes = '{SEXUAL_EXPLOITATION}',
    required_conditions = '{VICTIM_IS_GIRL_UNDER_18}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 120,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1860-10-06',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2 (as amended): whoever ''by any means whatsoever, induces any minor girl under the age of eighteen years to go from any place or to do any act'' intending or knowing she will be forced or seduced to illicit intercourse (correction 6): recruiting, transporting or transferring her meets the act; no means needed. U: the section was inserted after 1860; its date is unverified, 1860-10-06 used. Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-366A' AND version = 1;

UPDATE statute SET
    act = 'Pakistan Penal Code',
    section = '366B',
    title = 'Importation of girl from foreign country',
    offence_category = 'SEXUAL_EXPLOITATION_OF_A_GIRL',
    territorial_scope = 'TRANSNATIONAL_ONLY',
    required_acts = '{IMPORTING}',
    required_means = '{}',
    required_purposes = '{SEXUAL_EXPLOITATION}',
    required_conditions = '{VICTIM_IS_GIRL_UNDER_21,BROUGHT_INTO_PAKISTAN}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 120,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1860-10-06',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2 (as amended). U: the section was inserted after 1860; its date is unverified, 1860-10-06 used. Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'PPC-366B' AND version = 1;

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-365B', 1, 'Pakistan Penal Code', '365B', 'Kidnapping, abducting or inducing woman to compel for marriage, etc.', 'ABDUCTION_OF_A_WOMAN', 'INTERNAL_AND_TRANSNATIONAL', '{PROCURING,TRANSPORTATION,DETAINING}', '{KIDNAPPING_OR_ABDUCTION,COERCION,ABUSE_OF_POWER_OR_VULNERABILITY}', '{FORCED_MARRIAGE,SEXUAL_EXPLOITATION}', '{VICTIM_IS_WOMAN}', false, 'IMPRISONMENT_AND_FINE', 0, 0, true, false, NULL, NULL, '{}', '2006-12-01', NULL, true, false, false, 'COURT_OF_SESSION', 'PROVINCIAL_POLICE', 'V2 (correction 11): kidnapping or abducting a woman, or inducing her by criminal intimidation, abuse of authority or other compulsion to go from any place, to compel her to marry or for illicit intercourse. Inserted by the Protection of Women Act 2006 (assented 1 December 2006). U: imprisonment for life and fine; whether a shorter term is allowed is not verified. Procedure U: cognizable, non-bailable, not compoundable, Court of Session. Not a trafficking provision: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-493A', 1, 'Pakistan Penal Code', '493A', 'Cohabitation caused by a man deceitfully inducing a belief of lawful marriage', 'MARRIAGE_FRAUD', 'INTERNAL_AND_TRANSNATIONAL', '{MARRYING}', '{DECEPTION}', '{}', '{VICTIM_IS_WOMAN}', false, 'IMPRISONMENT_AND_FINE', 0, 300, false, false, NULL, NULL, '{}', '2006-12-01', NULL, false, false, false, 'COURT_OF_SESSION', 'PROVINCIAL_POLICE', 'V2 (correction 11): rigorous imprisonment up to 25 years and fine. U: the day it entered the PPC is not verified; 1 December 2006 (the Protection of Women Act) is used as the latest the sources allow. Procedure U. A marriage offence, not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-496', 1, 'Pakistan Penal Code', '496', 'Marriage ceremony fraudulently gone through without lawful marriage', 'MARRIAGE_FRAUD', 'INTERNAL_AND_TRANSNATIONAL', '{MARRYING}', '{FRAUD}', '{}', '{}', false, 'IMPRISONMENT_AND_FINE', 0, 84, false, false, NULL, NULL, '{}', '1860-10-06', NULL, false, true, false, 'MAGISTRATE_FIRST_CLASS', 'PROVINCIAL_POLICE', 'V2 (correction 11): imprisonment up to 7 years and fine; PPC 1860. Procedure U: non-cognizable, bailable, not compoundable, Magistrate of the first class. A marriage offence, not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('EO-17', 1, 'Emigration Ordinance 1979', '17', 'Unlawful emigration, etc.', 'UNLAWFUL_EMIGRATION', 'TRANSNATIONAL_ONLY', '{CAUSING_UNLAWFUL_EMIGRATION}', '{}', '{}', '{}', false, 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 60, false, false, NULL, NULL, '{}', '1979-03-24', NULL, true, false, false, 'SPECIAL_COURT', 'FIA', 'V2 (text of s.17 from a law reporter): emigrating, or causing or assisting a person to emigrate, otherwise than the Ordinance provides: up to 5 years, or fine, or both; U: up to 7 years for a second offence is not modelled. Ordinance XVIII of 1979, ''in force at once'', Gazette of 24 March 1979 (the latest date the sources give). Procedure U: Special Court (s.24); FIA. Not trafficking: it does not count in the trafficking figures.');

UPDATE statute SET
    act = 'Emigration Ordinance 1979',
    section = '18',
    title = 'Fraudulently inducing a person to emigrate',
    offence_category = 'ILLEGAL_RECRUITMENT',
    territorial_scope = 'TRANSNATIONAL_ONLY',
    required_acts = '{RECRUITMENT,INDUCING_EMIGRATION}',
    required_means = '{FRAUD,DECEPTION,FALSE_PROMISES}',
    required_purposes = '{}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 168,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = NULL,
    fine_alone_barred_for = '{}',
    in_force_from = '1979-03-24',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'SPECIAL_COURT',
    investigated_by = 'FIA',
    source = 'V2; U (fine). Ordinance XVIII of 1979, ''in force at once'', Gazette of 24 March 1979 (was 1 January 1979, a guess). Procedure U: Special Court (s.24); FIA.'
WHERE code = 'EO-18' AND version = 1;

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('EO-22', 1, 'Emigration Ordinance 1979', '22', 'Receiving money, etc. for providing foreign employment', 'ILLEGAL_RECRUITMENT', 'TRANSNATIONAL_ONLY', '{RECEIVING_MONEY_FOR_FOREIGN_EMPLOYMENT}', '{}', '{}', '{}', false, 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 60, false, false, NULL, NULL, '{}', '1979-03-24', NULL, true, false, false, 'SPECIAL_COURT', 'FIA', 'V2: the section''s title (illegal recruitment agents, correction 11). U: its penalty was not found in the sources reached; encoded as s.17(2)''s (up to 5 years, or fine, or both) until a correcting migration. In force with the Ordinance (24 March 1979). Procedure U: Special Court; FIA. Not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PA-6', 1, 'Passports Act 1974', '6', 'Offences relating to passports and travel documents', 'DOCUMENT_OFFENCE', 'INTERNAL_AND_TRANSNATIONAL', '{MISUSING_PASSPORT,FORGING_DOCUMENTS,USING_FORGED_DOCUMENTS}', '{}', '{}', '{}', false, 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 36, false, false, NULL, NULL, '{}', '1974-12-31', NULL, false, true, false, 'MAGISTRATE_FIRST_CLASS', 'FIA', 'V2: maximum 3 years (a reported judgment on bail under s.6). U: ''or fine, or both'' and the day of commencement (31 December 1974 used, the latest of its year). Procedure U. A document offence, not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-420', 1, 'Pakistan Penal Code', '420', 'Cheating and dishonestly inducing delivery of property', 'CHEATING', 'INTERNAL_AND_TRANSNATIONAL', '{CHEATING}', '{FRAUD}', '{}', '{}', false, 'IMPRISONMENT_AND_FINE', 0, 84, false, false, NULL, NULL, '{}', '1860-10-06', NULL, false, false, true, 'MAGISTRATE_FIRST_CLASS', 'PROVINCIAL_POLICE', 'V2: up to 7 years and fine; PPC 1860. Procedure U: non-cognizable, non-bailable, compoundable by the person cheated, Magistrate of the first class. Fraud, not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-468', 1, 'Pakistan Penal Code', '468', 'Forgery for purpose of cheating', 'DOCUMENT_OFFENCE', 'INTERNAL_AND_TRANSNATIONAL', '{FORGING_DOCUMENTS}', '{}', '{}', '{}', false, 'IMPRISONMENT_AND_FINE', 0, 84, false, false, NULL, NULL, '{}', '1860-10-06', NULL, false, false, false, 'MAGISTRATE_FIRST_CLASS', 'PROVINCIAL_POLICE', 'V2: up to 7 years and fine; PPC 1860. Procedure U. A document offence, not trafficking: it does not count in the trafficking figures.');

INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope, required_acts, required_means, required_purposes, required_conditions, means_not_needed_for_child, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months, life_imprisonment, death_penalty, minimum_fine_pkr, maximum_fine_pkr, fine_alone_barred_for, in_force_from, in_force_until, cognizable, bailable, compoundable, trial_court, investigated_by, source)
VALUES ('PPC-471', 1, 'Pakistan Penal Code', '471', 'Using as genuine a forged document', 'DOCUMENT_OFFENCE', 'INTERNAL_AND_TRANSNATIONAL', '{USING_FORGED_DOCUMENTS}', '{}', '{}', '{}', false, 'IMPRISONMENT_OR_FINE_OR_BOTH', 0, 24, false, false, NULL, NULL, '{}', '1860-10-06', NULL, false, true, false, 'MAGISTRATE_FIRST_CLASS', 'PROVINCIAL_POLICE', 'V2: punished as if the user had forged the document. U: encoded with s.465''s penalty (up to 2 years, or fine, or both); where the forgery falls under s.467 or 468 the heavier range applies and is not modelled. PPC 1860. Procedure U. A document offence, not trafficking: it does not count in the trafficking figures.');

UPDATE statute SET
    act = 'Transplantation of Human Organs and Tissues Act 2010',
    section = '11',
    title = 'Removing or trading human organs without authority',
    offence_category = 'ORGAN_TRAFFICKING',
    territorial_scope = 'INTERNAL_AND_TRANSNATIONAL',
    required_acts = '{RECRUITMENT,TRANSPORTATION,REMOVING_ORGANS,TRADING_ORGANS}',
    required_means = '{}',
    required_purposes = '{ORGAN_REMOVAL}',
    required_conditions = '{}',
    means_not_needed_for_child = false,
    penalty_form = 'IMPRISONMENT_AND_FINE',
    minimum_imprisonment_months = 0,
    maximum_imprisonment_months = 120,
    life_imprisonment = false,
    death_penalty = false,
    minimum_fine_pkr = NULL,
    maximum_fine_pkr = 1000000,
    fine_alone_barred_for = '{}',
    in_force_from = '2010-12-31',
    in_force_until = NULL,
    cognizable = true,
    bailable = false,
    compoundable = false,
    trial_court = 'COURT_OF_SESSION',
    investigated_by = 'PROVINCIAL_POLICE',
    source = 'V2. Only the year 2010 is known: 31 December 2010 used, the latest the sources allow (was 1 January, a guess). Procedure U: cognizable, non-bailable, not compoundable, Court of Session.'
WHERE code = 'THOTA-11' AND version = 1;

ALTER TABLE statute ALTER COLUMN cognizable SET NOT NULL;
ALTER TABLE statute ALTER COLUMN bailable SET NOT NULL;
ALTER TABLE statute ALTER COLUMN compoundable SET NOT NULL;
ALTER TABLE statute ALTER COLUMN trial_court SET NOT NULL;
ALTER TABLE statute ALTER COLUMN investigated_by SET NOT NULL;
