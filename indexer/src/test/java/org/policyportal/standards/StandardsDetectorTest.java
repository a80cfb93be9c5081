package org.policyportal.standards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class StandardsDetectorTest {

    private static final StandardsDetector DET = new StandardsDetector(StandardsRegistry.loadDefault());

    private static List<String> ids(String text) {
        return DET.detect(text).stream().map(Mention::standardId).toList();
    }

    private static Mention only(String text, String id) {
        List<Mention> ms = DET.detect(text).stream().filter(m -> m.standardId().equals(id)).toList();
        assertThat(ms).as("mentions of %s in: %s", id, text).hasSize(1);
        return ms.get(0);
    }

    @Test
    void offsetsAndMatchedText() {
        String t = "The supplier shall use TLS 1.2 and DMARC.";
        List<Mention> ms = DET.detect(t);
        assertThat(ms).extracting(Mention::standardId).containsExactly("tls", "dmarc");
        Mention tls = ms.get(0);
        assertThat(tls.start()).isEqualTo(23);
        assertThat(tls.end()).isEqualTo(30);
        assertThat(tls.matched()).isEqualTo("TLS 1.2");
        for (Mention m : ms) {
            assertThat(t.substring(m.start(), m.end())).isEqualTo(m.matched());
        }
        assertThat(ms.get(1).category()).isEqualTo(Category.EMAIL);
    }

    @Test
    void sortedAndNoSameStandardOverlap() {
        List<Mention> ms = DET.detect("DNSSEC, then TLS, then DNSSEC again, SSL/TLS and TLSv1.3.");
        assertThat(ms).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(ms).extracting(Mention::standardId).containsExactly("dnssec", "tls", "dnssec", "tls", "tls");
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Use TLS 1.2 everywhere.|tls|1.2|TLS 1.2",
            "Use TLSv1.2 everywhere.|tls|1.2|TLSv1.2",
            "Use TLS v1.3 everywhere.|tls|1.3|TLS v1.3",
            "Use TLS1.3 everywhere.|tls|1.3|TLS1.3",
            "Die TLS-Version 1.2 ist Pflicht.|tls|1.2|TLS-Version 1.2",
            "Disable SSLv3 now.|ssl|3.0|SSLv3",
            "Disable SSL 2.0 now.|ssl|2.0|SSL 2.0",
            "Certified to ISO/IEC 27001:2013.|iso-27001|2013|ISO/IEC 27001:2013",
            "Certified to ISO 27001: 2022.|iso-27001|2022|ISO 27001: 2022",
            "Apply NIST SP 800-171 Rev. 2 controls.|nist-sp-800-171|rev2|NIST SP 800-171 Rev. 2",
            "Apply NIST SP 800-171 Revision 3 controls.|nist-sp-800-171|rev3|NIST SP 800-171 Revision 3",
            "Apply SP 800-53 Rev 5 controls.|nist-sp-800-53|rev5|SP 800-53 Rev 5",
            "Apply 800-171r2 controls.|nist-sp-800-171|rev2|800-171r2",
            "Use FIPS 140-3 modules.|fips-140|140-3|FIPS 140-3",
            "Level 2 of OWASP ASVS 4.0.3 applies.|owasp-asvs|4.0.3|OWASP ASVS 4.0.3",
            "Devices meet EN 303 645 V2.1.1.|en-303-645|2.1.1|EN 303 645 V2.1.1",
            "SecNumCloud 3.2 qualification.|secnumcloud|3.2|SecNumCloud 3.2",
            "Score with CVSS v3.1 please.|cvss|3.1|CVSS v3.1"
    })
    void versionsAreNormalised(String text, String id, String version, String matched) {
        Mention m = only(text, id);
        assertThat(m.version()).isEqualTo(version);
        assertThat(m.matched()).isEqualTo(matched);
    }

    @Test
    void noVersionWhenNoneGiven() {
        assertThat(only("ISO 27001 certified", "iso-27001").version()).isNull();
        assertThat(only("Use TLS for transport.", "tls").version()).isNull();
        assertThat(only("Modules meet FIPS 140 requirements.", "fips-140").version()).isNull();
    }

    @Test
    void deprecatedFlag() {
        assertThat(only("TLS 1.0 must be disabled.", "tls").deprecated()).isTrue();
        assertThat(only("TLS 1.1 is allowed.", "tls").deprecated()).isTrue();
        assertThat(only("TLS 1.2 is required.", "tls").deprecated()).isFalse();
        assertThat(only("TLS is required.", "tls").deprecated()).isFalse();
        assertThat(only("Disable SSLv3.", "ssl").deprecated()).isTrue();
        assertThat(only("No SSL at all.", "ssl").deprecated()).isTrue();
        assertThat(only("SHA-1 signatures are rejected.", "sha-1").deprecated()).isTrue();
        assertThat(only("MD5 is forbidden.", "md5").deprecated()).isTrue();
        assertThat(only("Use SHA-256.", "sha-2").deprecated()).isFalse();
        assertThat(only("ISO/IEC 27001:2005 certificates are no longer valid.", "iso-27001").deprecated()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // en
            "The supplier shall use TLS.|REQUIRED",
            "The supplier must use TLS.|REQUIRED",
            "TLS is required for all traffic.|REQUIRED",
            "Suppliers are required to use TLS.|REQUIRED",
            "Use of TLS is mandatory.|REQUIRED",
            "The supplier shall not use TLS 1.0.|REQUIRED",
            "The supplier should use TLS.|RECOMMENDED",
            "Suppliers are encouraged to use TLS.|RECOMMENDED",
            "TLS is recommended.|RECOMMENDED",
            "Agencies may consider TLS.|RECOMMENDED",
            "TLS was introduced in 1999.|MENTIONED",
            "Agencies may use TLS.|MENTIONED",
            // nl
            "TLS is verplicht voor alle verbindingen.|REQUIRED",
            "De leverancier moet TLS gebruiken.|REQUIRED",
            "Leveranciers moeten TLS gebruiken.|REQUIRED",
            "De leverancier dient TLS te gebruiken.|REQUIRED",
            "TLS wordt aanbevolen.|RECOMMENDED",
            "De leverancier zou moeten overstappen op TLS.|RECOMMENDED",
            "Het wordt aangeraden TLS te gebruiken.|RECOMMENDED",
            "TLS is een protocol.|MENTIONED",
            // de
            "Der Anbieter muss TLS einsetzen.|REQUIRED",
            "Die Anbieter müssen TLS einsetzen.|REQUIRED",
            "Der Anbieter ist verpflichtet, TLS einzusetzen.|REQUIRED",
            "Der Anbieter sollte TLS einsetzen.|RECOMMENDED",
            "Die Anbieter sollten TLS einsetzen.|RECOMMENDED",
            "TLS wird empfohlen.|RECOMMENDED",
            "TLS ist ein Protokoll.|MENTIONED",
            // fr
            "Le titulaire doit utiliser TLS.|REQUIRED",
            "Les titulaires doivent utiliser TLS.|REQUIRED",
            "TLS est obligatoire.|REQUIRED",
            "Le titulaire devrait utiliser TLS.|RECOMMENDED",
            "TLS est recommandé.|RECOMMENDED",
            "TLS est un protocole.|MENTIONED",
            // es
            "El proveedor deberá usar TLS.|REQUIRED",
            "Los proveedores deberán usar TLS.|REQUIRED",
            "El proveedor debe usar TLS.|REQUIRED",
            "El uso de TLS es obligatorio.|REQUIRED",
            "El proveedor debería usar TLS.|RECOMMENDED",
            "Se recomienda TLS; es lo recomendado.|RECOMMENDED",
            "TLS es un protocolo.|MENTIONED"
    })
    void strengthFromSentence(String text, Strength expected) {
        assertThat(only(text, "tls").strength()).isEqualTo(expected);
    }

    @Test
    void strengthIsPerSentence() {
        String t = "TLS was designed by the IETF. Suppliers must use DNSSEC. DMARC is recommended.";
        List<Mention> ms = DET.detect(t);
        assertThat(ms).extracting(Mention::strength)
                .containsExactly(Strength.MENTIONED, Strength.REQUIRED, Strength.RECOMMENDED);
        // an abbreviation does not end the sentence
        assertThat(only("Per SP 800-53 Rev. 5 the supplier shall log events.", "nist-sp-800-53").strength())
                .isEqualTo(Strength.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The ATLS programme is funded.",
            "The CATLS unit meets monthly.",
            "Send the form to https://www.example.org/tls/https-guide",
            "Write to security@example.org for help.",
            "The CSP must report outages.",
            "Registered CSPs are listed online.",
            "Send a copy and CC the manager.",
            "Licensed under CC BY 4.0.",
            "Apply sunscreen with SPF 50 outdoors.",
            "The SPF rating of the cream is 30.",
            "Dane Smith chairs the board.",
            "The bio-based plastics are preferred.",
            "A bio certificate is required for food.",
            "The ENS of Paris hosts the event.",
            "The SOC handles alerts.",
            "The CE programme starts soon.",
            "The ISM index rose in June.",
            "The ROA improved this year.",
            "Dora is the contact person.",
            "The Cybersecurity Act of 2015 covers information sharing.",
            "Call 1-800-532-1234.",
            "See clause 52.204-2 for classified work.",
            "The CRA sends tax refunds.",
            "SSD drives must be wiped."
    })
    void trapsGiveNoMention(String text) {
        assertThat(DET.detect(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Send a Content-Security-Policy header.|csp",
            "The CSP header must forbid inline script.|csp",
            "Products are certified at CC EAL4+.|common-criteria",
            "Evaluated under Common Criteria.|common-criteria",
            "A SOC 2 Type II report is required.|soc2",
            "Products must bear the CE marking.|ce-marking",
            "Het product heeft een CE-markering.|ce-marking",
            "Apply the ISM from the ACSC in Australia.|aus-ism",
            "ISM-1631 applies.|aus-ism",
            "DANE must be used for mail.|dane",
            "An SPF record is published for the mail domain.|spf",
            "Use the Sender Policy Framework.|spf",
            "The site is served over HTTPS.|https",
            "HTTPS-only is mandatory.|https",
            "De gemeente voldoet aan de BIO.|nl-bio",
            "Se aplica el ENS a la administración.|ens",
            "Esquema Nacional de Seguridad aplica.|ens",
            "Publish ROAs and validate routes with BGP.|rpki",
            "NIS2 applies.|nis2",
            "NIS 2 applies.|nis2",
            "NIS-2 applies.|nis2",
            "Directive (EU) 2022/2555 applies.|nis2",
            "RPKI is mandatory.|rpki",
            "FIPS 140-2 validated.|fips-140",
            "SHA-1 is deprecated.|sha-1",
            "Use IPv6.|ipv6"
    })
    void trapsWithContextAreFound(String text, String id) {
        assertThat(ids(text)).as(text).containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der Anbieter ist ISO 27001-zertifiziert.|iso-27001",
            "Een ISO 27001-certificering is vereist.|iso-27001",
            "Der Dienst ist ISO/IEC 27001-zertifiziert.|iso-27001",
            "Le prestataire respecte la norme ISO 27001.|iso-27001",
            "El proveedor, según la ISO/IEC 27001, deberá cumplir.|iso-27001",
            "La directive NIS 2 s'applique.|nis2",
            "Die NIS2-Richtlinie gilt.|nis2",
            "De TLS-verbinding is versleuteld.|tls",
            "Las conexiones TLS son obligatorias.|tls"
    })
    void languageIndependent(String text, String id) {
        assertThat(ids(text)).containsExactly(id);
    }

    @Test
    void longestMatchWins() {
        assertThat(ids("Configure DNS over TLS.")).containsExactly("dot");
        assertThat(ids("Use SSL/TLS.")).containsExactly("tls");
        assertThat(ids("Send TLS-RPT reports.")).containsExactly("tls-rpt");
        assertThat(ids("The OWASP Top 10 applies.")).containsExactly("owasp-top10");
        assertThat(ids("Use STARTTLS.")).containsExactly("starttls");
    }

    @Test
    void emptyAndNullInput() {
        assertThat(DET.detect(null)).isEmpty();
        assertThat(DET.detect("")).isEmpty();
        assertThat(DET.detect("No standards in this sentence at all.")).isEmpty();
    }

    @Test
    void threadSafe() throws Exception {
        String t = "Suppliers shall use TLS 1.2, DNSSEC, DMARC and hold ISO/IEC 27001:2022.";
        List<Mention> expected = DET.detect(t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        if (!DET.detect(t).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : fs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Prints throughput; never asserts on timing. */
    @Test
    void microbenchmark() {
        String[] clauses = {
                "The contractor shall deliver the goods within thirty days of the purchase order and invoice the agency monthly.",
                "Suppliers shall protect data in transit with TLS 1.2 or higher, publish DMARC with p=reject and sign zones with DNSSEC.",
                "De opdrachtnemer is ISO 27001-gecertificeerd en voldoet aan de BIO, zie https://example.nl/bio voor details.",
                "Der Auftragnehmer muss die Anforderungen des IT-Grundschutz sowie der NIS2-Richtlinie erfüllen und Schwachstellen melden.",
                "Payment terms are net 30 days; late payments incur interest at the statutory rate as set out in the general conditions."
        };
        int n = 200_000;
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += DET.detect(clauses[i % clauses.length]).size();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += DET.detect(clauses[i % clauses.length]).size();
        }
        long ns = System.nanoTime() - t0;
        System.out.printf("StandardsDetector microbenchmark: %d clauses in %.1f ms = %.2f us/clause (sink %d)%n",
                n, ns / 1e6, ns / 1e3 / n, sink);
    }
}
