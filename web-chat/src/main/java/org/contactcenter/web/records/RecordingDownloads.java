package org.contactcenter.web.records;

import java.io.InputStream;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.contactcenter.routing.recordings.boundary.RecordingAccess;
import org.contactcenter.routing.recordings.boundary.RecordingAccess.Download;
import org.contactcenter.web.platform.Problems;

/** A recording or stored transcript as an HTTP answer: whole (200) or one range (206), 410 when gone, 416 outside it. */
final class RecordingDownloads {
    private RecordingDownloads() {
    }

    static Response send(Supplier<Download> open, String range) {
        Download d;
        try {
            d = open.get();
        } catch (RecordingAccess.Gone e) {
            return Problems.of(410, "Gone", e.getMessage());
        } catch (RecordingAccess.Unsatisfiable e) {
            return Response.fromResponse(Problems.of(416, "Range Not Satisfiable", e.getMessage()))
                    .header("Content-Range", "bytes */" + e.size).build();
        }
        InputStream body = d.body();
        StreamingOutput out = output -> {
            try (InputStream in = body) {
                in.transferTo(output);
            }
        };
        boolean partial = d.offset() > 0 || d.length() < d.size();
        Response.ResponseBuilder r = Response.status(partial ? 206 : 200).entity(out).type(d.contentType())
                .header("Accept-Ranges", "bytes").header("Content-Length", d.length()).header("Cache-Control", "no-store");
        if (partial) {
            r.header("Content-Range", "bytes " + d.offset() + "-" + (d.offset() + d.length() - 1) + "/" + d.size());
        }
        return r.build();
    }
}
