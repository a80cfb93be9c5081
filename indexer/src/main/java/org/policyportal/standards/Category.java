package org.policyportal.standards;

/** Facet category of a {@link Standard}. The {@link #id()} values are stable and used in registry.json. */
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

    /**
     * @param id a category id such as {@code "email"} (case-insensitive, surrounding blanks ignored)
     * @throws IllegalArgumentException if no category has that id
     */
    public static Category fromId(String id) {
        if (id != null) {
            String wanted = id.strip();
            for (Category c : values()) {
                if (c.id.equalsIgnoreCase(wanted)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("Unknown standards category: " + id);
    }
}
