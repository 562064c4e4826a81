package org.contactcenter.web.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method open to callers without credentials (e.g. the demo CRM, called like an external function).
 * Used instead of {@code @PermitAll}, which makes Payara's HTTP Basic mechanism challenge anonymous callers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anonymous {
}
