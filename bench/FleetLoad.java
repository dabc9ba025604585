import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The load of bench/fleet.sh and its reckoning afterwards. Workers take new cases through the law's
 * steps (every kind of mutation a case goes through: the story of README's "From FIR to the Supreme
 * Court", a closed investigation, a transfer) through the balancer, each step with the version the
 * previous answer gave as expectedVersion; at the trial's first hearing two requests race with the
 * same expected version, so that exactly one must win and the other be refused CONFLICT. Readers
 * page, read cases, victims' identities and `me` meanwhile.
 *
 * <p>A request that ends without an answer (the instance behind it killed) has an unknown outcome:
 * the worker reads the case again and knows from its version whether the step was written, and
 * repeats it if not. So at the end the client knows, for every case, its version and how many times
 * each kind of step was written, and checks that against the database (case_file.version, the audit
 * entries per case and action): a lost or a duplicated write shows as a difference. Every touched
 * case is read back through the API as the admin (the read fails if the stored case breaks a rule of
 * the domain), pseudonyms must be unique, and the only refusals allowed are the CONFLICTs of the
 * races. Failed requests are excused only when they were in flight at the moment of a `kill -9`
 * (the events file of fleet.sh); anything else is unexpected.
 *
 * <p>Every write the client knows of (case id, version, action) goes to acknowledged.tsv beside the
 * events file.
 *
 * <p>Run with the packaged service's libraries on the class path (Jackson, the PostgreSQL driver):
 * java -cp 'quarkus-app/lib/main/*' FleetLoad.java BASE TOKEN_URL STOP_FILE MAX_SECONDS WORKERS EVENTS_FILE
 *   JDBC_URL DB_USER DB_PASSWORD RUN_ID
 * Exit 0: every check holds; 1: a check failed (printed); 2: bad arguments or the fleet never answered.
 */
public class FleetLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURT = "SESSIONS-COURT-LAHORE";
    private static final String CASE_FIELDS = "id version status victims { id pseudonym } accused { id custody "
            + "bailApplications { id } } charges { id } appellate { accusedId appeals { id } }";
    private static final Set<String> STATUSES = Set.of("REGISTERED", "UNDER_INVESTIGATION", "CHARGE_SHEET_FILED",
            "ON_TRIAL", "DECIDED", "CLOSED", "INVESTIGATION_CLOSED");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String tokenUrl;
    private final Path stopFile;
    private final long deadline;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> userIds = new ConcurrentHashMap<>();
    private volatile long tokensAt;

    /** What the client knows of each case it touched: its version and the writes of each action. */
    static final class Known {
        final String id;
        long version;
        final Map<String, Integer> written = new TreeMap<>();

        Known(String id) {
            this.id = id;
        }
    }

    /** One request that did not end in a plain answer: when it ran and how it ended. */
    record Failure(long startMs, long endMs, String what, String how) {
    }

    private final Map<String, Known> cases = new ConcurrentHashMap<>();
    private final Set<String> unknownRegistrations = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedRegistrations = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> pseudonyms = new ConcurrentLinkedQueue<>();
    /** Each write the client knows of: case id, the version it made, its audit action. */
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong raceWins = new AtomicLong();
    private final AtomicLong overloaded = new AtomicLong();
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final String runId;

    FleetLoad(String base, String tokenUrl, Path stopFile, long maxSeconds, String runId) {
        this.base = base;
        this.tokenUrl = tokenUrl;
        this.stopFile = stopFile;
        this.deadline = System.currentTimeMillis() + maxSeconds * 1000;
        this.runId = runId;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 10) {
            System.err.println("usage: FleetLoad BASE TOKEN_URL STOP_FILE MAX_SECONDS WORKERS EVENTS_FILE JDBC_URL DB_USER DB_PASSWORD RUN_ID");
            System.exit(2);
        }
        FleetLoad load = new FleetLoad(args[0], args[1], Path.of(args[2]), Long.parseLong(args[3]), args[9]);
        int workers = Integer.parseInt(args[4]);
        load.refreshTokens();
        for (String user : List.of("investigator", "prosecutor", "judge")) {
            load.userIds.put(user, load.answer(user, "{ me { id } }", Map.of()).path("data").path("me").path("id").asText());
        }
        long started = System.currentTimeMillis();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads.add(started(new Thread(() -> load.work(worker), "worker-" + w)));
        }
        for (int r = 0; r < 2; r++) {
            threads.add(started(new Thread(load::read, "reader-" + r)));
        }
        for (Thread t : threads) {
            t.join();
        }
        long loadMs = System.currentTimeMillis() - started;
        int exit = load.reckon(Path.of(args[5]), args[6], args[7], args[8], loadMs);
        System.exit(exit);
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    private boolean goOn() {
        if (stopping.get()) {
            return false;
        }
        if (System.currentTimeMillis() > deadline || Files.exists(stopFile)) {
            stopping.set(true);
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- the workers

    private void work(int worker) {
        int story = 0;
        while (goOn()) {
            String fir = "FLEET-" + runId + "-" + worker + "-" + story + "/2008";
            try {
                switch (story % 4) {
                    case 1 -> closedInvestigation(fir);
                    case 3 -> transferred(fir);
                    default -> firToSupremeCourt(fir);
                }
            } catch (Stop stop) {
                return;
            } catch (RuntimeException e) {
                problems.add("worker " + worker + ", " + fir + ": " + e.getMessage());
                return;
            }
            story++;
        }
    }

    /** Thrown when the run ends between two steps of a story: the case stays where it is. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private Known register(String fir) {
        Map<String, Object> input = input("firNumber", fir, "office", "FIA-AHTC-LAHORE", "registeredOn", "2008-02-04",
                "sections", List.of("PACHTO-3"));
        while (true) {
            if (!goOn()) {
                throw new Stop();
            }
            Outcome o = send("investigator", "registerCase", input);
            if (o.answer != null) {
                JsonNode c = o.answer;
                Known k = new Known(c.path("id").asText());
                k.version = c.path("version").asLong();
                k.written.merge("REGISTER_CASE", 1, Integer::sum);
                acknowledged.add(k.id + "\t" + k.version + "\tREGISTER_CASE");
                cases.put(k.id, k);
                acknowledgedRegistrations.add(fir);
                return k;
            }
            // Unknown outcome: a case registered unseen is checked by its FIR number at the end; a new number goes on.
            unknownRegistrations.add(fir);
            fir = fir.replace("/2008", "r/2008");
        }
    }

    private void firToSupremeCourt(String fir) {
        Known k = register(fir);
        String id = k.id;
        step(k, "admin", "assignCase", input("caseId", id, "prosecutor", userIds.get("prosecutor"), "court", COURT,
                "judge", userIds.get("judge")));
        step(k, "investigator", "startInvestigation", input("caseId", id, "startedOn", "2008-02-05"));
        JsonNode c = step(k, "investigator", "addVictim", input("caseId", id, "identity",
                Map.of("name", "Fleet Victim " + fir, "cnic", cnic(fir)), "gender", "FEMALE", "dateOfBirth", "1993-06-01",
                "nationality", "PK", "exploitation", List.of("DOMESTIC_SERVITUDE")));
        String victim = c.path("victims").path(0).path("id").asText();
        pseudonyms.add(c.path("victims").path(0).path("pseudonym").asText());
        c = step(k, "investigator", "addAccused", input("caseId", id, "name", "Rashid Khan", "roles", List.of("RECRUITER"),
                "nationality", "PK", "addedOn", "2008-02-05"));
        String rashid = c.path("accused").path(0).path("id").asText();
        c = step(k, "investigator", "addAccused", input("caseId", id, "name", "Gul Muhammad", "roles", List.of("TRANSPORTER"),
                "nationality", "PK", "addedOn", "2008-02-05"));
        String gul = c.path("accused").path(1).path("id").asText();
        step(k, "investigator", "recordFacts", input("caseId", id, "facts", Map.of("acts", List.of("RECRUITMENT", "TRANSPORTATION"),
                "means", List.of("DECEPTION"), "purposes", List.of("DOMESTIC_SERVITUDE"), "route", List.of("PK", "OM"),
                "offenceDate", "2007-11-10")));
        step(k, "investigator", "arrestAccused", input("caseId", id, "accusedId", rashid, "arrestedOn", "2008-02-10"));
        c = step(k, "judge", "applyForBail", input("caseId", id, "accusedId", rashid, "court", COURT, "filedOn", "2008-02-12",
                "appliedBy", "COUNSEL"));
        step(k, "judge", "decideBail", input("caseId", id, "applicationId",
                c.path("accused").path(0).path("bailApplications").path(0).path("id").asText(),
                "outcome", "REFUSED", "decidedOn", "2008-02-20", "reason", "The victim has not yet been examined"));
        step(k, "investigator", "declareAbsconding", input("caseId", id, "accusedId", gul, "declaredOn", "2008-03-01"));
        step(k, "judge", "declareProclaimedOffender", input("caseId", id, "accusedId", gul,
                "proclamationPublishedOn", "2008-03-05", "propertyAttached", false, "declaredOn", "2008-04-04"));
        c = step(k, "judge", "applyForBail", input("caseId", id, "accusedId", rashid, "court", COURT, "filedOn", "2008-05-02",
                "appliedBy", "ACCUSED"));
        String granted = c.path("accused").path(0).path("bailApplications").path(1).path("id").asText();
        step(k, "judge", "decideBail", input("caseId", id, "applicationId", granted, "outcome", "GRANTED",
                "decidedOn", "2008-05-10", "suretyPkr", 300000, "reason", "Victim examined; investigation complete"));
        step(k, "judge", "cancelBail", input("caseId", id, "applicationId", granted, "cancelledOn", "2008-05-25",
                "reason", "The accused approached the victim's family"));
        c = step(k, "prosecutor", "fileChargeSheet", input("caseId", id, "filedOn", "2008-06-02", "charges",
                List.of(Map.of("accusedId", rashid, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        String rashidCharge = c.path("charges").path(0).path("id").asText();
        step(k, "judge", "openTrial", input("caseId", id, "openedOn", "2008-07-01"));
        race(k, "judge", "recordHearing", input("caseId", id, "date", "2008-07-15", "court", COURT,
                "proceedings", "Charge framed; the accused pleaded not guilty"));
        step(k, "judge", "recordVerdict", input("caseId", id, "chargeId", rashidCharge, "outcome", "CONVICTED",
                "givenOn", "2009-03-02"));
        step(k, "judge", "recordSentence", input("caseId", id, "chargeId", rashidCharge, "pronouncedOn", "2009-03-16",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        step(k, "judge", "makeSentencingOrder", input("caseId", id, "accusedId", rashid, "pronouncedOn", "2009-03-16",
                "custodyCreditDays", 90, "directions", List.of(Map.of("chargeId", rashidCharge, "run", 1,
                        "description", "RIGOROUS", "inDefaultMonths", 6))));
        c = step(k, "judge", "fileAppeal", input("caseId", id, "accusedId", rashid, "kind", "APPEAL", "appellant", "CONVICT",
                "against", "CONVICTION", "forum", "HIGH_COURT", "filedOn", "2009-04-10",
                "grounds", "The victim's age was not proved; the sentence is excessive"));
        String rashidToHighCourt = appeals(c, rashid).path(0).path("id").asText();
        step(k, "judge", "orderAppealAdmission", input("caseId", id, "appealId", rashidToHighCourt, "admitted", true,
                "orderedOn", "2009-04-20"));
        step(k, "judge", "suspendSentence", input("caseId", id, "appealId", rashidToHighCourt, "suspendedOn", "2009-04-25"));
        step(k, "investigator", "arrestAccused", input("caseId", id, "accusedId", gul, "arrestedOn", "2010-03-15"));
        c = step(k, "prosecutor", "fileSupplementaryChargeSheet", input("caseId", id, "filedOn", "2010-04-01", "charges",
                List.of(Map.of("accusedId", gul, "statute", "PACHTO-3", "victimIds", List.of(victim)))));
        String gulCharge = c.path("charges").path(1).path("id").asText();
        step(k, "judge", "recordVerdict", input("caseId", id, "chargeId", gulCharge, "outcome", "ACQUITTED",
                "givenOn", "2010-11-02"));
        c = step(k, "prosecutor", "fileAppeal", input("caseId", id, "accusedId", gul, "kind", "APPEAL", "appellant", "STATE",
                "against", "ACQUITTAL", "forum", "HIGH_COURT", "filedOn", "2010-12-01",
                "grounds", "The trial court misread the victim's evidence"));
        String stateAgainstGul = appeals(c, gul).path(0).path("id").asText();
        step(k, "judge", "orderAppealAdmission", input("caseId", id, "appealId", stateAgainstGul, "admitted", true,
                "orderedOn", "2011-01-10"));
        step(k, "judge", "decideAppeal", input("caseId", id, "appealId", rashidToHighCourt, "outcome", "SENTENCE_REDUCED",
                "decidedOn", "2011-02-15", "sentences", List.of(Map.of("chargeId", rashidCharge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 200000))));
        c = step(k, "judge", "fileAppeal", input("caseId", id, "accusedId", rashid, "kind", "APPEAL", "appellant", "CONVICT",
                "against", "CONVICTION", "forum", "SUPREME_COURT", "filedOn", "2011-03-10",
                "grounds", "The High Court did not consider the defence evidence"));
        String rashidToSupremeCourt = appeals(c, rashid).path(1).path("id").asText();
        step(k, "judge", "orderAppealAdmission", input("caseId", id, "appealId", rashidToSupremeCourt, "admitted", true,
                "orderedOn", "2011-06-01"));
        step(k, "judge", "decideAppeal", input("caseId", id, "appealId", stateAgainstGul, "outcome", "CONVICTED_ON_APPEAL",
                "decidedOn", "2011-09-01", "sentences", List.of(Map.of("chargeId", gulCharge,
                        "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 100000))));
        step(k, "judge", "decideAppeal", input("caseId", id, "appealId", rashidToSupremeCourt, "outcome", "APPEAL_DISMISSED",
                "decidedOn", "2012-01-10", "sentences", List.of()));
        step(k, "judge", "closeCase", input("caseId", id, "closedOn", "2012-02-01"));
    }

    private void closedInvestigation(String fir) {
        Known k = register(fir);
        step(k, "admin", "assignCase", input("caseId", k.id, "prosecutor", userIds.get("prosecutor"), "court", COURT,
                "judge", userIds.get("judge")));
        step(k, "investigator", "startInvestigation", input("caseId", k.id, "startedOn", "2008-02-05"));
        JsonNode c = step(k, "investigator", "addVictim", input("caseId", k.id, "identity", Map.of("name", "Fleet Victim " + fir),
                "gender", "MALE", "dateOfBirth", "1999-01-01", "nationality", "PK", "exploitation", List.of("FORCED_LABOUR")));
        pseudonyms.add(c.path("victims").path(0).path("pseudonym").asText());
        step(k, "investigator", "closeInvestigation", input("caseId", k.id, "closedOn", "2008-04-01",
                "reason", "No evidence beyond the complaint"));
    }

    private void transferred(String fir) {
        Known k = register(fir);
        step(k, "investigator", "startInvestigation", input("caseId", k.id, "startedOn", "2008-02-05"));
        step(k, "admin", "transferCase", input("caseId", k.id, "agency", "FIA", "office", "FIA-AHTC-MULTAN",
                "reason", "Ordered by the Director General", "transferredOn", "2008-02-11"));
    }

    private static JsonNode appeals(JsonNode c, String accusedId) {
        for (JsonNode a : c.path("appellate")) {
            if (a.path("accusedId").asText().equals(accusedId)) {
                return a.path("appeals");
            }
        }
        return JSON.missingNode();
    }

    private static String cnic(String fir) {
        long n = Math.floorMod(fir.hashCode(), 10_000_000L);
        return "35202-%07d-%d".formatted(n, Math.floorMod(fir.hashCode(), 10));
    }

    /**
     * One step with the case's known version as expectedVersion. Without an answer, the case is read
     * again: one version further means the step was written (its answer lost), else it is sent again.
     */
    private JsonNode step(Known k, String user, String mutation, Map<String, Object> input) {
        if (!goOn()) {
            throw new Stop();
        }
        Map<String, Object> withVersion = new LinkedHashMap<>(input);
        while (true) {
            withVersion.put("expectedVersion", k.version);
            Outcome o = send(user, mutation, withVersion);
            if (o.answer != null) {
                return written(k, mutation, o.answer);
            }
            if (o.refusal != null) {
                throw new IllegalStateException(mutation + " refused: " + o.refusal);
            }
            if (o.conflict) {
                // Only this worker writes this case outside the races: someone else changed it.
                problems.add(k.id + ": " + mutation + " refused CONFLICT outside a race at version " + k.version);
            }
            JsonNode now = readCase(k.id);
            if (now.path("version").asLong() == k.version + 1) {
                return written(k, mutation, now);
            }
            if (now.path("version").asLong() != k.version) {
                throw new IllegalStateException(mutation + ": the case is at version " + now.path("version").asLong()
                        + ", expected " + k.version + " or one more");
            }
        }
    }

    private JsonNode written(Known k, String mutation, JsonNode c) {
        long version = c.path("version").asLong();
        if (version != k.version + 1) {
            problems.add(k.id + ": " + mutation + " answered version " + version + " after " + k.version);
        }
        k.version = version;
        k.written.merge(action(mutation), 1, Integer::sum);
        acknowledged.add(k.id + "\t" + version + "\t" + action(mutation));
        return c;
    }

    /** Two requests with the same expected version at once: one must be written, the other refused CONFLICT. */
    private void race(Known k, String user, String mutation, Map<String, Object> input) {
        Map<String, Object> withVersion = new LinkedHashMap<>(input);
        withVersion.put("expectedVersion", k.version);
        CompletableFuture<Outcome> a = CompletableFuture.supplyAsync(() -> send(user, mutation, withVersion));
        CompletableFuture<Outcome> b = CompletableFuture.supplyAsync(() -> send(user, mutation, withVersion));
        List<Outcome> both = List.of(a.join(), b.join());
        List<Outcome> won = both.stream().filter(o -> o.answer != null).toList();
        if (won.size() > 1) {
            problems.add(k.id + ": both racing " + mutation + "s were written with expected version " + k.version);
        }
        for (Outcome o : both) {
            if (o.refusal != null) {
                problems.add(k.id + ": a racing " + mutation + " was refused " + o.refusal);
            }
        }
        if (won.size() == 1) {
            raceWins.incrementAndGet();
            written(k, mutation, won.get(0).answer);
            return;
        }
        // Neither answered (both lost to a killed instance, or one lost and one CONFLICT): read where the case is.
        JsonNode now = readCase(k.id);
        if (now.path("version").asLong() == k.version + 1) {
            written(k, mutation, now);
        } else {
            step(k, user, mutation, input);
        }
    }

    private static String action(String mutation) {
        return mutation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    // ---------------------------------------------------------------- the readers

    private void read() {
        int i = 0;
        List<String> ids = new ArrayList<>();
        while (goOn()) {
            if (ids.isEmpty() || i % 20 == 0) {
                ids = new ArrayList<>(cases.keySet());
            }
            try {
                switch (i % 4) {
                    case 0 -> plainRead("admin", "query { cases(first: 50) { edges { node { id version status } } } }", Map.of());
                    case 1 -> plainRead("investigator", "{ me { id roles } }", Map.of());
                    default -> {
                        if (!ids.isEmpty()) {
                            String id = ids.get(i % ids.size());
                            plainRead("judge", "query($id: ID!) { case(id: $id) { id version status victims { pseudonym "
                                    + "identity { name } } hearings { date } } }", Map.of("id", id));
                        }
                    }
                }
            } catch (RuntimeException e) {
                problems.add("reader: " + e.getMessage());
                return;
            }
            i++;
        }
    }

    private void plainRead(String user, String query, Map<String, Object> variables) {
        Request r = post(user, query, variables, "read");
        if (r.body == null) {
            return;
        }
        JsonNode errors = r.body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            String code = errors.path(0).path("extensions").path("code").asText();
            // A judge asking for a case not (yet) on the docket: refused as the matrix says, not a fault.
            if (!code.equals("NOT_FOUND") && !code.equals("FORBIDDEN")) {
                failures.add(new Failure(r.start, r.end, "read", "error " + code));
            }
        }
    }

    /** The case as the admin reads it, asked again until an instance answers. */
    private JsonNode readCase(String id) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Request r = post("admin", "query($id: ID!) { case(id: $id) { " + CASE_FIELDS + " } }", Map.of("id", id), "resync");
            if (r.body != null && r.body.path("data").path("case").isObject()) {
                return r.body.path("data").path("case");
            }
            sleep(100);
        }
        throw new IllegalStateException("case " + id + " could not be read for 20 s");
    }

    // ---------------------------------------------------------------- requests

    /** An answered case, a refusal (its code), or neither: the outcome is unknown. */
    record Outcome(JsonNode answer, String refusal, boolean conflict) {
        Outcome(JsonNode answer, String refusal) {
            this(answer, refusal, false);
        }
    }

    record Request(JsonNode body, long start, long end) {
    }

    private Outcome send(String user, String mutation, Map<String, Object> input) {
        String name = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1);
        Request r = post(user, "mutation($input: " + name + "Input!) { " + mutation + "(input: $input) { case { "
                + CASE_FIELDS + " } } }", Map.of("input", input), mutation);
        if (r.body == null) {
            return new Outcome(null, null);
        }
        JsonNode errors = r.body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            String code = errors.path(0).path("extensions").path("code").asText();
            if (code.equals("CONFLICT")) {
                conflicts.incrementAndGet();
                return new Outcome(null, null, true);
            }
            return new Outcome(null, code + " " + errors.path(0).path("extensions").path("rule").asText()
                    + ": " + errors.path(0).path("message").asText());
        }
        return new Outcome(r.body.path("data").path(mutation).path("case"), null);
    }

    /** Posts a GraphQL request; a body only for an HTTP 200 with JSON, else the failure is recorded. */
    private Request post(String user, String query, Map<String, Object> variables, String what) {
        long start = System.currentTimeMillis();
        try {
            refreshTokensIfOld();
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.get(user))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.currentTimeMillis();
            counts.computeIfAbsent("HTTP " + response.statusCode(), s -> new AtomicLong()).incrementAndGet();
            if (response.statusCode() == 503 && response.body().contains("\"OVERLOADED\"")) {
                // Admission control refused it before anything ran (docs/api-limits.md): safe to send
                // again after Retry-After, as a well-behaved client does. Counted, not a fault.
                overloaded.incrementAndGet();
                sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                return post(user, query, variables, what);
            }
            if (response.statusCode() != 200) {
                failures.add(new Failure(start, end, what, "HTTP " + response.statusCode() + " (" + response.version() + ") "
                        + response.body().substring(0, Math.min(120, response.body().length())).replace('\n', ' ')));
                return new Request(null, start, end);
            }
            return new Request(JSON.readTree(response.body()), start, end);
        } catch (IOException e) {
            long end = System.currentTimeMillis();
            counts.computeIfAbsent("no answer", s -> new AtomicLong()).incrementAndGet();
            failures.add(new Failure(start, end, what, e.getClass().getSimpleName() + " " + e.getMessage()));
            return new Request(null, start, end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode answer(String user, String query, Map<String, Object> variables) {
        Request r = post(user, query, variables, "setup");
        if (r.body == null) {
            System.err.println("the fleet does not answer: " + failures);
            System.exit(2);
        }
        return r.body;
    }

    private void refreshTokensIfOld() {
        if (System.currentTimeMillis() - tokensAt > 60_000) {
            synchronized (this) {
                if (System.currentTimeMillis() - tokensAt > 60_000) {
                    refreshTokens();
                }
            }
        }
    }

    private void refreshTokens() {
        for (String user : List.of("investigator", "prosecutor", "judge", "admin")) {
            String form = "grant_type=password&client_id=insaf-api&client_secret=insaf-api-dev-secret-not-for-production"
                    + "&username=" + user + "&password=" + URLEncoder.encode(user + "-dev-password", StandardCharsets.UTF_8);
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                tokens.put(user, JSON.readTree(r.body()).path("access_token").asText());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("no token for " + user + ": " + e);
            }
        }
        tokensAt = System.currentTimeMillis();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> input(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------- the reckoning

    private int reckon(Path eventsFile, String jdbcUrl, String dbUser, String dbPassword, long loadMs) throws Exception {
        // Each kill -9 from the signal to the process's end ("gone"; the signal alone if fleet.sh wrote no end).
        List<long[]> kills = new ArrayList<>();
        if (Files.exists(eventsFile)) {
            for (String line : Files.readAllLines(eventsFile)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && f[0].equals("kill9")) {
                    long at = Long.parseLong(f[1]);
                    kills.add(new long[] {at, at});
                } else if (f.length >= 2 && f[0].equals("gone") && !kills.isEmpty()) {
                    kills.get(kills.size() - 1)[1] = Long.parseLong(f[1]);
                }
            }
        }
        // A request in flight while its instance was being killed ends without an answer (HAProxy:
        // 502, or the client's connection closed): excused. 50 ms either side for the clocks.
        long excused = 0;
        List<Failure> unexpected = new ArrayList<>();
        for (Failure f : failures) {
            boolean inFlight = kills.stream().anyMatch(k -> f.startMs <= k[1] + 50 && f.endMs >= k[0] - 50);
            if (inFlight && (f.how.startsWith("HTTP 502") || f.how.startsWith("HTTP 504") || !f.how.startsWith("HTTP"))) {
                excused++;
            } else {
                unexpected.add(f);
            }
        }

        Files.write(eventsFile.resolveSibling("acknowledged.tsv"), acknowledged);
        long steps = cases.values().stream().mapToLong(k -> k.version).sum();
        System.out.printf("load: %d s, %d cases, %d writes known to the client, %d races (%d won), %d CONFLICT refusals%n",
                loadMs / 1000, cases.size(), steps, raceWins.get(), raceWins.get(), conflicts.get());
        System.out.printf("answers: %s; refused OVERLOADED by admission control and sent again after Retry-After: %d%n",
                new TreeMap<>(counts), overloaded.get());
        System.out.printf("requests without an answer in flight at a kill -9: %d; other failed requests: %d%n",
                excused, unexpected.size());
        unexpected.stream().limit(20).forEach(f -> System.out.printf("  unexpected: %s at %d (%d ms): %s%n",
                f.what, f.startMs, f.endMs - f.startMs, f.how));

        int faults = problems.size() + unexpected.size();
        problems.forEach(p -> System.out.println("  problem: " + p));

        // Every touched case through the API: it loads (the domain accepts what is stored) at the version known.
        int unreadable = 0;
        int versionMismatch = 0;
        for (Known k : cases.values()) {
            JsonNode c = readCase(k.id);
            if (!STATUSES.contains(c.path("status").asText())) {
                unreadable++;
                System.out.println("  case " + k.id + " holds a status the law does not know: " + c.path("status"));
            }
            if (c.path("version").asLong() != k.version) {
                versionMismatch++;
                System.out.println("  case " + k.id + " is at version " + c.path("version") + " through the API, the client knows " + k.version);
            }
        }
        System.out.printf("cases read back through the API: %d, in a state the law does not know: %d, at another version: %d%n",
                cases.size(), unreadable, versionMismatch);
        faults += unreadable + versionMismatch;

        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            faults += checkDatabase(db);
        }
        System.out.println(faults == 0 ? "FLEET CHECKS PASSED" : "FLEET CHECKS FAILED: " + faults + " fault(s)");
        return faults == 0 ? 0 : 1;
    }

    private int checkDatabase(Connection db) throws Exception {
        int faults = 0;
        Map<String, Long> versions = new HashMap<>();
        Map<String, Map<String, Integer>> audited = new HashMap<>();
        String[] ids = cases.keySet().toArray(String[]::new);
        try (PreparedStatement s = db.prepareStatement("SELECT id::text, version FROM case_file WHERE id::text = ANY (?)")) {
            s.setArray(1, db.createArrayOf("text", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.put(r.getString(1), r.getLong(2));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT case_id::text, action, count(*) FROM audit_entry "
                + "WHERE case_id::text = ANY (?) GROUP BY 1, 2")) {
            s.setArray(1, db.createArrayOf("text", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    audited.computeIfAbsent(r.getString(1), x -> new TreeMap<>()).put(r.getString(2), r.getInt(3));
                }
            }
        }
        int lost = 0;
        int duplicated = 0;
        for (Known k : cases.values()) {
            Long stored = versions.get(k.id);
            if (stored == null || stored < k.version) {
                lost++;
                System.out.println("  LOST: case " + k.id + " stored at version " + stored + ", acknowledged up to " + k.version);
            } else if (stored > k.version) {
                duplicated++;
                System.out.println("  DUPLICATED: case " + k.id + " stored at version " + stored + ", written up to " + k.version);
            }
            Map<String, Integer> entries = audited.getOrDefault(k.id, Map.of());
            for (Map.Entry<String, Integer> w : k.written.entrySet()) {
                int n = entries.getOrDefault(w.getKey(), 0);
                if (n < w.getValue()) {
                    lost++;
                    System.out.println("  LOST: case " + k.id + " has " + n + " " + w.getKey() + " in the audit log, written " + w.getValue());
                } else if (n > w.getValue()) {
                    duplicated++;
                    System.out.println("  DUPLICATED: case " + k.id + " has " + n + " " + w.getKey() + " in the audit log, written " + w.getValue());
                }
            }
        }
        // Registrations whose answer was lost: at most one case each. Acknowledged ones: exactly one.
        Map<String, Integer> byFir = new HashMap<>();
        Set<String> firs = new HashSet<>(unknownRegistrations);
        firs.addAll(acknowledgedRegistrations);
        try (PreparedStatement s = db.prepareStatement("SELECT fir_number, count(*) FROM case_file WHERE fir_number = ANY (?) GROUP BY 1")) {
            s.setArray(1, db.createArrayOf("text", firs.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byFir.put(r.getString(1), r.getInt(2));
                }
            }
        }
        for (String fir : firs) {
            int n = byFir.getOrDefault(fir, 0);
            if (n > 1) {
                duplicated++;
                System.out.println("  DUPLICATED: FIR " + fir + " registered " + n + " times");
            } else if (n == 0 && acknowledgedRegistrations.contains(fir)) {
                lost++;
                System.out.println("  LOST: FIR " + fir + " acknowledged but not stored");
            }
        }
        long unseen = unknownRegistrations.stream().filter(f -> byFir.getOrDefault(f, 0) == 1).count();
        System.out.printf("database: %d cases, %d writes checked against case versions and audit entries; lost %d, duplicated %d; "
                        + "%d registrations without an answer (%d of them stored, each once)%n",
                cases.size(), cases.values().stream().mapToLong(k -> k.version).sum(), lost, duplicated,
                unknownRegistrations.size(), unseen);
        faults += lost + duplicated;

        int duplicatePseudonyms;
        try (var s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM (SELECT pseudonym FROM victim GROUP BY pseudonym HAVING count(*) > 1) d")) {
            r.next();
            duplicatePseudonyms = r.getInt(1);
        }
        List<String> seen = new ArrayList<>(pseudonyms);
        int clientDuplicates = seen.size() - new HashSet<>(seen).size();
        System.out.printf("pseudonyms: %d handed out to the client, %d given twice; in the database %d given to more than one victim%n",
                seen.size(), clientDuplicates, duplicatePseudonyms);
        faults += duplicatePseudonyms + clientDuplicates;

        try (var s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(sequence), 0) FROM audit_entry")) {
            r.next();
            long n = r.getLong(1);
            long max = r.getLong(2);
            System.out.printf("audit log: %d entries, sequence 1..%d %s%n", n, max, n == max ? "without a gap" : "WITH GAPS");
            if (n != max) {
                faults++;
            }
        }
        return faults;
    }
}
