package org.insaf.bootstrap;

/** What a command of the jar (not the service) needs: no one signs in, and its HTTP server meets no running service. */
public final class CommandMode {

    private CommandMode() {
    }

    public static void configure() {
        System.setProperty("quarkus.oidc.tenant-enabled", "false");
        System.setProperty("quarkus.http.host", "127.0.0.1");
        System.setProperty("quarkus.http.port", "0");
    }
}
