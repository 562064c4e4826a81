package org.contactcenter.routing.prompts.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.flows.boundary.ContactFlows;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.prompts.entity.Prompt;

/** Prompts; deletion is refused while a flow's draft or published version names the prompt. */
@Stateless
@LocalBean
public class Prompts extends ConfigurationStore<Prompt, PromptData> {
    @EJB
    ContactFlows flows;

    public Prompts() {
        super("Prompt", Prompt.class, Prompt.ALL);
    }

    @Override
    protected PromptData toData(Prompt p) {
        return new PromptData(p.id(), p.name(), p.description(), p.text(), p.audio());
    }

    @Override
    protected Prompt newEntity(PromptData data) {
        check(data);
        requireUnique(Prompt.BY_NAME, "name", data.name, null);
        return new Prompt(data.name, data.description, blankToNull(data.text), blankToNull(data.audio));
    }

    @Override
    protected void apply(Prompt prompt, PromptData data) {
        check(data);
        requireUnique(Prompt.BY_NAME, "name", data.name, prompt);
        prompt.change(data.name, data.description, blankToNull(data.text), blankToNull(data.audio));
    }

    private void check(PromptData data) {
        Violations v = validate(data);
        v.check(blankToNull(data.text) != null || blankToNull(data.audio) != null, "text", "a prompt needs a text or an audio file");
        v.throwIfAny();
    }

    @Override
    protected List<String> referencesTo(Prompt prompt) {
        return flows.flowsMentioning(prompt.id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
