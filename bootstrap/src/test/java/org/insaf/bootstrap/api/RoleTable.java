package org.insaf.bootstrap.api;

import io.restassured.path.json.JsonPath;

import java.util.function.BiFunction;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of operations by demo user (OK or the error's code), checked call by call: a refusal has
 * the code the table names, shows nothing of the run's secret, and leaves the case's version as it was.
 */
final class RoleTable {

    private RoleTable() {
    }

    /**
     * @param answered the operations whose OK cells are called too (the others' successes are told elsewhere)
     * @param call     the answer of an operation called by a user
     */
    static void check(String table, String answered, BiFunction<String, String, JsonPath> call, Supplier<Integer> version,
                      String secret) {
        String[] header = table.lines().findFirst().orElseThrow().trim().split("\\s+");
        for (String line : table.lines().skip(1).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 1; i < cells.length; i++) {
                String user = header[i];
                if (cells[i].equals("OK") && !cells[0].equals(answered)) {
                    continue;
                }
                int before = version.get();
                JsonPath answer = call.apply(cells[0], user);
                String context = cells[0] + " as " + user + ": " + answer.prettify();
                if (cells[i].equals("OK")) {
                    assertThat(answer.getList("errors")).as(context).isNull();
                } else {
                    assertThat(answer.getString("errors[0].extensions.code")).as(context).isEqualTo(cells[i]);
                    assertThat(answer.prettify()).as(context).doesNotContain(secret);
                }
                assertThat(version.get()).as(context).isEqualTo(before);
            }
        }
    }
}
