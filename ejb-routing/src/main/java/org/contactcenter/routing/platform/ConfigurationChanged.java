package org.contactcenter.routing.platform;

/**
 * CDI event: a configuration entity ({@code type}, e.g. RoutingProfile.class) was created, changed or deleted.
 * Fired inside the changing transaction; observers that act on it use {@code during = AFTER_SUCCESS}.
 */
public record ConfigurationChanged(Class<?> type, String id) {
}
