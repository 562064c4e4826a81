package org.contactcenter.routing.platform;

import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;

/**
 * The part every configuration boundary shares: validation of the whole request before any write, lookups that
 * answer 404, unique names, and deletes refused while something still refers to the resource. Subclasses are
 * stateless EJBs, so each call is one transaction and an exception rolls all of it back.
 *
 * @param <E> the entity
 * @param <D> its JSON representation
 */
public abstract class ConfigurationStore<E, D extends HasId> implements Crud<D> {
    @PersistenceContext
    protected EntityManager em;
    @Inject
    protected Validator validator;
    @Inject
    Event<ConfigurationChanged> changed;

    private final String resourceName;
    private final Class<E> entityType;
    private final String allQuery;

    /**
     * @param resourceName the resource's name in messages and events, e.g. "Queue"
     * @param entityType the entity class
     * @param allQuery the named query listing every entity, in the API's order
     */
    protected ConfigurationStore(String resourceName, Class<E> entityType, String allQuery) {
        this.resourceName = resourceName;
        this.entityType = entityType;
        this.allQuery = allQuery;
    }

    protected String resourceName() {
        return resourceName;
    }

    protected Class<E> entityType() {
        return entityType;
    }

    protected List<E> all() {
        return em.createNamedQuery(allQuery, entityType).getResultList();
    }

    protected abstract D toData(E entity);

    /** Builds a new entity from a request, or throws {@link InvalidInput} listing every problem. */
    protected abstract E newEntity(D data);

    /** Applies a whole-resource update, or throws {@link InvalidInput} listing every problem. */
    protected abstract void apply(E entity, D data);

    /** Names of what still refers to the entity (e.g. "routing profile Sales"); non-empty refuses deletion. */
    protected abstract List<String> referencesTo(E entity);

    /** Hook run before removal, after the reference check (e.g. dependent agent queue). */
    protected void beforeDelete(E entity) {
    }

    @Override
    public List<D> list() {
        return all().stream().map(this::toData).toList();
    }

    @Override
    public D get(String id) {
        return toData(find(id));
    }

    @Override
    public D create(D data) {
        E entity = newEntity(data);
        em.persist(entity);
        flush();
        D created = toData(entity);
        changed.fire(new ConfigurationChanged(entityType, created.id()));
        return created;
    }

    @Override
    public D update(String id, D data) {
        E entity = find(id);
        apply(entity, data);
        flush();
        changed.fire(new ConfigurationChanged(entityType, id));
        return toData(entity);
    }

    @Override
    public void delete(String id) {
        E entity = find(id);
        List<String> references = referencesTo(entity);
        if (!references.isEmpty()) {
            throw Conflict.stillReferenced(resourceName() + " " + id, references);
        }
        beforeDelete(entity);
        em.remove(entity);
        flush();
        changed.fire(new ConfigurationChanged(entityType, id));
    }

    /** Announces a change made outside create/update/delete (e.g. publishing a flow). */
    protected void fireChanged(String id) {
        changed.fire(new ConfigurationChanged(entityType, id));
    }

    public E find(String id) {
        E entity = id == null ? null : em.find(entityType(), id);
        if (entity == null) {
            throw new NotFound(resourceName(), id);
        }
        return entity;
    }

    /** Bean Validation of the request; further checks are added to the returned collector. */
    protected Violations validate(D data) {
        return Violations.validate(validator, data);
    }

    /** Resolves a reference by id, recording a violation for {@code field} when it names nothing. */
    protected <T> T reference(Class<T> type, String id, String field, Violations violations) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            violations.add(field, "unknown id " + id);
        }
        return found;
    }

    /** Throws a 409 naming {@code field} when another entity already has this name. */
    protected void requireUnique(String namedQuery, String field, String name, E self) {
        List<E> same = em.createNamedQuery(namedQuery, entityType()).setParameter("name", name).getResultList();
        if (same.stream().anyMatch(other -> other != self)) {
            throw Conflict.duplicate(field, name);
        }
    }

    protected void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(null, resourceName() + " was changed by someone else meanwhile; read it again and retry", List.of());
        } catch (PersistenceException e) {
            throw new Conflict(null, resourceName() + " conflicts with the stored configuration (a unique value is taken)", List.of());
        }
    }
}
