package org.contactcenter.routing.functions.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.platform.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of an external function. */
public class ExternalFunctionData implements HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name; flows refer to the function by it")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "http(s) URL that receives the JSON event by POST")
    @NotBlank @Size(max = 2048) public String url;
    @Schema(description = "How long to wait for the answer, 1-8000 ms (Connect's limit); longer takes the error branch")
    @NotNull @Min(1) @Max(8000) public Integer timeoutMillis;
    @Schema(description = "Write-only: the Authorization header the function is called with (e.g. \"Bearer …\"); never returned "
            + "or logged. Omitted or null on an update keeps the current one, \"\" removes it", writeOnly = true)
    @Size(max = 2048) public String authorization;
    @Schema(description = "Whether the function is called with an Authorization header", readOnly = true)
    public Boolean authorizationSet;

    public ExternalFunctionData() {
    }

    public ExternalFunctionData(String id, String name, String description, String url, Integer timeoutMillis) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.url = url;
        this.timeoutMillis = timeoutMillis;
    }

    /** What a reader sees: everything but the authorization, of which only whether there is one. */
    static ExternalFunctionData read(String id, String name, String description, String url, int timeoutMillis, boolean authorizationSet) {
        ExternalFunctionData data = new ExternalFunctionData(id, name, description, url, timeoutMillis);
        data.authorizationSet = authorizationSet;
        return data;
    }

    @Override
    public String id() {
        return id;
    }
}
