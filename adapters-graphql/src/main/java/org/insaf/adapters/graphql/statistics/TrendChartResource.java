package org.insaf.adapters.graphql.statistics;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.shared.InvalidValueException;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code GET /statistics/trend.svg?from=2015&to=2018&statute=PACHTO-3}: the trend chart as an SVG
 * document a browser shows as it is (the same chart as {@code statisticsTrend { chartSvg }}).
 * Answers 401 without a valid token, 403 to anyone but analysts and admins, 400 with the reason
 * in plain text for a missing or impossible year or an unknown statute.
 */
@Path("/statistics")
@Authenticated
public class TrendChartResource {

    static final String SVG = "image/svg+xml";

    @Inject
    FiguresReader reader;

    @Inject
    CallerActor caller;

    @GET
    @Path("/trend.svg")
    public Response trend(@RestQuery String from, @RestQuery String to, @RestQuery String statute) {
        int first = year("from", from);
        int last = year("to", to);
        FiguresTypes.FiguresTrendType trend = reader.trend(caller.actor(), first, last);
        return Response.ok(reader.chart(caller.actor(), trend, statute), SVG + ";charset=UTF-8")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static int year(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInput("REQUIRED", "the query parameter " + name + " (a year, e.g. 2017) is required");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInput("YEAR_FORMAT", name + " must be a year, e.g. 2017, not " + BadInput.quote(value));
        }
    }

    @ServerExceptionMapper
    Response refused(AccessRefused refused) {
        return text(Response.Status.FORBIDDEN, refused.getMessage());
    }

    @ServerExceptionMapper({InvalidCommand.class, InvalidValueException.class})
    Response badInput(RuntimeException bad) {
        return text(Response.Status.BAD_REQUEST, bad.getMessage());
    }

    private static Response text(Response.Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message + "\n").build();
    }
}
