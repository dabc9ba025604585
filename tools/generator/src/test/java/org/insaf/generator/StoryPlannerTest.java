package org.insaf.generator;

import org.insaf.domain.casefile.Appeal;

import org.insaf.domain.casefile.BailApplication;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.service.Insaf;
import org.insaf.generator.CaseStory.AddAccused;
import org.insaf.generator.CaseStory.AddVictim;
import org.insaf.generator.CaseStory.FileCharges;
import org.insaf.generator.CaseStory.Register;
import org.insaf.generator.CaseStory.RecordFacts;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator's plans, without Quarkus: deterministic for a seed, shaped like the national data
 * the issue asks for, and lawful — every story plays through the real use cases (on the in-memory
 * adapters) without a single refusal.
 */
class StoryPlannerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static StoryPlanner planner(long seed) {
        return new StoryPlanner(seed, "T" + seed, StatuteCatalogueFixture.all(), AS_OF);
    }

    private static List<CaseStory> stories(long seed, int count) {
        StoryPlanner planner = planner(seed);
        return IntStream.range(0, count).mapToObj(planner::plan).toList();
    }

    @Test
    void the_same_seed_plans_the_same_cases_and_another_seed_other_cases() {
        assertThat(stories(7, 300)).isEqualTo(stories(7, 300));
        assertThat(stories(8, 300)).isNotEqualTo(stories(7, 300));
    }

    @Test
    void a_case_is_the_same_whatever_was_planned_before_it() {
        assertThat(planner(7).plan(250)).isEqualTo(stories(7, 251).get(250));
    }

    @Test
    void cases_carry_about_three_victims_one_and_a_half_accused_and_four_charges_each() {
        List<CaseStory> stories = stories(20_120_101, 5_000);
        double victims = stories.stream().mapToLong(s -> s.count(AddVictim.class)).average().orElseThrow();
        double accused = stories.stream().mapToLong(s -> s.count(AddAccused.class)).average().orElseThrow();
        double charges = stories.stream().mapToLong(CaseStory::charges).average().orElseThrow();
        assertThat(victims).isCloseTo(3.0, within(0.35));
        assertThat(accused).isCloseTo(1.5, within(0.2));
        assertThat(charges).isCloseTo(4.0, within(0.6));
    }

    @Test
    void dates_run_from_2012_to_the_as_of_day_and_most_investigated_cases_are_charged() {
        List<CaseStory> stories = stories(3, 3_000);
        List<LocalDate> registered = stories.stream().map(s -> ((Register) s.steps().get(0)).registeredOn()).toList();
        assertThat(registered).allSatisfy(d -> assertThat(d).isBetween(StoryPlanner.FIRST_DAY, AS_OF));
        assertThat(registered.stream().map(LocalDate::getYear).distinct().count()).isEqualTo(15);
        long investigated = stories.stream().filter(s -> s.count(RecordFacts.class) > 0).count();
        long charged = stories.stream().filter(s -> s.count(FileCharges.class) > 0).count();
        assertThat((double) charged / investigated).isBetween(0.45, 0.75);
    }

    @Test
    void the_victims_are_women_and_men_with_many_children_and_a_mix_of_routes() {
        List<CaseStory> stories = stories(5, 3_000);
        Map<Gender, Long> genders = new EnumMap<>(Gender.class);
        long victims = 0;
        long children = 0;
        for (CaseStory story : stories) {
            LocalDate registeredOn = ((Register) story.steps().get(0)).registeredOn();
            for (var step : story.steps()) {
                if (step instanceof AddVictim v) {
                    victims++;
                    genders.merge(v.details().gender(), 1L, Long::sum);
                    if (v.details().age().isUnderOn(18, registeredOn)) {
                        children++;
                    }
                }
            }
        }
        // Labour trafficking and bonded labour bring many men; sex trafficking, servitude and marriage women and girls.
        assertThat((double) genders.get(Gender.FEMALE) / victims).isBetween(0.35, 0.6);
        assertThat(genders.get(Gender.TRANSGENDER)).isPositive();
        assertThat((double) children / victims).isBetween(0.2, 0.6);
        long transnational = stories.stream().flatMap(s -> s.steps().stream())
                .filter(RecordFacts.class::isInstance).filter(f -> ((RecordFacts) f).facts().isTransnational()).count();
        long withFacts = stories.stream().filter(s -> s.count(RecordFacts.class) > 0).count();
        assertThat((double) transnational / withFacts).isBetween(0.3, 0.65);
    }

    @Test
    void police_stations_register_most_PTPA_cases_inside_Pakistan_and_a_few_cases_are_transferred() {
        List<CaseStory> stories = stories(11, 2_000);
        long atStations = stories.stream().filter(s -> Offices.STATIONS.stream()
                .anyMatch(st -> st.office().equals(s.office()))).count();
        long transferred = stories.stream().filter(s -> s.count(CaseStory.Transfer.class) > 0).count();
        long toPolice = stories.stream().flatMap(s -> s.steps().stream()).filter(CaseStory.Transfer.class::isInstance)
                .map(t -> ((CaseStory.Transfer) t).office()).filter(o -> o.startsWith("PB-") || o.startsWith("SD-")
                        || o.startsWith("KP-") || o.startsWith("BL-")).count();
        assertThat((double) atStations / stories.size()).as("cases registered at police stations").isBetween(0.03, 0.15);
        assertThat((double) transferred / stories.size()).as("cases transferred").isBetween(0.005, 0.05);
        assertThat(toPolice).as("transfers to the police").isPositive().isLessThanOrEqualTo(transferred);
        assertThat(stories.stream().filter(s -> s.count(CaseStory.Transfer.class) > 0)
                .allMatch(s -> s.count(CaseStory.AssignLead.class) == s.count(CaseStory.Transfer.class))).isTrue();
        assertThat(stories(11, 2_000)).as("the same seed, the same offices and transfers").isEqualTo(stories);
    }

    @Test
    void the_network_s_recruiters_turn_up_in_several_cases_spelled_differently_some_with_a_cnic() {
        List<CaseStory> stories = stories(11, 2_000);
        Map<Integer, java.util.Set<String>> spellings = new java.util.HashMap<>();
        Map<Integer, Integer> cases = new java.util.HashMap<>();
        int withCnic = 0;
        int placed = 0;
        for (CaseStory story : stories) {
            for (CaseStory.Step step : story.steps()) {
                if (step instanceof CaseStory.RecordParticulars p && p.networkRecruiter() >= 0) {
                    placed++;
                    cases.merge(p.networkRecruiter(), 1, Integer::sum);
                    spellings.computeIfAbsent(p.networkRecruiter(), k -> new java.util.HashSet<>()).add(p.particulars().name());
                    withCnic += p.particulars().cnic() == null ? 0 : 1;
                }
            }
        }
        assertThat((double) placed / stories.size()).as("cases of a network recruiter").isBetween(0.08, 0.18);
        assertThat(cases).as("every recruiter").hasSize(Network.RECRUITERS);
        assertThat(cases.values().stream().mapToInt(Integer::intValue).average().orElseThrow()).isGreaterThan(5);
        assertThat(spellings.values()).as("spelled differently").allMatch(names -> names.size() >= 2);
        assertThat((double) withCnic / placed).as("with a CNIC").isBetween(0.2, 0.5);
        assertThat(stories(11, 2_000)).as("the same seed, the same recruiters").isEqualTo(stories);
    }

    @Test
    void every_story_plays_through_the_use_cases_without_a_refusal() {
        Insaf insaf = new Insaf();
        insaf.clock.set(AS_OF);
        StoryRunner runner = new StoryRunner(insaf.investigation, insaf.investigation, insaf.investigation,
                insaf.investigation, insaf.investigation, insaf.investigation, insaf.assignment, insaf.prosecution,
                insaf.trial, insaf.trial, insaf.trial, insaf.trial, insaf.trial, insaf.trial, insaf.transfers,
                insaf.custody, insaf.custody, insaf.custody, insaf.custody, insaf.custody, insaf.custody, insaf.prosecution);
        runner.recordParticulars = insaf.persons;
        runner.fileAppeal = insaf.appeals;
        runner.orderAppealAdmission = insaf.appeals;
        runner.decideAppeal = insaf.appeals;
        runner.suspendSentence = insaf.appeals;
        Map<CaseStatus, Integer> statuses = new EnumMap<>(CaseStatus.class);
        long charges = 0;
        long convicted = 0;
        Map<VerdictOutcome, Integer> outcomes = new EnumMap<>(VerdictOutcome.class);
        long onPlea = 0;
        long orders = 0;
        long convicts = 0;
        for (CaseStory story : stories(11, 2_000)) {
            CaseView c = runner.run(story, false);
            statuses.merge(c.status(), 1, Integer::sum);
            charges += c.offences().size();
            convicted += c.offences().stream().filter(o -> o.verdictGiven()
                    .filter(v -> v.outcome() == VerdictOutcome.CONVICTED).isPresent()).count();
            c.offences().forEach(o -> o.verdictGiven().ifPresent(v -> outcomes.merge(v.outcome(), 1, Integer::sum)));
            onPlea += c.offences().stream().filter(o -> o.isConvicted() && o.verdict().onGuiltyPlea()).count();
            orders += c.sentencingOrders().size();
            convicts += c.offences().stream().filter(o -> o.isConvicted() && o.sentencePassed().isPresent())
                    .map(o -> o.accused()).distinct().count();
        }
        // Withdrawals and abatements are a small share of the verdicts; no trafficking offence is compoundable.
        int verdicts = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        assertThat((double) outcomes.getOrDefault(VerdictOutcome.WITHDRAWN, 0) / verdicts).isBetween(0.02, 0.15);
        assertThat(outcomes.getOrDefault(VerdictOutcome.ABATED, 0)).isPositive();
        assertThat((double) outcomes.getOrDefault(VerdictOutcome.ABATED, 0) / verdicts).isLessThan(0.05);
        assertThat(outcomes).doesNotContainKey(VerdictOutcome.COMPOUNDED);
        assertThat(onPlea).isPositive();
        // Most convicts get a sentencing order.
        assertThat((double) orders / convicts).isBetween(0.65, 0.95);
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(CaseStatus.values());
        assertThat(statuses.get(CaseStatus.CLOSED)).isGreaterThan(statuses.get(CaseStatus.REGISTERED));
        assertThat((double) convicted / charges).isBetween(0.25, 0.6);
        assertThat(insaf.audit.all()).hasSize((int) stories(11, 2_000).stream().mapToLong(s -> s.steps().size()).sum());
    }

    @Test
    void nearly_half_the_convicts_appeal_and_the_high_court_decides_as_pakistani_courts_do() {
        List<CaseStory> stories = stories(23, 5_000);
        List<CaseStory.FileAppeal> filed = stories.stream().flatMap(s -> s.steps().stream())
                .filter(CaseStory.FileAppeal.class::isInstance).map(CaseStory.FileAppeal.class::cast).toList();
        List<CaseStory.DecideAppeal> decided = stories.stream().flatMap(s -> s.steps().stream())
                .filter(CaseStory.DecideAppeal.class::isInstance).map(CaseStory.DecideAppeal.class::cast).toList();
        long admissions = stories.stream().mapToLong(s -> s.count(CaseStory.OrderAppealAdmission.class)).sum();
        long byConvicts = filed.stream().filter(a -> a.appellant() == Appeal.Appellant.CONVICT).count();
        long byState = filed.size() - byConvicts;
        assertThat(byConvicts).as("convicts' appeals").isGreaterThan(100);
        assertThat(byState).as("the State's appeals against acquittals").isPositive().isLessThan(byConvicts / 2);
        assertThat(admissions).isLessThanOrEqualTo(filed.size()).isGreaterThan(filed.size() * 8L / 10);
        Map<Appeal.AppealOutcome, Long> outcomes = decided.stream().collect(java.util.stream.Collectors.groupingBy(
                CaseStory.DecideAppeal::outcome, () -> new EnumMap<>(Appeal.AppealOutcome.class),
                java.util.stream.Collectors.counting()));
        assertThat(outcomes.keySet()).contains(Appeal.AppealOutcome.APPEAL_DISMISSED, Appeal.AppealOutcome.SENTENCE_REDUCED,
                Appeal.AppealOutcome.ACQUITTED_ON_APPEAL);
        assertThat(outcomes.get(Appeal.AppealOutcome.APPEAL_DISMISSED)).as("most appeals fail")
                .isGreaterThan(outcomes.get(Appeal.AppealOutcome.ACQUITTED_ON_APPEAL));
        assertThat(decided).filteredOn(d -> d.outcome() == Appeal.AppealOutcome.SENTENCE_REDUCED
                || d.outcome() == Appeal.AppealOutcome.CONVICTED_ON_APPEAL).allMatch(d -> !d.sentences().isEmpty());
        assertThat(decided).filteredOn(d -> d.outcome() == Appeal.AppealOutcome.APPEAL_DISMISSED
                || d.outcome() == Appeal.AppealOutcome.ACQUITTED_ON_APPEAL).allMatch(d -> d.sentences().isEmpty());
        // Every appeal is filed within the 60 days of the Limitation Act after the judgment it is against.
        for (CaseStory story : stories) {
            LocalDate judgment = null;
            for (CaseStory.Step step : story.steps()) {
                if (step instanceof CaseStory.RecordVerdict v) {
                    judgment = v.givenOn();
                } else if (step instanceof CaseStory.RecordSentence s) {
                    judgment = s.sentence().pronouncedOn();
                } else if (step instanceof CaseStory.FileAppeal a && a.forum() == Appeal.AppellateForum.HIGH_COURT) {
                    assertThat(a.filedOn()).isAfterOrEqualTo(judgment).isBeforeOrEqualTo(judgment.plusDays(60));
                }
            }
        }
        // A few go on to the Supreme Court, a few are sent back for retrial, a few cross appeals for enhancement.
        long toSupremeCourt = filed.stream().filter(a -> a.forum() == Appeal.AppellateForum.SUPREME_COURT).count();
        assertThat(toSupremeCourt).isPositive().isLessThan(byConvicts / 4);
        assertThat(filed).filteredOn(a -> a.against() == Appeal.AppealAgainst.INADEQUATE_SENTENCE).isNotEmpty()
                .allMatch(a -> a.appellant() == Appeal.Appellant.STATE);
        assertThat(outcomes.get(Appeal.AppealOutcome.RETRIAL_ORDERED)).isPositive()
                .isLessThan(outcomes.get(Appeal.AppealOutcome.ACQUITTED_ON_APPEAL));
        assertThat(outcomes).containsKey(Appeal.AppealOutcome.SENTENCE_ENHANCED);
        // Criminal revisions of the sentence, to the High Court only; sentences suspended pending some convicts' appeals.
        assertThat(filed).filteredOn(a -> a.kind() == Appeal.AppealKind.REVISION).isNotEmpty()
                .allMatch(a -> a.forum() == Appeal.AppellateForum.HIGH_COURT && a.against() == Appeal.AppealAgainst.SENTENCE);
        long suspended = stories.stream().mapToLong(s -> s.count(CaseStory.SuspendSentence.class)).sum();
        assertThat(suspended).isPositive().isLessThan(byConvicts / 2);
        assertThat(stories(23, 5_000)).as("the same seed, the same appeals").isEqualTo(stories);
    }

    @Test
    void some_accused_abscond_about_half_of_them_are_charged_later_and_bail_is_asked_and_decided() {
        List<CaseStory> stories = stories(17, 5_000);
        long accused = stories.stream().mapToLong(s -> s.count(CaseStory.AddAccused.class)).sum();
        long absconded = stories.stream().mapToLong(s -> s.count(CaseStory.Abscond.class)).sum();
        long proclaimed = stories.stream().mapToLong(s -> s.count(CaseStory.Proclaim.class)).sum();
        long chargedLater = stories.stream().mapToLong(s -> s.count(CaseStory.FileSupplementaryCharges.class)).sum();
        long charged = stories.stream().filter(s -> s.count(FileCharges.class) > 0).count();
        long applied = stories.stream().mapToLong(s -> s.count(CaseStory.ApplyForBail.class)).sum();
        long granted = stories.stream().flatMap(s -> s.steps().stream()).filter(CaseStory.DecideBail.class::isInstance)
                .filter(d -> ((CaseStory.DecideBail) d).outcome() == BailApplication.Outcome.GRANTED).count();
        long decided = stories.stream().mapToLong(s -> s.count(CaseStory.DecideBail.class)).sum();
        // a few in a hundred accused abscond; most are proclaimed; about half of them are caught and charged
        assertThat((double) absconded / accused).isBetween(0.02, 0.10);
        assertThat((double) proclaimed / absconded).isBetween(0.5, 0.9);
        assertThat((double) chargedLater / absconded).isBetween(0.15, 0.6);
        assertThat(chargedLater).isLessThan(charged);
        assertThat((double) applied / accused).isBetween(0.15, 0.35);
        assertThat((double) granted / decided).isBetween(0.35, 0.7);
        assertThat(stories.stream().flatMap(s -> s.steps().stream()).filter(CaseStory.CancelBail.class::isInstance))
                .isNotEmpty();
    }

    @Test
    void weighted_options_come_up_in_proportion_to_their_weights() {
        Weighted<String> w = Weighted.with("a", 1).or("b", 3).or("never", 0).build();
        Sampler dice = new Sampler(1);
        long bs = IntStream.range(0, 20_000).mapToObj(i -> w.pick(dice)).filter("b"::equals).count();
        assertThat(bs / 20_000.0).isCloseTo(0.75, within(0.02));
        assertThat(w.options()).containsExactly("a", "b");
        assertThat(w.share("a")).isEqualTo(0.25);
    }

    @Test
    void the_command_line_asks_for_a_profile_a_count_a_seed_and_refuses_nonsense() {
        GenerationRequest national = GenerateCommand.parse();
        assertThat(national.cases()).isEqualTo(100_000);
        assertThat(national.firPrefix()).isEqualTo("GEN" + GenerationRequest.DEFAULT_SEED);
        GenerationRequest small = GenerateCommand.parse("--profile", "small", "--seed", "42");
        assertThat(small.cases()).isEqualTo(1_000);
        assertThat(small.seed()).isEqualTo(42);
        assertThat(small.firPrefix()).isEqualTo("GEN42");
        assertThat(GenerateCommand.parse("--cases", "10,000", "--as-of", "2025-12-31").cases()).isEqualTo(10_000);
        assertThat(GenerateCommand.parse("--help")).isNull();
        for (String[] bad : List.of(new String[]{"--profile", "huge"}, new String[]{"--cases", "many"},
                new String[]{"--cases", "0"}, new String[]{"--as-of", "yesterday"}, new String[]{"--frobnicate", "1"},
                new String[]{"--seed"}, new String[]{"--fir-prefix", "has space"})) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GenerateCommand.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
