package org.contactcenter.web.platform;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address, as the per-address limits (chat starts, sign-in back-off) count it: the connection's, or —
 * behind a reverse proxy the operator runs — the last entry of the header {@code cc.http.client-address-header}
 * names (e.g. X-Forwarded-For: the proxy appends the address it saw last).
 */
@ApplicationScoped
public class ClientAddresses {
    @Inject
    @ConfigProperty(name = "cc.http.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        String forwarded = header.map(request::getHeader).orElse(null);
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddr();
    }
}
