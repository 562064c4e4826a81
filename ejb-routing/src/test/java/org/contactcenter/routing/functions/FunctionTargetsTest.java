package org.contactcenter.routing.functions;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;

import org.contactcenter.routing.functions.control.FunctionTargets;
import org.junit.jupiter.api.Test;

class FunctionTargetsTest {
    @Test
    void theCentersOwnMachineAndLinkLocalAddressesNeedToBeListed() {
        FunctionTargets none = new FunctionTargets(List.of());
        for (String url : List.of("http://127.0.0.1:9/", "http://localhost/x", "http://2130706433/", "http://[::1]/", "http://0.0.0.0/",
                "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/")) {
            assertNotNull(none.refusal(URI.create(url)), url);
        }
        assertNull(none.refusal(URI.create("http://10.20.1.5:8443/crm")), "the enterprise's own network is where its CRM is");
        assertNull(none.refusal(URI.create("http://192.168.1.20/lookup")));

        FunctionTargets listed = new FunctionTargets(List.of("127.0.0.1", " 169.254.0.0/16", "*.crm.example"));
        assertNull(listed.refusal(URI.create("http://127.0.0.1:8080/api/v1/demo/customer-lookup")));
        assertNull(listed.refusal(URI.create("http://169.254.10.10/")), "a listed network");
        assertNull(listed.refusal(URI.create("http://lookup.crm.example/")), "a listed domain, even when it does not resolve here");
        assertNotNull(listed.refusal(URI.create("http://[::1]/")), "::1 is not 127.0.0.1");
    }
}
