package org.insaf.adapters.graphql.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Whether a failure means the database could not be reached or did not answer in time (down,
 * frozen, overloaded), rather than a fault of the request or of the code: the client is told to
 * come back ({@code UNAVAILABLE}, HTTP 503). Recognised through the JDK's SQL exceptions only, so
 * this adapter stays independent of the persistence adapter's libraries.
 */
public final class DatabaseUnavailable {

    /**
     * The connection pool's (Agroal's) words when no connection came within the acquisition timeout,
     * matched whatever their case ("Acquisition timeout while waiting for new connection").
     */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    public static boolean explains(Throwable failure) {
        return explains(failure, 0);
    }

    // A commit that fails (a read whose one statement passed, then the database went) carries the
    // driver's exception as a suppressed one of the transaction manager's, not as its cause.
    private static boolean explains(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (explains(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    || (sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes: 08 connection exception; 57014 statement cancelled (the statement timeout);
     * 57P01-57P03 the server shutting down or starting; 53300 too many connections; 55P03 a lock not
     * had within the lock timeout.
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57014") || state.startsWith("57P")
                || state.equals("53300") || state.equals("55P03"));
    }
}
