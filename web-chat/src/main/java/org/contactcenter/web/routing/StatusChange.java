package org.contactcenter.web.routing;

import jakarta.validation.constraints.NotBlank;

/** {@code {"status": "Available"}}: the name of an agent status (Available, Offline or an enabled custom one). */
public class StatusChange {
    @NotBlank
    public String status;
}
