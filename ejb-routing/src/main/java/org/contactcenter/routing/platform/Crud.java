package org.contactcenter.routing.platform;

import java.util.List;

/**
 * What every configuration boundary offers, in its own JSON representation {@code D}: list, read, create, update
 * (the whole resource), delete. Bad input throws {@link InvalidInput}, an unknown id {@link NotFound}, a duplicate
 * name or a reference still in use {@link Conflict}; each rolls back the whole change.
 */
public interface Crud<D extends HasId> {
    List<D> list();

    D get(String id);

    D create(D data);

    D update(String id, D data);

    void delete(String id);
}
