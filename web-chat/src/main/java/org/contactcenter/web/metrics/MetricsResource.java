package org.contactcenter.web.metrics;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.metrics.boundary.HistoricalMetrics;
import org.contactcenter.routing.metrics.boundary.HistoricalMetrics.Grouping;
import org.contactcenter.routing.metrics.boundary.HistoricalMetrics.Interval;
import org.contactcenter.routing.metrics.boundary.HistoricalMetrics.Row;
import org.contactcenter.routing.metrics.boundary.RealtimeMetrics;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.web.platform.Instants;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Real-time and historical metrics for supervisors and admins (definitions: docs/METRICS.md). */
@Path("metrics")
@ApplicationScoped
@Tag(name = "Metrics")
public class MetricsResource {
    @Inject
    RealtimeMetrics realtime;
    @Inject
    HistoricalMetrics historical;

    @GET
    @Path("realtime")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getRealtimeMetrics", summary = "Now: per queue, routing profile, channel and agent (at most cc.metrics.refresh-millis old)")
    public String realtime() {
        return realtime.currentText(); // computed on the metrics' timer and rendered once for every asker
    }

    @GET
    @Path("realtime/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getRealtimeHistory", summary = "Each queue's contacts in queue over the last 10 minutes, a sample every 5 s (since the center started)")
    public String realtimeHistory() {
        return realtime.history().toString();
    }

    @GET
    @Path("historical")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getHistoricalMetrics", summary = "Interval metrics of the contacts queued in [from, to): interval FIFTEEN_MINUTES, "
            + "HOUR, DAY or TOTAL in timeZone (default UTC); groupBy NONE, QUEUE, AGENT, ROUTING_PROFILE or CHANNEL; format json (default) or csv")
    public Response historical(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("interval") @DefaultValue("HOUR") String interval, @QueryParam("timeZone") @DefaultValue("UTC") String timeZone,
                               @QueryParam("groupBy") @DefaultValue("QUEUE") String groupBy, @QueryParam("format") @DefaultValue("json") String format) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw InvalidInput.of("timeZone", "a time zone id such as Asia/Tokyo or UTC");
        }
        Interval i = parse("interval", interval, Interval.class);
        Grouping g = parse("groupBy", groupBy, Grouping.class);
        if (!"json".equals(format) && !"csv".equals(format)) {
            throw InvalidInput.of("format", "json or csv");
        }
        List<Row> rows = historical.query(Instants.required("from", from), Instants.required("to", to), i, zone, g);
        if ("csv".equals(format)) {
            return Response.ok(csv(rows, g), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"metrics.csv\"").build();
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Row r : rows) {
            JsonObjectBuilder row = JSON.createObjectBuilder().add("start", r.start().toString()).add("end", r.end().toString());
            if (r.group() != null) {
                row.add("group", r.group());
            }
            if (r.name() != null) {
                row.add("name", r.name());
            }
            out.add(row.add("metrics", org.contactcenter.routing.metrics.control.FigureJson.metrics(java.util.Map.of(), r.totals())));
        }
        return Response.ok(JSON.createObjectBuilder().add("from", from).add("to", to).add("interval", i.name()).add("timeZone", zone.getId())
                .add("groupBy", g.name()).add("rows", out).build(), MediaType.APPLICATION_JSON).build();
    }

    /** RFC 4180 CSV with a header; a UTF-8 byte order mark first so that spreadsheets read Japanese names right. */
    static String csv(List<Row> rows, Grouping g) {
        StringBuilder b = new StringBuilder("\uFEFF");
        List<String> metrics = List.copyOf(new org.contactcenter.rules.metrics.Totals().metrics().keySet());
        b.append("start,end,group,name");
        metrics.forEach(m -> b.append(',').append(m));
        b.append("\r\n");
        for (Row r : rows) {
            b.append(r.start()).append(',').append(r.end()).append(',').append(cell(r.group())).append(',').append(cell(r.name()));
            Map<String, Number> values = r.totals().metrics();
            metrics.forEach(m -> b.append(',').append(values.get(m) == null ? "" : values.get(m)));
            b.append("\r\n");
        }
        return b.toString();
    }

    /** A cell quoted when it holds a comma, quote or line break; a leading =, +, - or @ is neutralised (spreadsheet formulas). */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return s.matches(".*[,\"\r\n].*") || !s.equals(v) ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
