package org.insaf.bootstrap.observability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.logging.Logger;

/**
 * Tests only: writes one log line while a request runs, so a test can see which trace id the line
 * carries. The word it logs is the test's own marker, never data.
 */
@Path("/test-support/log-probe")
public class LogProbeResource {

    private static final Logger LOG = Logger.getLogger(LogProbeResource.class);

    @GET
    public String probe(@QueryParam("marker") String marker) {
        LOG.infof("log probe %s", marker == null ? "" : marker.replaceAll("[^A-Za-z0-9-]", ""));
        return "logged";
    }
}
