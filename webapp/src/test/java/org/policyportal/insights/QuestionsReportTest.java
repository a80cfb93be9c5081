package org.policyportal.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionsReportTest {

    @Test
    void mapsIterateAndSerialiseInQuestionOrderWhateverOrderTheyCameIn() throws Exception {
        Map<Question, Long> yes = new LinkedHashMap<>();
        yes.put(Question.STANDARDS, 1L);
        yes.put(Question.SECURITY, 2L);
        yes.put(Question.DIGITAL, 3L);
        Map<Question, String> urls = new LinkedHashMap<>();
        urls.put(Question.SECURITY, "/s");
        urls.put(Question.DIGITAL, "/d");
        QuestionsReport.Row row = new QuestionsReport.Row("NL", "Netherlands", 4, yes, "/all", urls);

        assertThat(row.yes().keySet()).containsExactly(Question.DIGITAL, Question.SECURITY, Question.STANDARDS);
        assertThat(row.yesUrls().keySet()).containsExactly(Question.DIGITAL, Question.SECURITY);
        assertThat(new ObjectMapper().writeValueAsString(row.yes()))
                .isEqualTo("{\"DIGITAL\":3,\"SECURITY\":2,\"STANDARDS\":1}");

        Map<Question, List<Integer>> evidence = new LinkedHashMap<>();
        evidence.put(Question.STANDARDS, List.of(4));
        evidence.put(Question.DIGITAL, List.of(1, 2));
        assertThat(new QuestionsReport.DocumentEvidence("id", "T", "NL", "/documents/id", evidence).evidence()
                .keySet()).containsExactly(Question.DIGITAL, Question.STANDARDS);
    }

    @Test
    void theCopiesAreUnmodifiableAndRefuseNulls() {
        Map<Question, Long> yes = QuestionsReport.inQuestionOrder(Map.of(Question.DIGITAL, 1L));
        assertThatThrownBy(() -> yes.put(Question.SECURITY, 2L)).isInstanceOf(UnsupportedOperationException.class);
        Map<Question, Long> withNull = new LinkedHashMap<>();
        withNull.put(Question.DIGITAL, null);
        assertThatThrownBy(() -> QuestionsReport.inQuestionOrder(withNull)).isInstanceOf(NullPointerException.class);
    }
}
