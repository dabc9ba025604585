package org.insaf.adapters.graphql.error;

/** The values of {@code extensions.code} on every GraphQL error Insaf answers with. */
public enum ErrorCode {
    /** No such case, or one hidden from the caller: the same answer for both. */
    NOT_FOUND,
    /** The caller may see the thing but may not do this to it. */
    FORBIDDEN,
    /** No valid caller identity. */
    UNAUTHENTICATED,
    /** The request itself is malformed: a missing or impossible value, a bad id, date or cursor, a query too big. */
    BAD_INPUT,
    /** A rule of law refused the change; {@code extensions.rule} names it. */
    INVARIANT_VIOLATED,
    /** The case changed meanwhile, or the record already exists. */
    CONFLICT,
    /** The database could not be reached or did not answer in time: try again shortly (HTTP 503). */
    UNAVAILABLE,
    /** More requests at once than the service admits: refused before any work, try again shortly (HTTP 503, Retry-After). */
    OVERLOADED,
    /** Anything unexpected: a generic message to the client, the details in the server log. */
    INTERNAL
}
