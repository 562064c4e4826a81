package org.contactcenter.routing.rulebase.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.contactcenter.rules.kbase.RuleBaseStatus;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;

/** Owns the compiled rule bases; built once at start-up, so a broken built-in rule file fails the deployment. */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RuleEngine {
    @Inject
    Clock clock;
    private volatile RuleBases ruleBases;

    @PostConstruct
    void load() {
        ruleBases = RuleBases.loadBuiltIn(clock);
    }

    public List<RuleBaseStatus> status() {
        return ruleBases.status();
    }

    /** The routing priority the rules give a new contact (see rules/…/routing). */
    public int contactPriority(Channel channel, Map<String, String> attributes) {
        return ruleBases.contactPriority(channel, attributes);
    }
}
