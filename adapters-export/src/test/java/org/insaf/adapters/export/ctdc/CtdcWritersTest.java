package org.insaf.adapters.export.ctdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.insaf.application.export.AgeBand;
import org.insaf.application.export.VictimExport;
import org.insaf.application.export.VictimRecord;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CtdcWritersTest {

    private static final VictimRecord GIRL = new VictimRecord(2017, Gender.FEMALE, AgeBand.FROM_9_TO_17,
            CountryCode.PAKISTAN, Set.of(Purpose.PROSTITUTION, Purpose.DOMESTIC_SERVITUDE),
            Set.of(Means.DECEPTION, Means.DEBT_BONDAGE), RecruiterRelation.FAMILY);
    private static final VictimRecord UNKNOWN = new VictimRecord(2016, Gender.UNKNOWN, AgeBand.UNKNOWN, null,
            Set.of(), Set.of(), RecruiterRelation.UNKNOWN);
    private static final VictimExport EXPORT = new VictimExport(2016, 2017, 11, List.of(UNKNOWN, GIRL), 4);

    private static final List<String> COLUMNS = List.of("yearOfRegistration", "gender", "ageBroad", "citizenship",
            "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess",
            "meansOfControlThreats", "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse",
            "meansOfControlSexualAbuse", "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances",
            "meansOfControlRestrictsMovement", "meansOfControlRestrictsMedicalCare",
            "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren", "meansOfControlThreatOfLawEnforcement",
            "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments", "meansOfControlOther",
            "meansOfControlNotSpecified", "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour",
            "isForcedMarriage", "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices",
            "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily",
            "recruiterRelationOther", "recruiterRelationUnknown");

    private static List<CSVRecord> csv() throws IOException {
        StringWriter out = new StringWriter();
        CtdcCsv.write(EXPORT, out);
        assertThat(out.toString()).contains("\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(COLUMNS);
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static JsonNode json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CtdcJson(new ObjectMapper().getFactory()).write(EXPORT, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_csv_header_is_the_ctdc_column_names_and_each_row_is_one_victim() throws IOException {
        List<CSVRecord> rows = csv();
        assertThat(rows).hasSize(2);
        CSVRecord girl = rows.get(1);
        assertThat(girl.get("yearOfRegistration")).isEqualTo("2017");
        assertThat(girl.get("gender")).isEqualTo("Female");
        assertThat(girl.get("ageBroad")).isEqualTo("9--17");
        assertThat(girl.get("citizenship")).isEqualTo("PK");
        assertThat(girl.get("meansOfControlDebtBondage")).isEqualTo("1");
        assertThat(girl.get("meansOfControlFalsePromises")).isEqualTo("1");
        assertThat(girl.get("meansOfControlThreats")).isEqualTo("0");
        assertThat(girl.get("meansOfControlNotSpecified")).isEqualTo("0");
        assertThat(girl.get("isSexualExploit")).isEqualTo("1");
        assertThat(girl.get("isForcedLabour")).isEqualTo("1");
        assertThat(girl.get("isSexAndLabour")).isEqualTo("1");
        assertThat(girl.get("isOrganRemoval")).isEqualTo("0");
        assertThat(girl.get("recruiterRelationFamily")).isEqualTo("1");
        assertThat(girl.get("recruiterRelationUnknown")).isEqualTo("0");
    }

    @Test
    void unknown_values_are_empty_cells_and_no_means_is_not_specified() throws IOException {
        CSVRecord unknown = csv().get(0);
        assertThat(unknown.get("gender")).isEmpty();
        assertThat(unknown.get("ageBroad")).isEmpty();
        assertThat(unknown.get("citizenship")).isEmpty();
        assertThat(unknown.get("meansOfControlNotSpecified")).isEqualTo("1");
        assertThat(unknown.get("recruiterRelationUnknown")).isEqualTo("1");
        assertThat(unknown.get("isSexAndLabour")).isEqualTo("0");
    }

    @Test
    void the_json_says_what_was_exported_and_each_victim_has_exactly_the_columns() throws IOException {
        JsonNode json = json();
        assertThat(json.get("standard").asText()).isEqualTo("CTDC");
        assertThat(json.get("fromYear").asInt()).isEqualTo(2016);
        assertThat(json.get("toYear").asInt()).isEqualTo(2017);
        assertThat(json.get("k").asInt()).isEqualTo(11);
        assertThat(json.get("suppressed").asLong()).isEqualTo(4);
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.asText()));
        assertThat(columns).containsExactlyElementsOf(COLUMNS);
        assertThat(json.get("victims")).hasSize(2).allSatisfy(victim -> {
            List<String> keys = new ArrayList<>();
            victim.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(COLUMNS);
        });
        JsonNode unknown = json.get("victims").get(0);
        assertThat(unknown.get("gender").isNull()).isTrue();
        assertThat(unknown.get("ageBroad").isNull()).isTrue();
        JsonNode girl = json.get("victims").get(1);
        assertThat(girl.get("ageBroad").asText()).isEqualTo("9--17");
        assertThat(girl.get("isSexualExploit").asInt()).isEqualTo(1);
    }

    @Test
    void every_form_of_exploitation_and_every_means_counts_in_a_ctdc_column() {
        // The switches are exhaustive (the compiler says so); here: each lands in a column that exists.
        for (Purpose form : Purpose.values()) {
            assertThat(COLUMNS).contains(CtdcVocabulary.typeOfExploitation(form));
        }
        for (Means means : Means.values()) {
            assertThat(COLUMNS).contains(CtdcVocabulary.meansOfControl(means));
        }
        for (RecruiterRelation relation : RecruiterRelation.values()) {
            assertThat(COLUMNS).contains(CtdcVocabulary.recruiterRelation(relation));
        }
        for (Gender gender : Gender.values()) {
            assertThat(CtdcVocabulary.gender(gender)).isIn("Female", "Male", "Transgender/NonConforming", null);
        }
        assertThat(java.util.Arrays.stream(AgeBand.values()).map(CtdcVocabulary::ageBroad)).containsExactly(
                "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+", null);
    }

    @Test
    void an_empty_export_is_a_header_only_csv_and_an_empty_json_list() throws IOException {
        VictimExport empty = new VictimExport(2016, 2016, 11, List.of(), 7);
        StringWriter out = new StringWriter();
        CtdcCsv.write(empty, out);
        assertThat(out.toString()).isEqualTo(String.join(",", COLUMNS) + "\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CtdcJson(new ObjectMapper().getFactory()).write(empty, bytes);
        JsonNode json = new ObjectMapper().readTree(bytes.toByteArray());
        assertThat(json.get("victims")).isEmpty();
        assertThat(json.get("suppressed").asInt()).isEqualTo(7);
    }
}
