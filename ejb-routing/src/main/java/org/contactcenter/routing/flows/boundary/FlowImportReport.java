package org.contactcenter.routing.flows.boundary;

import java.util.List;

import org.contactcenter.routing.flows.control.ConnectImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import mapped, what it could not, and whether it created the flow. */
public class FlowImportReport {
    @Schema(description = "True when the flow was created (then 'flow' is it)")
    public boolean imported;
    @Schema(description = "Why nothing was imported, when imported is false")
    public String reason;
    public ContactFlowData flow;
    @Schema(description = "Every action: its Connect type, the block it became, MAPPED / RENAMED / UNSUPPORTED")
    public List<ConnectImport.ActionReport> actions;
    @Schema(description = "Every ARN found, the display name used and the local id it resolved to (null: unresolved)")
    public List<ConnectImport.Reference> references;
    @Schema(description = "The actions with no on-prem block (placeholders when imported with placeholders)")
    public List<ConnectImport.ActionReport> unsupported;
    @Schema(description = "Validation of the converted document (pointers); publishing needs none")
    public FlowValidation validation;
    @Schema(description = "True when publish was asked for and the import was published")
    public boolean published;
    @Schema(description = "Why publish was asked for but not done (the draft has validation problems, or nothing was imported); null otherwise")
    public String publishRefused;
    @Schema(description = "Everything the import changed, carried out differently or could not carry out: kind (PLACEHOLDER, FLOW_MODULE, CUT_OFF, "
            + "ORPHAN_REMOVED, ERROR_BRANCH_MAPPED / DROPPED / ADDED, PARAMETER_CARRIED / DROPPED, SYSTEM_ATTRIBUTE_TRANSLATED, "
            + "UNKNOWN_SYSTEM_ATTRIBUTE, NOT_AN_ACTION), the action, a pointer and a message")
    public List<ConnectImport.Note> notes;
}
