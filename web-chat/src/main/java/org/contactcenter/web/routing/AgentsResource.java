package org.contactcenter.web.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.engine.boundary.AgentStateData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.queues.boundary.QueueData;
import org.contactcenter.routing.queues.boundary.Queues;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.routing.quickconnects.boundary.QuickConnectData;
import org.contactcenter.routing.quickconnects.boundary.QuickConnects;
import org.contactcenter.routing.statuses.boundary.AgentStatusData;
import org.contactcenter.routing.statuses.boundary.AgentStatuses;
import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agents at work: {@code /api/v1/agents/{userId}} — or {@code me} for the signed-in agent. Agents see and change
 * only themselves; supervisors and admins anyone.
 */
@Path("agents/{userId}")
@RequestScoped
@Tag(name = "Routing")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {
    @Inject
    RoutingEngine engine;
    @Inject
    Users users;
    @Inject
    AgentStatuses statuses;
    @Inject
    Queues queues;
    @Inject
    QuickConnects quickConnects;
    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getAgentState", summary = "An agent's status, activity, slots and contacts")
    public AgentStateData getAgentState(@PathParam("userId") String userId) {
        return engine.agentState(resolve(userId));
    }

    @PUT
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "setAgentStatus", summary = "Change an agent's status (Available, Offline or a custom status)")
    public AgentStateData setAgentStatus(@PathParam("userId") String userId, StatusChange change) {
        if (change == null || change.status == null || change.status.isBlank()) {
            throw InvalidInput.of("status", "must not be blank");
        }
        return engine.setStatus(resolve(userId), change.status);
    }

    /**
     * What the workspace offers an agent to choose from: the enabled agent statuses in display order, the standard
     * queues and the quick connects (transfer targets and dial-out shortcuts) — names and ids only.
     */
    @GET
    @Path("directory")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getAgentDirectory", summary = "Statuses, queues and quick connects an agent may choose in the workspace")
    public jakarta.json.JsonObject directory(@PathParam("userId") String userId) {
        resolve(userId);
        var json = org.contactcenter.routing.platform.JsonP.JSON;
        var statusList = json.createArrayBuilder();
        statuses.list().stream().filter(st -> st.state == AgentStatusState.ENABLED)
                .sorted(java.util.Comparator.comparing((AgentStatusData st) -> st.displayOrder == null ? Integer.MAX_VALUE : st.displayOrder))
                .forEach(st -> statusList.add(json.createObjectBuilder().add("name", st.name).add("type", st.type.name())));
        var queueList = json.createArrayBuilder();
        queues.list().stream().filter(q -> q.type == QueueType.STANDARD).sorted(java.util.Comparator.comparing((QueueData q) -> q.name))
                .forEach(q -> queueList.add(json.createObjectBuilder().add("id", q.id).add("name", q.name)));
        var quickList = json.createArrayBuilder();
        quickConnects.list().stream().sorted(java.util.Comparator.comparing((QuickConnectData q) -> q.name)).forEach(q -> {
            var item = json.createObjectBuilder().add("id", q.id).add("name", q.name).add("type", q.type.name());
            if (q.phoneNumber != null) {
                item.add("phoneNumber", q.phoneNumber);
            }
            quickList.add(item);
        });
        return json.createObjectBuilder().add("statuses", statusList).add("queues", queueList).add("quickConnects", quickList).build();
    }

    /** "me" is the caller; an agent who is neither supervisor nor admin may only name itself. */
    private String resolve(String userId) {
        String caller = users.byUsername(security.getUserPrincipal().getName()).map(u -> u.id()).orElse(null);
        String target = "me".equals(userId) ? caller : userId;
        boolean manager = security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.SUPERVISOR);
        if (!manager && (target == null || !target.equals(caller))) {
            throw new jakarta.ws.rs.ForbiddenException("agents see and change only themselves");
        }
        return target;
    }
}
