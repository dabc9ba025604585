package org.insaf.adapters.export.ctdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.export.VictimExport;
import org.insaf.application.port.in.DeidentifiedVictimExport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /export/ctdc/victims.csv} and {@code .json}: the de-identified victims of the cases
 * registered from {@code from} to {@code to} (years; {@code to} defaults to {@code from}), with
 * an optional {@code k}. Analysts and admins only (the application decides; the role gate here only
 * answers early). A bad parameter is 400, a refusal 403, no or a bad token 401.
 */
@Path("/export/ctdc")
@RolesAllowed({"analyst", "admin"})
public class CtdcExportResource {

    /** The export's k and the rows it held back, for the CSV whose body is only data. */
    public static final String K_HEADER = "Insaf-K";
    public static final String SUPPRESSED_HEADER = "Insaf-Suppressed-Rows";

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    DeidentifiedVictimExport export;

    @Inject
    SecurityIdentity caller;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/victims.csv")
    @Produces(CSV)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("k") String k) {
        VictimExport result = run(from, to, k);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CtdcCsv.write(result, writer);
            writer.flush();
        };
        return respond(Response.ok(body, CSV), result, "csv");
    }

    @GET
    @Path("/victims.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("k") String k) {
        VictimExport result = run(from, to, k);
        StreamingOutput body = out -> new CtdcJson(mapper.getFactory()).write(result, out);
        return respond(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), result, "json");
    }

    private VictimExport run(String from, String to, String k) {
        int fromYear = number(from, "from").orElseThrow(() -> new InvalidCommand("from (a year) is required"));
        int toYear = number(to, "to").orElse(fromYear);
        return export.export(new DeidentifiedVictimExport.Request(actor(), fromYear, toYear, number(k, "k")));
    }

    private static Response respond(Response.ResponseBuilder ok, VictimExport result, String extension) {
        return ok.header(K_HEADER, result.k())
                .header(SUPPRESSED_HEADER, result.suppressed())
                .header("Content-Disposition", "attachment; filename=\"ctdc-victims-%d-%d.%s\""
                        .formatted(result.fromYear(), result.toYear(), extension))
                .build();
    }

    private static Optional<Integer> number(String value, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidCommand(name + " must be a whole number, not '" + value + "'");
        }
    }

    /**
     * The caller as the application knows them: the token's subject (the principal's name, see
     * quarkus.oidc.token.principal-claim) and the realm roles Insaf has. The export needs no office.
     */
    private Actor actor() {
        return new Actor(caller.getPrincipal().getName(), Role.granted(caller.getRoles()), Optional.empty());
    }

    @ServerExceptionMapper
    Response badInput(InvalidCommand e) {
        return error(Response.Status.BAD_REQUEST, "BAD_INPUT", e.getMessage());
    }

    @ServerExceptionMapper
    Response refused(AccessRefused e) {
        return error(Response.Status.FORBIDDEN, "FORBIDDEN", e.getMessage());
    }

    private static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", code, "message", message)).build();
    }
}
