package org.insaf.adapters.graphql.error;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.jboss.logging.Logger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where refusals of the application and the domain become API errors. Whatever is
 * not known here is a fault of the server: the client gets a generic message with a reference,
 * the log gets the exception under the same reference.
 */
public final class ErrorTranslation {

    private static final Logger LOG = Logger.getLogger(ErrorTranslation.class);

    private ErrorTranslation() {
    }

    public static ApiError translate(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof CaseNotFound) {
            return new ApiError(ErrorCode.NOT_FOUND, t.getMessage());
        }
        if (t instanceof AccessRefused) {
            return new ApiError(ErrorCode.FORBIDDEN, t.getMessage());
        }
        if (t instanceof Conflict) {
            return new ApiError(ErrorCode.CONFLICT, t.getMessage());
        }
        if (t instanceof InvariantViolation violation) {
            return new ApiError(ErrorCode.INVARIANT_VIOLATED, t.getMessage(), Optional.of(violation.rule().name()));
        }
        if (t instanceof InvalidValueException invalid) {
            return new ApiError(ErrorCode.BAD_INPUT, t.getMessage(), Optional.of(invalid.rule()));
        }
        if (t instanceof InvalidCommand) {
            return new ApiError(ErrorCode.BAD_INPUT, t.getMessage());
        }
        if (t instanceof ForbiddenException) {
            return new ApiError(ErrorCode.FORBIDDEN, "You may not do this");
        }
        if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
            return new ApiError(ErrorCode.UNAUTHENTICATED, "Sign in to use Insaf");
        }
        if (DatabaseUnavailable.explains(t)) {
            // No exception message here: a driver's message may quote the statement it was running.
            LOG.warnf("Answered UNAVAILABLE: the database did not answer (%s)", t.getClass().getName());
            UnavailableStatus.raise();
            return new ApiError(ErrorCode.UNAVAILABLE,
                    "The case database is not answering at the moment. Try again in a few seconds: a change sent now is saved whole or not at all");
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(t, "Unexpected error answered to a GraphQL client as reference %s", reference);
        return new ApiError(ErrorCode.INTERNAL,
                "Something went wrong on the server. Quote reference " + reference
                        + " to the administrators");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
