package org.policyportal.web.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentPartsTest {

    @Test
    void aShortDocumentIsOnePartWithoutNavigation() {
        DocumentParts p = new DocumentParts(400, 0);
        assertThat(p.count()).isEqualTo(1);
        assertThat(p.from()).isZero();
        assertThat(p.to()).isEqualTo(400);
        assertThat(p.parts()).isEmpty();
        assertThat(new DocumentParts(0, 0).to()).isZero();
    }

    @Test
    void aLongDocumentIsCutIntoPartsOfFourHundred() {
        DocumentParts p = new DocumentParts(1001, 2);
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.from()).isEqualTo(800);
        assertThat(p.to()).isEqualTo(1001);
        assertThat(p.shows(799)).isFalse();
        assertThat(p.shows(800)).isTrue();
        assertThat(p.shows(1000)).isTrue();
        assertThat(p.parts()).containsExactly(new DocumentParts.Part(1, 1, 400, false),
                new DocumentParts.Part(2, 401, 800, false), new DocumentParts.Part(3, 801, 1001, true));
    }

    @Test
    void theHoldingPartOfAPositionClampsToTheDocument() {
        assertThat(DocumentParts.holding(1001, 399).current()).isZero();
        assertThat(DocumentParts.holding(1001, 400).current()).isEqualTo(1);
        assertThat(DocumentParts.holding(1001, 5000).current()).isEqualTo(2);
        assertThat(DocumentParts.holding(1001, -4).current()).isZero();
        assertThat(DocumentParts.holding(0, 7).current()).isZero();
    }

    @Test
    void aPartOutsideTheDocumentIsRefused() {
        assertThatThrownBy(() -> new DocumentParts(800, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentParts(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
