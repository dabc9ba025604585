package org.insaf.bootstrap;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Tells whoever started the embedded default where the API is and how to get a token. */
@ApplicationScoped
class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
                 @ConfigProperty(name = "insaf.embedded.token-url") Optional<String> tokenUrl,
                 @ConfigProperty(name = "insaf.embedded.data-dir") Optional<String> dataDir) {
        if (tokenUrl.isEmpty()) {
            return;
        }
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        LOG.infof("""

                Insaf is running on the embedded default (data in %s), for this machine only.
                Its users are DEMO USERS whose passwords are published in the README: never put real cases here.
                  GraphQL endpoint: %s/graphql (schema: docs/schema.graphql)
                  Health:           %s/q/health
                  Get a token (demo users: investigator, prosecutor, judge, analyst, admin, auditor; password <user>-dev-password):
                    curl -s -d grant_type=password -d client_id=insaf-api -d client_secret=insaf-api-dev-secret-not-for-production \\
                         -d username=prosecutor -d password=prosecutor-dev-password %s
                """, dataDir.orElse("?"), base, base, tokenUrl.get());
    }
}
