-- Three cases as the service stored them at schema version 9 (before the events, the read views,
-- the counters, the verdicts as courts give them, custody and the investigating offices), written
-- with V9's columns only. SchemaUpgradeTest migrates them to the latest version and reads them back.
-- Case 1: 2016, decided: one accused convicted and sentenced, the other's charge withdrawn.
-- Case 2: 2017, under investigation, one accused added after the investigation began.
-- Case 3: 2016, investigation closed without a charge.

INSERT INTO case_file (id, version, fir_number, circle, registered_on, status, investigation_closed_reason,
                       lead_investigator, prosecutor, court, judge, other_sections) VALUES
('00000000-0000-0000-0000-0000000000c1', 12, 'UPG-1/2016', 'FIA-AHTC-LAHORE', '2016-01-10', 'DECIDED', NULL,
 'upg-investigator', 'upg-prosecutor', 'SESSIONS-COURT-LAHORE', 'upg-judge', '{}'),
('00000000-0000-0000-0000-0000000000c2', 4, 'UPG-2/2017', 'FIA-AHTC-LAHORE', '2017-01-03', 'UNDER_INVESTIGATION', NULL,
 'upg-investigator', NULL, NULL, NULL, '{"s.420 PPC"}'),
('00000000-0000-0000-0000-0000000000c3', 3, 'UPG-3/2016', 'FIA-AHTC-KARACHI', '2016-05-02', 'INVESTIGATION_CLOSED',
 'No evidence of an offence', 'upg-investigator-khi', NULL, NULL, NULL, '{}');

INSERT INTO case_status_date (id, case_id, status, entered_on) VALUES
('00000000-0000-0000-0001-000000000001', '00000000-0000-0000-0000-0000000000c1', 'REGISTERED', '2016-01-10'),
('00000000-0000-0000-0001-000000000002', '00000000-0000-0000-0000-0000000000c1', 'UNDER_INVESTIGATION', '2016-01-12'),
('00000000-0000-0000-0001-000000000003', '00000000-0000-0000-0000-0000000000c1', 'CHARGE_SHEET_FILED', '2016-03-01'),
('00000000-0000-0000-0001-000000000004', '00000000-0000-0000-0000-0000000000c1', 'ON_TRIAL', '2016-04-01'),
('00000000-0000-0000-0001-000000000005', '00000000-0000-0000-0000-0000000000c1', 'DECIDED', '2016-09-01'),
('00000000-0000-0000-0001-000000000006', '00000000-0000-0000-0000-0000000000c2', 'REGISTERED', '2017-01-03'),
('00000000-0000-0000-0001-000000000007', '00000000-0000-0000-0000-0000000000c2', 'UNDER_INVESTIGATION', '2017-01-05'),
('00000000-0000-0000-0001-000000000008', '00000000-0000-0000-0000-0000000000c3', 'REGISTERED', '2016-05-02'),
('00000000-0000-0000-0001-000000000009', '00000000-0000-0000-0000-0000000000c3', 'UNDER_INVESTIGATION', '2016-05-03'),
('00000000-0000-0000-0001-00000000000a', '00000000-0000-0000-0000-0000000000c3', 'INVESTIGATION_CLOSED', '2016-11-30');

INSERT INTO case_fir_section (id, case_id, statute_code) VALUES
('00000000-0000-0000-0002-000000000001', '00000000-0000-0000-0000-0000000000c1', 'PACHTO-3'),
('00000000-0000-0000-0002-000000000002', '00000000-0000-0000-0000-0000000000c2', 'PACHTO-3'),
('00000000-0000-0000-0002-000000000003', '00000000-0000-0000-0000-0000000000c3', 'PACHTO-3');

INSERT INTO victim (id, case_id, position, pseudonym, gender, date_of_birth, estimated_age, estimated_on, nationality,
                    vulnerabilities, exploitation, protection, recruiter_relation) VALUES
('00000000-0000-0000-0003-000000000001', '00000000-0000-0000-0000-0000000000c1', 0, 'V-2016-000001', 'FEMALE',
 '2001-05-01', NULL, NULL, 'PK', '{POVERTY}', '{SEXUAL_EXPLOITATION}', '{}', 'UNKNOWN'),
('00000000-0000-0000-0003-000000000002', '00000000-0000-0000-0000-0000000000c1', 1, 'V-2016-000002', 'MALE',
 NULL, 30, '2016-01-15', 'PK', '{}', '{FORCED_LABOUR}', '{}', 'FRIEND'),
('00000000-0000-0000-0003-000000000003', '00000000-0000-0000-0000-0000000000c2', 0, 'V-2017-000001', 'FEMALE',
 NULL, NULL, NULL, 'BD', '{}', '{DOMESTIC_SERVITUDE}', '{}', 'UNKNOWN');

INSERT INTO pseudonym_counter (year, last_value) VALUES (2016, 2), (2017, 1);

INSERT INTO accused (id, case_id, person_id, position, kind, name, cnic, roles, nationality, links,
                     non_punishment_justification, added_on) VALUES
('00000000-0000-0000-0004-000000000001', '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0005-000000000001',
 0, 'PERSON', 'Upgrade Recruiter', NULL, '{RECRUITER}', 'PK', '{}', NULL, '2016-01-12'),
('00000000-0000-0000-0004-000000000002', '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0005-000000000002',
 1, 'PERSON', 'Upgrade Transporter', NULL, '{TRANSPORTER}', 'PK', '{}', NULL, '2016-01-12'),
('00000000-0000-0000-0004-000000000003', '00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0005-000000000003',
 0, 'PERSON', 'Upgrade Agent', NULL, '{RECRUITER}', 'PK', '{}', NULL, '2017-02-01'),
('00000000-0000-0000-0004-000000000004', '00000000-0000-0000-0000-0000000000c3', '00000000-0000-0000-0005-000000000004',
 0, 'PERSON', 'Upgrade Suspect', NULL, '{RECRUITER}', 'PK', '{}', NULL, '2016-05-03');

INSERT INTO case_facts (case_id, acts, means, purposes, circumstances, route, offence_date) VALUES
('00000000-0000-0000-0000-0000000000c1', '{RECRUITMENT,HARBOURING}', '{DECEPTION}', '{SEXUAL_EXPLOITATION}', '{}',
 '{PK,AE}', '2015-12-20');

INSERT INTO offence (id, case_id, position, accused_id, statute_code, statute_version, acts, means, purposes,
                     circumstances, route, offence_date, verdict, verdict_date, sentence_kind, sentence_pronounced_on,
                     sentence_term, sentence_fine_pkr) VALUES
('00000000-0000-0000-0006-000000000001', '00000000-0000-0000-0000-0000000000c1', 0,
 '00000000-0000-0000-0005-000000000001', 'PACHTO-3', 1, '{RECRUITMENT,HARBOURING}', '{DECEPTION}',
 '{SEXUAL_EXPLOITATION}', '{}', '{PK,AE}', '2015-12-20', 'CONVICTED', '2016-09-01', 'IMPRISONMENT_FOR_A_TERM',
 '2016-09-15', 'P10Y', 500000),
('00000000-0000-0000-0006-000000000002', '00000000-0000-0000-0000-0000000000c1', 1,
 '00000000-0000-0000-0005-000000000002', 'PACHTO-3', 1, '{RECRUITMENT,HARBOURING}', '{DECEPTION}',
 '{SEXUAL_EXPLOITATION}', '{}', '{PK,AE}', '2015-12-20', 'WITHDRAWN', '2016-08-01', NULL, NULL, NULL, NULL);

INSERT INTO offence_victim (id, offence_id, victim_id) VALUES
('00000000-0000-0000-0007-000000000001', '00000000-0000-0000-0006-000000000001', '00000000-0000-0000-0003-000000000001'),
('00000000-0000-0000-0007-000000000002', '00000000-0000-0000-0006-000000000002', '00000000-0000-0000-0003-000000000001');

INSERT INTO hearing (id, case_id, position, hearing_date, court, proceedings, next_date) VALUES
('00000000-0000-0000-0008-000000000001', '00000000-0000-0000-0000-0000000000c1', 0, '2016-04-15',
 'SESSIONS-COURT-LAHORE', 'Charge framed; accused pleaded not guilty', '2016-05-02');
