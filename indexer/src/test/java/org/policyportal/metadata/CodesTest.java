package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void countries() {
        assertThat(Countries.normalise("uk")).contains("GB");
        assertThat(Countries.normalise(" nl ")).contains("NL");
        assertThat(Countries.normalise("eu")).contains("EU");
        assertThat(Countries.normalise("int")).contains("INT");
        assertThat(Countries.normalise("XX")).isEmpty();
        assertThat(Countries.normalise("NLD")).isEmpty();
        assertThat(Countries.normalise(null)).isEmpty();
        assertThat(Countries.name("NL")).isEqualTo("Netherlands");
        assertThat(Countries.name("EU")).isEqualTo("European Union");
        assertThat(Countries.name("unknown")).isEqualTo("Unknown");
        assertThat(Countries.name("GB")).isEqualTo("United Kingdom");
        assertThat(Countries.name("XX")).isEqualTo("XX");
        assertThat(Countries.name("nl")).as("names are for normalised codes").isEqualTo("nl");
        assertThat(Countries.name(null)).isEqualTo("Unknown");
    }

    @Test
    void languages() {
        assertThat(Languages.normalise("eng")).contains("en");
        assertThat(Languages.normalise("nld")).contains("nl");
        assertThat(Languages.normalise("dut")).contains("nl");
        assertThat(Languages.normalise("ger")).contains("de");
        assertThat(Languages.normalise("EN")).contains("en");
        assertThat(Languages.normalise("en-GB")).contains("en");
        assertThat(Languages.normalise("pt_BR")).contains("pt");
        assertThat(Languages.normalise("xx")).isEmpty();
        assertThat(Languages.normalise("")).isEmpty();
        assertThat(Languages.name("nl")).isEqualTo("Dutch");
        assertThat(Languages.name("unknown")).isEqualTo("Unknown");
        assertThat(Languages.name("fr")).isEqualTo("French");
        assertThat(Languages.name("xx")).isEqualTo("xx");
        assertThat(Languages.name(null)).isEqualTo("Unknown");
    }
}
