package org.insaf.adapters.graphql.error;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.error.StaleCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTranslationTest {

    @Test
    void each_refusal_has_its_code_and_keeps_its_message() {
        CaseId id = CaseId.random();
        assertThat(ErrorTranslation.translate(new CaseNotFound(id)))
                .isEqualTo(new ApiError(ErrorCode.NOT_FOUND, "Case " + id + " does not exist or is not open to you"));
        assertThat(ErrorTranslation.translate(new AccessRefused("Only an admin may assign a case")).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(ErrorTranslation.translate(new StaleCase(id, 1, 2)).code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(ErrorTranslation.translate(new InvalidCommand("the FIR number is required")).code())
                .isEqualTo(ErrorCode.BAD_INPUT);
        assertThat(ErrorTranslation.translate(new BadInput("ID_FORMAT", "'x' is not a case id")).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void rules_are_named() {
        ApiError violated = ErrorTranslation.translate(new InvariantViolation(Rule.LAW_IN_FORCE, "not yet the law"));
        assertThat(violated.code()).isEqualTo(ErrorCode.INVARIANT_VIOLATED);
        assertThat(violated.extensions()).isEqualTo(Map.of("code", "INVARIANT_VIOLATED", "rule", "LAW_IN_FORCE"));
        ApiError format = ErrorTranslation.translate(new InvalidValueException("CNIC_FORMAT", "a CNIC reads 12345-1234567-1"));
        assertThat(format.extensions()).isEqualTo(Map.of("code", "BAD_INPUT", "rule", "CNIC_FORMAT"));
        ApiError unread = ErrorTranslation.translate(new BadInput("ID_FORMAT", "'x' is not a case id"));
        assertThat(unread).isEqualTo(new ApiError(ErrorCode.BAD_INPUT, "'x' is not a case id", java.util.Optional.of("ID_FORMAT")));
        assertThat(unread.extensions()).isEqualTo(Map.of("code", "BAD_INPUT", "rule", "ID_FORMAT"));
    }

    @Test
    void wrapped_refusals_are_unwrapped() {
        assertThat(ErrorTranslation.translate(new CompletionException(new AccessRefused("no"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void anything_else_is_internal_and_tells_nothing_of_the_server() {
        ApiError internal = ErrorTranslation.translate(new IllegalStateException("SELECT * FROM victim_identity failed"));
        assertThat(internal.code()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(internal.message()).startsWith("Something went wrong on the server")
                .doesNotContain("SELECT").doesNotContain("Exception");
        assertThat(internal.rule()).isEmpty();
    }

    @Test
    void a_graphql_error_is_rewritten_to_message_path_and_code_only() {
        var fetching = new ExceptionWhileDataFetching(ResultPath.parse("/assignCase"),
                new AccessRefused("Only an admin may assign a case"), new SourceLocation(1, 12));
        GraphQLError rewritten = ErrorTranslatingInstrumentation.translate(fetching);
        assertThat(rewritten.getMessage()).isEqualTo("Only an admin may assign a case");
        assertThat(rewritten.getPath()).isEqualTo(List.of("assignCase"));
        assertThat(rewritten.getExtensions()).isEqualTo(Map.of("code", "FORBIDDEN"));
        assertThat(rewritten.toSpecification().toString()).doesNotContain("AccessRefused");
    }

    @Test
    void a_message_with_a_percent_sign_is_kept_as_it_is() {
        var fetching = new ExceptionWhileDataFetching(ResultPath.rootPath(), new InvalidCommand("100% of %s"), null);
        assertThat(ErrorTranslatingInstrumentation.translate(fetching).getMessage()).isEqualTo("100% of %s");
    }
}
