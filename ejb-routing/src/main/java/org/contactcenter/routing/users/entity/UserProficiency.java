package org.contactcenter.routing.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.contactcenter.rules.model.Proficiency;

/** One of an agent's proficiencies as stored: a predefined attribute's value and a level 1–5. */
@Embeddable
public class UserProficiency {
    @Column(name = "name", nullable = false, length = 64)
    private String name;
    @Column(name = "proficiency_value", nullable = false, length = 64)
    private String value;
    @Column(name = "proficiency_level", nullable = false)
    private int level;

    protected UserProficiency() {
    }

    public UserProficiency(Proficiency p) {
        this.name = p.name();
        this.value = p.value();
        this.level = p.level();
    }

    public Proficiency model() {
        return new Proficiency(name, value, level);
    }
}
