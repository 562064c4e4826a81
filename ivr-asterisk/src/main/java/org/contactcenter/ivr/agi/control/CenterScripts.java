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
 * never a channel left waiting in the dialplan. A {@code Surrogate/…} channel runs none: when a {@code Bridge()} or an
 * AMI {@code Bridge} takes a channel out of its dialplan (the caller out of music, the agent out of its Wait), Asterisk
 * moves the channel into the bridge and the husk it leaves behind, renamed {@code Surrogate/<name>} with the
 * channel's variables, runs the {@code h} extension: it is not a hang-up of the caller, the agent or the third party.
 */
public final class CenterScripts implements MappingStrategy {
    private static final Logger LOG = Logger.getLogger(CenterScripts.class.getName());
    /** How Asterisk (ast_channel_yank) names what is left of a channel moved into a bridge. */
    static final String SURROGATE = "Surrogate/";
    private final Map<String, AgiScript> scripts;

    public CenterScripts(Map<String, AgiScript> scripts) {
        this.scripts = Map.copyOf(scripts);
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String path = request.getScript();
        if (request.getChannel() != null && request.getChannel().startsWith(SURROGATE)) {
            return (r, c) -> LOG.fine(() -> "FastAGI: " + printable(r.getChannel()) + " is what Asterisk left of a channel it moved into a bridge; nothing to do");
        }
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
