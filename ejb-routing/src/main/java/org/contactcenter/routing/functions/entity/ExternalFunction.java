package org.contactcenter.routing.functions.entity;

import java.net.URI;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/** A named HTTP(S) endpoint called with a JSON event, answering a JSON object, within {@code timeoutMillis}. */
@Entity
@Table(name = "cc_external_function")
@NamedQuery(name = ExternalFunction.ALL, query = "select f from ExternalFunction f order by f.name")
@NamedQuery(name = ExternalFunction.BY_NAME, query = "select f from ExternalFunction f where f.name = :name")
public class ExternalFunction extends NamedEntity {
    public static final String ALL = "ExternalFunction.all";
    public static final String BY_NAME = "ExternalFunction.byName";
    public static final int MAX_TIMEOUT_MILLIS = 8000;

    @Column(nullable = false, length = 2048)
    private String url;
    @Column(name = "timeout_millis", nullable = false)
    private int timeoutMillis;
    /** the Authorization header's value the function is called with; never shown */
    @Column(name = "authorization_header", length = 2048)
    private String authorization;

    protected ExternalFunction() {
    }

    public ExternalFunction(String name, String description, URI url, int timeoutMillis) {
        super(true);
        change(name, description, url, timeoutMillis);
    }

    public final void change(String name, String description, URI url, int timeoutMillis) {
        if (name == null || url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                || timeoutMillis < 1 || timeoutMillis > MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("a function needs a name, an http(s) URL and a timeout of 1-8000 ms");
        }
        named(name, description);
        this.url = url.toString();
        this.timeoutMillis = timeoutMillis;
    }

    public URI url() {
        return URI.create(url);
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    /** {@code null} keeps the current value, blank removes it. */
    public void authorization(String value) {
        if (value != null) {
            this.authorization = value.isBlank() ? null : value;
        }
    }

    public java.util.Optional<String> authorization() {
        return java.util.Optional.ofNullable(authorization);
    }
}
