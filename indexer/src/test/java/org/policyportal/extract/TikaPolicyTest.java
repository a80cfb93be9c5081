package org.policyportal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class TikaPolicyTest {

    private static Metadata embedded(String type, String name) {
        Metadata m = new Metadata();
        if (type != null) {
            m.set(Metadata.CONTENT_TYPE, type);
        }
        if (name != null) {
            m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        return m;
    }

    @Test
    void rasterPicturesAreNotParsed() {
        assertThat(TikaPolicy.isPicture(embedded("image/png", "media/image1.png"))).isTrue();
        assertThat(TikaPolicy.isPicture(embedded("image/JPEG", null))).isTrue();
        assertThat(TikaPolicy.isPicture(embedded(null, "Pictures/1000000.JPG"))).isTrue();
    }

    @Test
    void drawingsDocumentsAndUnnamedPartsAreParsed() {
        assertThat(TikaPolicy.isPicture(embedded("image/svg+xml", "diagram.svg"))).isFalse();
        assertThat(TikaPolicy.isPicture(embedded("image/x-emf", "image3.emf"))).isFalse();
        assertThat(TikaPolicy.isPicture(embedded(null, "image3.wmf"))).isFalse();
        // a declared type wins over the name
        assertThat(TikaPolicy.isPicture(embedded("application/pdf", "scan.png"))).isFalse();
        assertThat(TikaPolicy.isPicture(embedded(null, "annex"))).isFalse();
        assertThat(TikaPolicy.isPicture(embedded(null, null))).isFalse();
    }
}
