package org.contactcenter.web.demo;

import static org.contactcenter.routing.platform.JsonP.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.contactcenter.routing.demo.DemoCustomers;
import org.contactcenter.web.platform.Anonymous;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The demo customer-lookup service, an external function as a CRM would offer it: receives the function event and
 * answers name, company, title, membership level and last order for the caller's number ({@code found=false}
 * for an unknown one). Open to callers without credentials, like a function endpoint; 404 when the demo is off.
 */
@Path("demo/customer-lookup")
@RequestScoped
@Tag(name = "Demo")
public class CustomerLookupResource {
    @Inject
    @ConfigProperty(name = "cc.demo.enabled", defaultValue = "true")
    boolean demo;

    @POST
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpDemoCustomer", summary = "Demo CRM: the customer for Details.ContactData.CustomerEndpoint.Address")
    public String lookUpDemoCustomer(JsonObject event) {
        if (!demo) {
            throw new NotFoundException();
        }
        String number = null;
        JsonObject details = event == null ? null : event.getJsonObject("Details");
        JsonObject contact = details == null ? null : details.getJsonObject("ContactData");
        JsonObject endpoint = contact == null ? null : contact.getJsonObject("CustomerEndpoint");
        if (endpoint != null) {
            number = endpoint.getString("Address", null);
        }
        JsonObjectBuilder answer = JSON.createObjectBuilder();
        DemoCustomers.byNumber(number).ifPresentOrElse(c -> c.attributes().forEach(answer::add), () -> answer.add("found", "false"));
        return answer.build().toString();
    }
}
