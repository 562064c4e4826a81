package org.contactcenter.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    @Test
    void onlyInlineScriptsAreHashedAndTheHashIsOfTheirExactText() throws Exception {
        String map = "{\"imports\":{\"lit\":\"/webjars/lit/3.3.1/index.js\"}}";
        String page = "<head><script type=\"importmap\">" + map + "</script><script type=\"module\" src=\"/a.js\"></script></head>"
                + "<body><script>\n  go();\n</script></body>";
        Set<String> hashes = SecurityHeaders.inlineScriptHashes(page);
        assertEquals(Set.of(sha256(map), sha256("\n  go();\n")), hashes);
    }

    @Test
    void thePolicyAllowsNoOtherScriptNoFramingNoPlugins() {
        String policy = SecurityHeaders.policy(Set.of("abc="), null);
        assertTrue(policy.contains("script-src 'self' 'sha256-abc=';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"), policy);
        assertTrue(!policy.contains("unsafe-eval") && !policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(SecurityHeaders.policy(Set.of(), "wss://pbx.example.com:8089").contains("connect-src 'self' wss://pbx.example.com:8089;"));
    }

    private static String sha256(String s) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
