# One answer of the page or the detail, from Insaf, PostGraphile or the SQL statement, in one shape,
# so that peer.sh can compare them: the same cases, victims, accused, charges and hearings, in the
# same order. Lists of vocabulary values (a victim's exploitation, an accused's roles) and lists
# whose order means nothing (a case's FIR sections, status dates, a charge's victims) are sorted;
# Insaf lists vocabularies in their declaration order, the tables in the order they were recorded.
# PostGraphile sends PostgreSQL's bigint as a string: numbers are made numbers.
# Usage: jq -S --arg from insaf|sql|postgraphile --arg query page|detail -f normalise.jq ANSWER
# An answer with GraphQL errors normalises to {"errors": ...}, which equals no other answer.

def num: if . == null then null else tonumber end;

def page_case:
  {id, firNumber, office, status, registeredOn,
   victims: [.victims[] | {pseudonym, gender, exploitation: (.exploitation | sort)}],
   accused: [.accused[] | {name, roles: (.roles | sort)}],
   charges: [.charges[] | {statuteCode, verdict: .verdict.outcome, statute: {code: .statute.code, title: .statute.title}}],
   hearings: [.hearings[] | .date]};

def detail_case:
  if . == null then null else
  {id, firNumber, office, status, registeredOn, version: (.version | num),
   firSections: (.firSections | sort),
   statusDates: (.statusDates | sort_by(.date, .status)),
   assignment: (.assignment | {investigator, prosecutor, court, judge}),
   victims: [.victims[] | {id, pseudonym, gender, dateOfBirth, estimatedAge, nationality,
             vulnerabilities: (.vulnerabilities | sort), exploitation: (.exploitation | sort), protection: (.protection | sort)}],
   accused: [.accused[] | {id, name, kind, roles: (.roles | sort), nationality}],
   charges: [.charges[] | {id, accusedId, statuteCode, statuteVersion, victimIds: (.victimIds | sort),
             verdict: (.verdict | if . == null then null else {outcome, date} end),
             sentence: (.sentence | if . == null then null else {kind, pronouncedOn, termYears, finePkr: (.finePkr | num)} end),
             statute: (.statute | {code, version, act, section, title, inForceFrom, inForceUntil,
                       minimumImprisonmentMonths: .penalty.minimumImprisonmentMonths,
                       maximumImprisonmentMonths: .penalty.maximumImprisonmentMonths})}],
   hearings: [.hearings[] | {date, court, proceedings, nextDate}],
   recordedFacts: (.recordedFacts | if . == null then null else
                   {acts: (.acts | sort), means: (.means | sort), purposes: (.purposes | sort), route, offenceDate} end),
   warnings: [.warnings[] | {rule, message, accusedId}]}
  end;

# PostGraphile's names and shapes into Insaf's.
def from_postgraphile_case:
  if . == null then null else
  {id: .rowId, firNumber, office, status, registeredOn, version,
   firSections: [.caseFirSectionsByCaseId.nodes[]?.statuteCode],
   statusDates: [.caseStatusDatesByCaseId.nodes[]? | {status, date: .enteredOn}],
   assignment: {investigator: .leadInvestigator, prosecutor, court, judge},
   victims: [.victimsByCaseId.nodes[] | . + {id: .rowId}],
   accused: [.accusedsByCaseId.nodes[] | . + {id: .personId}],
   charges: [.offencesByCaseId.nodes[] | {
     id: .rowId, accusedId, statuteCode, statuteVersion,
     victimIds: [.offenceVictimsByOffenceId.nodes[]?.victimId],
     verdict: (if .verdict == null then null else {outcome: .verdict, date: .verdictDate} end),
     sentence: (if .sentenceKind == null then null else
       {kind: .sentenceKind, pronouncedOn: .sentencePronouncedOn, finePkr: .sentenceFinePkr,
        termYears: (if .sentenceTerm == null then null
                    else ((.sentenceTerm | capture("(?<y>[0-9]+)Y") | .y | tonumber) // 0) end)} end),
     statute: (.statuteByStatuteCodeAndStatuteVersion | . + {penalty: {minimumImprisonmentMonths, maximumImprisonmentMonths}})}],
   hearings: [.hearingsByCaseId.nodes[] | {date: .hearingDate, court, proceedings, nextDate}],
   recordedFacts: .caseFactByCaseId,
   warnings: [.caseWarningsByCaseId.nodes[]?]}
  end;

if .errors then {errors}
elif $from == "postgraphile" then
  if $query == "page" then
    .data.allCaseFiles | {hasNextPage: .pageInfo.hasNextPage, cases: [.edges[].node | {
      id: .rowId, firNumber, office, status, registeredOn,
      victims: .victimsByCaseId.nodes, accused: .accusedsByCaseId.nodes,
      charges: [.offencesByCaseId.nodes[] | {statuteCode, verdict: {outcome: .verdict},
                statute: .statuteByStatuteCodeAndStatuteVersion}],
      hearings: [.hearingsByCaseId.nodes[] | {date: .hearingDate}]} | page_case]}
  else .data.caseFileByRowId | from_postgraphile_case | detail_case end
else
  if $query == "page" then .data.cases | {hasNextPage: .pageInfo.hasNextPage, cases: [.edges[].node | page_case]}
  else .data.case | detail_case end
end
