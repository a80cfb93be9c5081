package org.policyportal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    @TempDir
    Path dir;

    @Test
    void findsFullNameSidecarBeforeStemSidecar() throws Exception {
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "x");
        assertThat(Sidecar.find(pdf)).isEmpty();
        Path stem = Files.writeString(dir.resolve("x.meta.json"), "{}");
        assertThat(Sidecar.find(pdf)).contains(stem);
        Path full = Files.writeString(dir.resolve("x.pdf.meta.json"), "{}");
        assertThat(Sidecar.find(pdf)).contains(full);
        assertThat(Sidecar.isSidecar(full)).isTrue();
        assertThat(Sidecar.isSidecar(pdf)).isFalse();
    }

    @Test
    void readsScalarValuesWithNormalisedKeys() throws Exception {
        Path s = Files.writeString(dir.resolve("a.meta.json"),
                "{\"Title\":\" T \",\"issuing-body\":\"B\",\"year\":2021,\"tags\":[\"x\"],\"url\":null,\"blank\":\" \"}");
        assertThat(Sidecar.read(s)).containsExactly(java.util.Map.entry("title", "T"),
                java.util.Map.entry("issuing_body", "B"), java.util.Map.entry("year", "2021"));
    }

    @Test
    void invalidJsonAndNonObjectsThrow() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.meta.json"), "{\"title\": ");
        assertThatThrownBy(() -> Sidecar.read(bad)).isInstanceOf(IOException.class);
        Path array = Files.writeString(dir.resolve("arr.meta.json"), "[1,2]");
        assertThatThrownBy(() -> Sidecar.read(array)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a JSON object");
    }
}
