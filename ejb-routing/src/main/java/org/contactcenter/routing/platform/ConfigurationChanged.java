package org.contactcenter.routing.platform;

/** CDI event: a configuration resource was created, changed or deleted (fired inside the changing transaction). */
public record ConfigurationChanged(String resource, String id) {
}
