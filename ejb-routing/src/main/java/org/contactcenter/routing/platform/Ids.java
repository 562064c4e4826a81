package org.contactcenter.routing.platform;

import java.util.UUID;

/** Resource ids: random UUIDs, assigned when an entity is created (cluster-safe, no sequences). */
public final class Ids {
    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
