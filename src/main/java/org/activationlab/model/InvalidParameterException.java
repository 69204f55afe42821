package org.activationlab.model;

/** A parameter name or value that an activation does not accept; the message is meant for the user. */
public class InvalidParameterException extends IllegalArgumentException {
    public InvalidParameterException(String message) {
        super(message);
    }
}
