package org.policyportal.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyIndex} marks exactly the standards whose keys are among {@link StandardsDetector#tokens}. */
class KeyIndexTest {

    private static final Map<String, int[]> KEYS = Map.of("tls", new int[] {0}, "ipv", new int[] {1},
            "27001", new int[] {2, 3}, "dnssec", new int[] {4}, "sécurité", new int[] {5}, "i̇so", new int[] {6},
            "σσ", new int[] {7}, "v", new int[] {8}, "٣", new int[] {9});
    private static final String[] PIECES = {"TLS", "tls", "Tls", "TLSv", "v", "V", "1", "2", "27001", "ipv", "IPv",
        "dnssec", "DNSSEC", "sécurité", "SÉCURITÉ", "İSO", "iso", "ΣΣ", "σς", "٣", "x", " ", "-", ".", "/", "é",
        "\uD835\uDC00", "the", "supplier"};

    @Test
    void marksTheStandardsOfKeyTokens() {
        KeyIndex index = new KeyIndex(KEYS);
        Random r = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            boolean[] expected = new boolean[10];
            boolean expectedAny = false;
            for (String token : StandardsDetector.tokens(text)) {
                int[] standards = KEYS.get(token);
                if (standards != null) {
                    expectedAny = true;
                    Arrays.stream(standards).forEach(s -> expected[s] = true);
                }
            }
            boolean[] actual = new boolean[10];
            assertThat(index.mark(text, actual)).as(text).isEqualTo(expectedAny);
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void noKeysNoMarks() {
        assertThat(new KeyIndex(Map.of()).mark("TLS 1.3 and DNSSEC", new boolean[0])).isFalse();
        assertThat(StandardsDetector.tokens("TLSv1.2")).isEqualTo(List.of("tlsv", "tls", "1", "2"));
    }
}
