package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read side answers what the aggregates answered: for every role, every page (every filter,
 * page after page) and every case alone equal, field by field, the projection of the cases the
 * former finder (kept here, its statement unchanged) and the loader with the access policy gave.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadSideEqualityTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String officeA = "AHTC Equal A " + tag;
    private final String officeB = "AHTC Equal B " + tag;

    private final Actor investigatorOfA = new Actor("inv-a-" + tag, Set.of(Role.INVESTIGATOR), Optional.of(officeA));
    private final Actor leadFromB = new Actor("inv-b-" + tag, Set.of(Role.INVESTIGATOR), Optional.of(officeB));
    private final Actor prosecutor = new Actor("pros-" + tag, Set.of(Role.PROSECUTOR), Optional.empty());
    private final Actor otherProsecutor = new Actor("pros-other-" + tag, Set.of(Role.PROSECUTOR), Optional.empty());
    private final Actor judge = new Actor("judge-" + tag, Set.of(Role.JUDGE), Optional.empty());
    private final Actor admin = new Actor("admin-" + tag, Set.of(Role.ADMIN), Optional.empty());
    private final Actor analyst = new Actor("analyst-" + tag, Set.of(Role.ANALYST), Optional.empty());
    /** A police station whose code is office A's: another agency's office, so none of A's cases. */
    private final Actor policeOfCodeA = new Actor("police-a-" + tag, Set.of(Role.INVESTIGATOR), Optional.of(officeA),
            Agency.PROVINCIAL_POLICE);
    private final List<Actor> everyone = List.of(investigatorOfA, leadFromB, prosecutor, otherProsecutor, judge, admin,
            analyst, policeOfCodeA);

    private final List<CaseId> stored = new ArrayList<>();

    @Inject CaseEventWriter writer;
    @Inject CaseLoader loader;
    @Inject StoredCases storedCases;
    @Inject AssignCaseUseCase assign;
    @Inject GetCaseQuery getCase;
    @Inject FindCasesQuery findCases;
    @Inject TransferCaseUseCase transfer;
    @Inject CaseFinder finder;

    @BeforeAll
    void twoOfficesWithCasesAssignedInEveryPlace() {
        ChargedCases.store(writer, officeA, 14);
        ChargedCases.store(writer, officeB, 6);
        stored.addAll(oldPage(new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(officeA), Optional.empty(),
                Optional.empty(), Optional.empty()), all(), Optional.empty(), 100).stream().map(Case::id).toList());
        stored.addAll(oldPage(new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(officeB), Optional.empty(),
                Optional.empty(), Optional.empty()), all(), Optional.empty(), 100).stream().map(Case::id).toList());
        for (int i = 0; i < stored.size(); i++) {
            CaseId id = stored.get(i);
            boolean prosecuted = i % 3 == 0;
            boolean led = i % 4 == 0;
            if (prosecuted || led) {
                QuarkusTransaction.requiringNew().run(() -> assign.assignCase(new AssignCaseUseCase.Command(admin, id,
                        Optional.empty(), led ? Optional.of(leadFromB.userId()) : Optional.empty(),
                        prosecuted ? Optional.of(prosecutor.userId()) : Optional.empty(),
                        prosecuted ? Optional.of("Sessions Court " + tag) : Optional.empty(),
                        prosecuted ? Optional.of(judge.userId()) : Optional.empty())));
            }
        }
        // Some of A's cases now belong to B, one to the police station of A's code: the lists follow the office.
        for (int i = 0; i < 14; i += 5) {
            transferTo(stored.get(i), InvestigatingOffice.of(new FiaCircle(officeB)));
        }
        Case ppc = Case.register(CaseId.random(), new FirNumber("EQ-PPC-" + tag), new FiaCircle(officeA),
                LocalDate.of(2018, 1, 1), Set.of(StatuteCode.of("PPC-369A")), List.of(), LocalDate.of(2024, 1, 15));
        QuarkusTransaction.requiringNew().run(() -> writer.save(ppc));
        stored.add(ppc.id());
        transferTo(ppc.id(), InvestigatingOffice.policeStation(officeA, Province.PUNJAB, "Lahore"));
    }

    private void transferTo(CaseId id, InvestigatingOffice office) {
        QuarkusTransaction.requiringNew().run(() -> transfer.transferCase(new TransferCaseUseCase.Command(admin, id,
                Optional.empty(), office, "ordered " + tag, LocalDate.of(2023, 6, 1))));
    }

    @Test
    void a_transfer_ends_the_old_offices_reads_and_starts_the_new_ones_in_pages_and_details() {
        String officeC = "AHTC Equal C " + tag;
        Actor investigatorOfC = new Actor("inv-c-" + tag, Set.of(Role.INVESTIGATOR), Optional.of(officeC));
        ChargedCases.store(writer, officeC, 1);
        CaseId id = oldPage(new CaseFilter(Optional.empty(), Optional.empty(), Optional.of(officeC), Optional.empty(),
                Optional.empty(), Optional.empty()), all(), Optional.empty(), 10).get(0).id();
        assertThat(reads(investigatorOfC, id)).isTrue();
        assertThat(reads(leadFromB, id)).isFalse();

        transferTo(id, InvestigatingOffice.of(new FiaCircle(officeB)));

        assertThat(reads(investigatorOfC, id)).as("the old office").isFalse();
        assertThat(reads(leadFromB, id)).as("the new office").isTrue();
        CaseDetail detail = QuarkusTransaction.requiringNew().call(() -> getCase.getCase(leadFromB, id));
        assertThat(detail.office()).isEqualTo(officeB);
        assertThat(detail.registeredAt().code()).isEqualTo(officeC);
        assertThat(detail.transfers()).singleElement().satisfies(t -> {
            assertThat(t.from().code()).isEqualTo(officeC);
            assertThat(t.to().code()).isEqualTo(officeB);
            assertThat(t.reason()).isEqualTo("ordered " + tag);
        });
        assertThat(detail).isEqualTo(QuarkusTransaction.requiringNew().call(() ->
                CaseProjection.of(loader.load(id).orElseThrow())));
    }

    /** Whether the actor reads the case alone and finds it in the office's page: both or neither. */
    private boolean reads(Actor actor, CaseId id) {
        boolean inPage = QuarkusTransaction.requiringNew().call(() -> findCases.findCases(new FindCasesQuery.Query(actor,
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), 100))).cases().stream().anyMatch(c -> c.id().equals(id.toString()));
        boolean alone;
        try {
            QuarkusTransaction.requiringNew().call(() -> getCase.getCase(actor, id));
            alone = true;
        } catch (CaseNotFound e) {
            alone = false;
        }
        assertThat(inPage).as(actor.userId() + " in a page and alone").isEqualTo(alone);
        return alone;
    }

    private static CaseVisibility all() {
        return new CaseVisibility(true, Optional.empty(), Optional.empty());
    }

    @Test
    void every_case_alone_is_read_as_before_by_every_role() {
        CaseAccessPolicy policy = new CaseAccessPolicy();
        for (Actor actor : everyone) {
            for (CaseId id : stored) {
                Optional<CaseDetail> before = QuarkusTransaction.requiringNew().call(() ->
                        loader.load(id).filter(c -> policy.maySee(actor, c)).map(CaseProjection::of));
                if (before.isPresent()) {
                    assertThat(QuarkusTransaction.requiringNew().call(() -> getCase.getCase(actor, id)))
                            .as(actor.userId() + " reads " + id).isEqualTo(before.get());
                } else {
                    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> getCase.getCase(actor, id)))
                            .as(actor.userId() + " reads " + id).isInstanceOf(CaseNotFound.class);
                }
            }
        }
        assertThat(stored).hasSize(21);
    }

    @Test
    void the_cases_each_role_may_see_among_many_are_those_it_may_see_one_by_one() {
        CaseAccessPolicy policy = new CaseAccessPolicy();
        List<CaseId> asked = new ArrayList<>(stored);
        asked.add(CaseId.random());
        asked.add(stored.get(0));
        for (Actor actor : everyone) {
            Set<CaseId> oneByOne = new HashSet<>();
            for (CaseId id : stored) {
                if (QuarkusTransaction.requiringNew().call(() -> loader.load(id).filter(c -> policy.maySee(actor, c)).isPresent())) {
                    oneByOne.add(id);
                }
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> finder.visibleAmong(asked, policy.visibilityOf(actor))))
                    .as(actor.userId()).containsExactlyInAnyOrderElementsOf(oneByOne);
        }
        assertThat(finder.visibleAmong(List.of(), all())).isEmpty();
    }

    @Test
    void every_page_is_read_as_before_by_every_role_under_every_filter() {
        CaseAccessPolicy policy = new CaseAccessPolicy();
        List<FindCasesQuery.Query> asked = new ArrayList<>();
        for (Actor actor : everyone) {
            for (Optional<String> office : List.of(Optional.of(officeA), Optional.of(officeB))) {
                asked.add(query(actor, Optional.empty(), Optional.empty(), office, false));
                asked.add(query(actor, Optional.of(CaseStatus.CHARGE_SHEET_FILED), Optional.of(StatuteCode.of("PACHTO-3")),
                        office, false));
                asked.add(query(actor, Optional.of(CaseStatus.REGISTERED), Optional.empty(), office, false));
                asked.add(query(actor, Optional.empty(), Optional.empty(), office, true));
            }
        }
        int compared = 0;
        for (FindCasesQuery.Query query : asked) {
            CaseVisibility visibility = policy.visibilityOf(query.actor());
            if (visibility.seesNothing()) {
                assertThatThrownBy(() -> findCases.findCases(query)).isInstanceOf(AccessRefused.class);
                continue;
            }
            CaseFilter filter = new CaseFilter(query.status(), query.statute(), query.office(),
                    query.assignedToMe() ? Optional.of(query.actor().userId()) : Optional.empty(),
                    query.registeredFrom(), query.registeredTo());
            Optional<CaseCursor> after = Optional.empty();
            while (true) {
                List<Case> old = oldPage(filter, visibility, after, query.first());
                FindCasesQuery.Query page = withCursor(query, after);
                FindCasesQuery.Page now = QuarkusTransaction.requiringNew().call(() -> findCases.findCases(page));
                boolean oldMore = old.size() > query.first();
                List<CaseDetail> expected = old.subList(0, Math.min(old.size(), query.first())).stream()
                        .map(CaseProjection::of).toList();
                assertThat(now.cases()).as(query.toString()).isEqualTo(expected);
                assertThat(now.hasNextPage()).as(query.toString()).isEqualTo(oldMore);
                compared += expected.size();
                if (!oldMore) {
                    break;
                }
                after = now.endCursor();
            }
        }
        assertThat(compared).as("cases compared").isGreaterThan(100);
    }

    @Test
    void a_page_read_for_some_parts_holds_them_as_the_whole_page_does_and_the_others_empty() {
        // Office B's cases: its own, and those transferred to it from A.
        FindCasesQuery.Query whole = new FindCasesQuery.Query(admin, Optional.empty(), Optional.empty(), Optional.of(officeB),
                false, Optional.empty(), Optional.empty(), Optional.empty(), 100);
        List<CaseDetail> all = QuarkusTransaction.requiringNew().call(() -> findCases.findCases(whole)).cases();
        assertThat(all).as("office B's cases hold victims, charges, facts, status dates and transfers").hasSizeGreaterThan(5)
                .anySatisfy(c -> assertThat(c.victims()).isNotEmpty())
                .anySatisfy(c -> assertThat(c.charges()).isNotEmpty())
                .anySatisfy(c -> assertThat(c.recordedFacts()).isNotNull())
                .anySatisfy(c -> assertThat(c.statusDates()).isNotEmpty())
                .anySatisfy(c -> assertThat(c.transfers()).isNotEmpty());
        List<Set<CaseDetail.Part>> asked = new ArrayList<>();
        asked.add(Set.of());
        asked.add(Set.of(CaseDetail.Part.VICTIMS, CaseDetail.Part.ACCUSED, CaseDetail.Part.CHARGES, CaseDetail.Part.HEARINGS));
        for (CaseDetail.Part part : CaseDetail.Part.values()) {
            asked.add(Set.of(part));
            Set<CaseDetail.Part> allBut = new HashSet<>(CaseDetail.Part.ALL);
            allBut.remove(part);
            asked.add(allBut);
        }
        for (Set<CaseDetail.Part> parts : asked) {
            FindCasesQuery.Query some = new FindCasesQuery.Query(admin, Optional.empty(), Optional.empty(), Optional.of(officeB),
                    false, Optional.empty(), Optional.empty(), Optional.empty(), 100, parts);
            List<CaseDetail> read = QuarkusTransaction.requiringNew().call(() -> findCases.findCases(some)).cases();
            assertThat(read).as("read for " + parts).isEqualTo(all.stream().map(c -> c.only(parts)).toList());
        }
    }

    private static FindCasesQuery.Query query(Actor actor, Optional<CaseStatus> status, Optional<StatuteCode> statute,
                                              Optional<String> office, boolean mine) {
        return new FindCasesQuery.Query(actor, status, statute, office, mine, Optional.empty(), Optional.empty(),
                Optional.empty(), 4);
    }

    private static FindCasesQuery.Query withCursor(FindCasesQuery.Query q, Optional<CaseCursor> after) {
        return new FindCasesQuery.Query(q.actor(), q.status(), q.statute(), q.office(), q.assignedToMe(),
                q.registeredFrom(), q.registeredTo(), after, q.first());
    }

    // ------------------------------------------------------------------ the former finder, as it was

    private static final Map<CaseVisibility.Place, String> PLACE_COLUMNS = new EnumMap<>(Map.of(
            CaseVisibility.Place.LEAD_INVESTIGATOR, "c.leadInvestigator",
            CaseVisibility.Place.PROSECUTOR, "c.prosecutor",
            CaseVisibility.Place.JUDGE, "c.judge"));

    /** Up to limit + 1 whole cases, as the former finder read them. */
    private List<Case> oldPage(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder jpql = new StringBuilder("from CaseFileEntity c where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (!visibility.all()) {
                List<String> any = new ArrayList<>();
                visibility.office().ifPresent(office -> {
                    // The office that holds the case now (the circle, until V15 and the first transfer).
                    any.add("(c.office = :visibleOffice and c.agency = :visibleAgency)");
                    params.put("visibleOffice", office);
                    params.put("visibleAgency", visibility.officeAgency().name());
                });
                PLACE_COLUMNS.forEach((place, column) -> {
                    if (visibility.admitsAs(place)) {
                        any.add(column + " = :visibleTo");
                        params.put("visibleTo", visibility.assignedTo().orElseThrow());
                    }
                });
                jpql.append(" and (").append(String.join(" or ", any)).append(")");
            }
            filter.status().ifPresent(status -> {
                jpql.append(" and c.status = :status");
                params.put("status", status.name());
            });
            filter.statute().ifPresent(code -> {
                jpql.append(" and (exists (select 1 from FirSectionEntity s where s.caseId = c.id and s.statuteCode = :code)"
                        + " or exists (select 1 from OffenceEntity o where o.caseId = c.id and o.statuteCode = :code))");
                params.put("code", code.value());
            });
            filter.office().ifPresent(office -> {
                jpql.append(" and c.office = :office");
                params.put("office", office);
            });
            filter.assignedTo().ifPresent(user -> {
                jpql.append(" and (c.leadInvestigator = :assignee or c.prosecutor = :assignee or c.judge = :assignee)");
                params.put("assignee", user);
            });
            filter.registeredFrom().ifPresent(from -> {
                jpql.append(" and c.registeredOn >= :from");
                params.put("from", from);
            });
            filter.registeredTo().ifPresent(to -> {
                jpql.append(" and c.registeredOn <= :to");
                params.put("to", to);
            });
            after.ifPresent(cursor -> {
                jpql.append(" and (c.registeredOn, c.id) < (:afterDate, :afterId)");
                params.put("afterDate", cursor.registeredOn());
                params.put("afterId", cursor.id().value());
            });
            jpql.append(" order by c.registeredOn desc, c.id desc");
            TypedQuery<CaseFileEntity> query = Panache.getEntityManager().createQuery(jpql.toString(), CaseFileEntity.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            params.forEach(query::setParameter);
            return storedCases.assemble(query.setMaxResults(limit + 1).getResultList());
        });
    }
}
