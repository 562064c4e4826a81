package org.contactcenter.routing.prompts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/** A prompt: a text and/or an audio file (at least one). */
@Entity
@Table(name = "cc_prompt")
@NamedQuery(name = Prompt.ALL, query = "select p from Prompt p order by p.name")
@NamedQuery(name = Prompt.BY_NAME, query = "select p from Prompt p where p.name = :name")
public class Prompt extends NamedEntity {
    public static final String ALL = "Prompt.all";
    public static final String BY_NAME = "Prompt.byName";

    @Column(name = "prompt_text", length = 2000)
    private String text;
    @Column(length = 255)
    private String audio;

    protected Prompt() {
    }

    public Prompt(String name, String description, String text, String audio) {
        super(true);
        change(name, description, text, audio);
    }

    public final void change(String name, String description, String text, String audio) {
        if (name == null || (text == null && audio == null)) {
            throw new IllegalArgumentException("a prompt needs a name and a text or an audio file");
        }
        named(name, description);
        this.text = text;
        this.audio = audio;
    }

    public String text() {
        return text;
    }

    public String audio() {
        return audio;
    }
}
