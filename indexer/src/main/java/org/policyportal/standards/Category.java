package org.policyportal.standards;

import java.util.Arrays;

/** Top level of the hierarchical {@code standard} facet. */
public enum Category {
    WEB("web", "Web security"),
    EMAIL("email", "Email security"),
    DNS("dns", "DNS security"),
    ROUTING("routing", "Routing security"),
    IPV6("ipv6", "IPv6"),
    CRYPTO("crypto", "Transport and cryptography"),
    IDENTITY("identity", "Identity and authentication"),
    ISMS("isms", "ISMS and management"),
    SECDEV("secdev", "Secure development"),
    SUPPLY("supply", "Supply chain and SBOM"),
    IOT("iot", "Product and IoT security"),
    VULN("vuln", "Vulnerability disclosure"),
    CLOUD("cloud", "Cloud security"),
    NATIONAL("national", "National schemes"),
    REGULATION("regulation", "Regulations and policy instruments");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Category fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category: " + id));
    }
}
