package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.router.RoutingException;

/**
 * What routing does without an agent or a customer asking: its timers fall due (a queue delay, after-contact work's
 * end, a reconnect grace) and the configuration changes (a routing profile, a user). Decisions of the
 * {@link RoutingEngine}.
 */
final class RoutingUpkeep {
    private static final Logger LOG = Logger.getLogger(RoutingUpkeep.class.getName());
    private final RoutingEngine engine;
    private final ContactHandling handling;

    RoutingUpkeep(RoutingEngine engine, ContactHandling handling) {
        this.engine = engine;
        this.handling = handling;
    }

    /** A routing timer fell due (queue delay, after-contact work, reconnect grace). */
    void timerFired(RoutingTimer info) {
        try {
            switch (info.kind()) {
                case DELAY -> engine.decide(d -> {
                    Contact contact = engine.live.contact(info.contactId());
                    if (contact != null && contact.state() == ContactState.WAITING) {
                        engine.live.apply(engine.live.router.delayElapsed(info.contactId(), engine.clock.instant()), d, contact.id(), engine.clock.instant());
                    }
                    return null;
                });
                case ACW -> engine.decide(d -> {
                    Contact contact = engine.live.contact(info.contactId());
                    if (contact != null && contact.state() == ContactState.AFTER_CONTACT_WORK && info.agentId().equals(contact.agentId())) {
                        handling.close(contact, engine.live.router.afterContactWorkDone(info.contactId(), info.agentId(), engine.clock.instant()), d);
                    }
                    return null;
                });
                case RECONNECT -> {
                    if (engine.live.stillAway(info.agentId())) {
                        LOG.info(() -> "Agent " + info.agentId() + " did not reconnect within " + engine.reconnectGraceSeconds + " s: Offline");
                        engine.setStatus(info.agentId(), AgentStatus.OFFLINE);
                    }
                }
            }
        } catch (RoutingException | NotFound e) {
            LOG.log(Level.FINE, "Routing timer " + info + " found nothing to do", e);
        }
    }

    /** A routing profile, a user, a queue or a status changed: caches are dropped, the router follows. */
    void configurationChanged(ConfigurationChanged change) {
        engine.directory.clear();
        if (change.type() == org.contactcenter.routing.profiles.entity.RoutingProfile.class) {
            engine.store.profile(change.id()).ifPresent(profile -> engine.decide(d -> {
                engine.live.apply(engine.live.router.configure(profile, engine.clock.instant()), d, null, engine.clock.instant());
                return null;
            }));
        } else if (change.type() == org.contactcenter.routing.users.entity.User.class) {
            AgentInfo agent = engine.agentInfo(change.id());
            engine.decide(d -> {
                engine.live.know(change.id(), agent);
                if (agent == null) {
                    try {
                        engine.live.router.removeAgent(change.id());
                    } catch (RoutingException stillHolds) {
                        LOG.warning("User " + change.id() + " is no agent any more but still holds contacts: " + stillHolds.getMessage());
                    }
                } else if (engine.live.hasStatus(agent.id())) {
                    Instant at = engine.clock.instant();
                    engine.live.apply(engine.live.router.agentReachable(agent.id(), agent.profileId(), agent.agentQueueId(), agent.proficiencies(), engine.live.routable(agent.id()), at), d, null, at);
                    d.announce(agent.id());
                }
                return null;
            });
        }
    }
}
