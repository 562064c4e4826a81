package org.contactcenter.routing.functions.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which hosts external functions may call (they run with the center's network position, so a function URL must not
 * become a way into the center's own machine): a host listed in {@code cc.functions.allowed-hosts} (a name, a
 * {@code *.domain}, an address or a CIDR network such as {@code 10.20.0.0/16}) is allowed; any other host only when
 * none of its addresses is loopback, link-local (169.254.0.0/16 — cloud metadata — and fe80::/10), the unspecified
 * address or multicast. Checked when a function is saved and again, with a fresh lookup, before every call.
 */
public final class FunctionTargets {
    private final List<String> allowed;

    public FunctionTargets(List<String> allowed) {
        this.allowed = allowed.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Null when the URL's host may be called, else why not. */
    public String refusal(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return listed(host, null) ? null : "the host " + host + " is not known";
        }
        for (InetAddress a : addresses) {
            if (listed(host, a)) {
                return null;
            }
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
                return "the host " + host + " is a loopback, link-local or special address; list it in cc.functions.allowed-hosts to call it";
            }
        }
        return null;
    }

    private boolean listed(String host, InetAddress address) {
        for (String entry : allowed) {
            if (entry.equals(host) || entry.startsWith("*.") && host.endsWith(entry.substring(1))) {
                return true;
            }
            if (address != null && (entry.equals(address.getHostAddress()) || entry.contains("/") && inNetwork(address, entry))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNetwork(InetAddress address, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] bytes = address.getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (network.length != bytes.length || bits < 0 || bits > bytes.length * 8) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (bytes[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }
}
