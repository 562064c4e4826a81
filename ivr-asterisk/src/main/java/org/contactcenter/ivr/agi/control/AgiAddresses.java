package org.contactcenter.ivr.agi.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PBX addresses FastAGI sessions are accepted from ({@code cc.agi.allowed-addresses}): addresses and CIDR blocks
 * ({@code 10.1.2.3}, {@code 10.1.0.0/16}, {@code ::1}, {@code fd00::/8}), or {@code *} for any (not advised: FastAGI
 * has no authentication).
 */
public final class AgiAddresses {
    private record Block(byte[] network, int bits) {
    }

    private final List<Block> blocks;
    private final boolean any;

    private AgiAddresses(List<Block> blocks, boolean any) {
        this.blocks = blocks;
        this.any = any;
    }

    /** Parses the comma-separated setting; a wrong entry is an IllegalArgumentException naming it. */
    public static AgiAddresses parse(String setting) {
        List<Block> blocks = new ArrayList<>();
        boolean any = false;
        for (String raw : setting.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                any = true;
                continue;
            }
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("cc.agi.allowed-addresses: " + entry + " is not an IP address or CIDR block (names are not resolved)");
            }
            byte[] address;
            try {
                address = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cc.agi.allowed-addresses: " + entry + " is not an IP address");
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cc.agi.allowed-addresses: " + entry + " has no prefix length after /");
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("cc.agi.allowed-addresses: " + entry + " has a prefix length out of range");
                }
            }
            blocks.add(new Block(address, bits));
        }
        return new AgiAddresses(List.copyOf(blocks), any);
    }

    public boolean allows(InetAddress address) {
        if (any) {
            return true;
        }
        byte[] a = address.getAddress();
        for (Block b : blocks) {
            if (b.network.length == a.length && matches(b.network, a, b.bits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] network, byte[] address, int bits) {
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (network[i] != address[i]) {
                return false;
            }
        }
        int left = bits % 8;
        if (left == 0) {
            return true;
        }
        int mask = 0xFF << (8 - left) & 0xFF;
        return (network[full] & mask) == (address[full] & mask);
    }
}
