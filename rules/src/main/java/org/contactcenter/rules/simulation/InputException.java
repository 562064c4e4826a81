package org.contactcenter.rules.simulation;

/** Input the simulator cannot use: names the file (or "records"/"config") and the line or member that is wrong. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
