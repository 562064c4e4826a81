package org.contactcenter.rules.kbase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactPriorityRequest;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Loads the built-in rule bases (META-INF/kmodule.xml of this jar), fails loudly when one does not compile, and
 * answers the decisions the rest of the center asks for. Thread-safe: one instance per application.
 */
public final class RuleBases {
    public static final String ROUTING = "routing";

    private final Map<String, KieBase> bases = new ConcurrentHashMap<>();
    private final Map<String, RuleBaseStatus> status = new ConcurrentHashMap<>();

    private RuleBases() {
    }

    /** Builds every kbase of the built-in kmodule, or throws {@link RuleBaseException} naming file and line. */
    public static RuleBases loadBuiltIn(Clock clock) {
        KieServices services = KieServices.get();
        KieContainer container = services.newKieClasspathContainer(RuleBases.class.getClassLoader());
        Results results = container.verify();
        List<String> errors = results.getMessages(Message.Level.ERROR).stream().map(RuleBases::describe).toList();
        if (!errors.isEmpty()) {
            throw new RuleBaseException(errors);
        }
        RuleBases ruleBases = new RuleBases();
        for (String name : container.getKieBaseNames()) {
            KieBase base = container.getKieBase(name);
            ruleBases.bases.put(name, base);
            ruleBases.status.put(name, new RuleBaseStatus(name, "built-in", clock.instant(), ruleNames(base.getKiePackages())));
        }
        return ruleBases;
    }

    static String describe(Message message) {
        String file = message.getPath() == null ? "?" : message.getPath();
        return file + ":" + message.getLine() + ": " + message.getText();
    }

    private static List<String> ruleNames(Collection<KiePackage> packages) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : packages) {
            for (Rule rule : p.getRules()) {
                names.add(p.getName() + "." + rule.getName());
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public List<RuleBaseStatus> status() {
        return status.values().stream().sorted(Comparator.comparing(RuleBaseStatus::name)).toList();
    }

    /** The routing priority (1–99, lower first) the routing rules give a new contact with these attributes. */
    public int contactPriority(Channel channel, Map<String, String> attributes) {
        ContactPriorityRequest request = new ContactPriorityRequest(channel, attributes);
        bases.get(ROUTING).newStatelessKieSession().execute(request);
        return request.getPriority() == null ? ContactPriorityRequest.DEFAULT_PRIORITY : request.getPriority();
    }
}
