package org.contactcenter.ivr.agi.control;

import java.util.Map;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/**
 * The center's AGI scripts by path ({@code agi://center/inbound}); any other path gets a clear log line and a HANGUP,
 * never a channel left waiting in the dialplan.
 */
public final class CenterScripts implements MappingStrategy {
    private static final Logger LOG = Logger.getLogger(CenterScripts.class.getName());
    private final Map<String, AgiScript> scripts;

    public CenterScripts(Map<String, AgiScript> scripts) {
        this.scripts = Map.copyOf(scripts);
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String path = request.getScript();
        AgiScript script = path == null ? null : scripts.get(path);
        return script != null ? script : this::unknown;
    }

    private void unknown(AgiRequest request, AgiChannel channel) throws AgiException {
        LOG.warning(() -> "FastAGI: no script " + printable(request.getScript()) + " (known: " + String.join(", ", scripts.keySet())
                + ") for call " + printable(request.getUniqueId()) + " from " + request.getRemoteAddress() + "; hanging up");
        channel.hangup();
    }

    private static String printable(String s) {
        if (s == null) {
            return "(none)";
        }
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
