package org.insaf.adapters.graphql.desk;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.ReadCauseListQuery;
import org.insaf.domain.shared.InvalidValueException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * {@code GET /cause-list/{court}/{date}}: the cause list as an HTML page to print or post, with the
 * same access rules as {@code causeList} (401 without a valid token, 403 for analysts and
 * auditors), 400 naming the rule for a date that is not a real day or a court no case names. No
 * victim appears on it, not even by pseudonym.
 */
@Path("/cause-list")
@Authenticated
public class CauseListResource {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Inject
    ReadCauseListQuery causeLists;

    @Inject
    CallerActor caller;

    @GET
    @Path("/{court}/{date}")
    public Response causeList(@PathParam("court") String court, @PathParam("date") String date) {
        CauseList list = causeLists.readCauseList(new ReadCauseListQuery.Query(caller.actor(), court, day(date)));
        return Response.ok(CauseListPage.html(list), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static LocalDate day(String value) {
        if (value != null && DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADay) {
                // refused below, as any other spelling
            }
        }
        throw new BadInput("DATE_FORMAT", "the date must be a real day written YYYY-MM-DD, not " + BadInput.quote(value));
    }

    @ServerExceptionMapper
    Response refused(AccessRefused refused) {
        return text(Response.Status.FORBIDDEN, "FORBIDDEN: " + refused.getMessage());
    }

    @ServerExceptionMapper
    Response badValue(InvalidValueException bad) {
        return text(Response.Status.BAD_REQUEST, bad.rule() + ": " + bad.getMessage());
    }

    @ServerExceptionMapper
    Response badInput(InvalidCommand bad) {
        return text(Response.Status.BAD_REQUEST, "BAD_INPUT: " + bad.getMessage());
    }

    private static Response text(Response.Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message + "\n").build();
    }
}
