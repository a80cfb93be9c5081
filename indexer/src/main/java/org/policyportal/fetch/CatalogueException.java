package org.policyportal.fetch;

/** Thrown when the source catalogue cannot be read or is malformed; the message names file and line. */
public final class CatalogueException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
