package org.policyportal.standards;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardsRegistryTest {

    private final StandardsRegistry reg = StandardsRegistry.loadDefault();

    @Test
    void hasEnoughUniqueEntries() {
        assertThat(reg.all()).hasSizeGreaterThanOrEqualTo(120);
        Set<String> ids = new HashSet<>();
        for (Standard s : reg.all()) {
            assertThat(ids.add(s.id())).as("duplicate id %s", s.id()).isTrue();
            assertThat(s.id()).matches("[a-z0-9][a-z0-9.\\-]*");
            assertThat(s.label()).isNotBlank();
            assertThat(s.issuer()).isNotBlank();
            assertThat(s.url()).startsWith("https://");
            assertThat(s.versions()).containsAll(s.deprecatedVersions().stream()
                    .filter(v -> !v.equals(Standard.ALL_VERSIONS)).toList());
        }
    }

    @Test
    void everyCategoryIsUsed() {
        assertThat(reg.byCategory().keySet()).isEqualTo(EnumSet.allOf(Category.class));
        int total = reg.byCategory().values().stream().mapToInt(List::size).sum();
        assertThat(total).isEqualTo(reg.all().size());
    }

    @Test
    void requiredIdsExist() {
        for (String id : List.of("dmarc", "iso-27001", "nist-sp-800-171", "tls", "security-txt", "far-52.204-21",
                "far-52.204-23", "far-52.204-24", "far-52.204-25", "far-52.204-26", "far-52.204-27", "far-52.239-1",
                "dfars-252.204-7012", "dfars-252.204-7019", "dfars-252.204-7020", "dfars-252.204-7021",
                "dfars-252.239-7010", "cisa-bod-18-01", "cisa-bod-20-01", "cisa-bod-22-01", "cisa-bod-23-01",
                "omb-m-15-13", "omb-m-21-31", "omb-m-22-09", "omb-m-22-18", "fisma", "fedramp", "cmmc", "nis2", "cra",
                "gdpr", "eidas", "eu-csa", "dora", "nl-bio", "bsi-grundschutz", "bsi-c5", "bsi-tr-02102", "anssi-rgs",
                "secnumcloud", "uk-cyber-essentials", "aus-ism", "aus-e8", "aus-irap", "itsg-33", "iske", "e-its", "ens")) {
            assertThat(reg.byId(id)).as(id).isPresent();
        }
        assertThat(reg.byId("nope")).isEmpty();
        assertThat(reg.byId(null)).isEmpty();
    }

    @Test
    void noAliasSharedByTwoIds() {
        Map<String, String> owner = new HashMap<>();
        for (Standard s : reg.all()) {
            for (String a : s.aliases()) {
                String key = a.toLowerCase(Locale.ROOT);
                String prev = owner.putIfAbsent(key, s.id());
                assertThat(prev == null || prev.equals(s.id()))
                        .as("alias '%s' used by %s and %s", a, prev, s.id()).isTrue();
            }
        }
    }

    @Test
    void everyAliasCompilesAndFindsItself() {
        StandardsDetector det = new StandardsDetector(reg);
        for (Standard s : reg.all()) {
            for (String a : s.aliases()) {
                Pattern p = Pattern.compile(StandardsDetector.aliasRegex(a, false));
                assertThat(p.matcher(a).find()).as(a).isTrue();
            }
            StandardsRegistry.Spec spec = reg.specs().stream().filter(x -> x.standard() == s).findFirst().orElseThrow();
            for (String a : spec.aliases()) {
                // unconditional aliases are found on their own
                assertThat(det.detect("Ref: " + a + " applies.")).as("alias %s of %s", a, s.id())
                        .anyMatch(m -> m.standardId().equals(s.id()));
            }
        }
    }

    @Test
    void deprecatedMarkers() {
        assertThat(reg.byId("tls").orElseThrow().isDeprecated("1.0")).isTrue();
        assertThat(reg.byId("tls").orElseThrow().isDeprecated("1.2")).isFalse();
        assertThat(reg.byId("tls").orElseThrow().isDeprecated(null)).isFalse();
        assertThat(reg.byId("ssl").orElseThrow().isDeprecated(null)).isTrue();
        assertThat(reg.byId("sha-1").orElseThrow().isDeprecated(null)).isTrue();
    }

    @Test
    void categoryIdsRoundTrip() {
        for (Category c : Category.values()) {
            assertThat(Category.fromId(c.id())).isSameAs(c);
            assertThat(c.label()).isNotBlank();
        }
        assertThat(Category.fromId(" EMAIL ")).isSameAs(Category.EMAIL);
        assertThatThrownBy(() -> Category.fromId("wireless")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Strength.REQUIRED.id()).isEqualTo("required");
        assertThat(Strength.REQUIRED.compareTo(Strength.MENTIONED)).isNegative();
    }

    @Test
    void immutable() {
        assertThatThrownBy(() -> reg.all().add(reg.all().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reg.byCategory().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reg.all().get(0).aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
