package org.insaf.bootstrap.http;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.insaf.adapters.graphql.error.DatabaseUnavailable;
import org.insaf.adapters.graphql.error.UnavailableStatus;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.UUID;

/**
 * The HTTP endpoints beside GraphQL (the CTDC export, the trend chart) answer a database that is
 * down or frozen as GraphQL does: HTTP 503 with Retry-After and the code UNAVAILABLE, so a load
 * balancer and a client see the service's fault, not a 500. Any other database failure stays a 500.
 * No exception message is answered; an unexpected failure is logged (the driver logs no values).
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    @ServerExceptionMapper({PersistenceException.class, SQLException.class})
    public Response databaseFailed(Exception failure) {
        if (DatabaseUnavailable.explains(failure)) {
            LOG.warnf("Answered 503: the database did not answer (%s)", failure.getClass().getName());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", UnavailableStatus.RETRY_AFTER_SECONDS)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("UNAVAILABLE: the case database is not answering at the moment; try again in a few seconds")
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Database failure answered as HTTP 500, reference %s", reference);
        return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE)
                .entity("INTERNAL: something went wrong on the server; quote reference " + reference).build();
    }
}
