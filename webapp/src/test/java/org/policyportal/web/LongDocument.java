package org.policyportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyportal.document.Clause;
import org.policyportal.document.PolicyDocument;

/** A 1,000-clause document, for the document page's parts: clauses 10, 500 and 950 say "encryption". */
final class LongDocument {

    static final String ID = "long-catalogue";
    static final int CLAUSES = 1000;

    private LongDocument() {
    }

    static PolicyDocument document() {
        List<Clause> clauses = new ArrayList<>();
        for (int n = 1; n <= CLAUSES; n++) {
            boolean match = n == 10 || n == 500 || n == 950;
            String text = match ? "Control " + n + " requires encryption of data at rest."
                    : "Control " + n + " is documented.";
            clauses.add(n == 950 ? FakeDocuments.clause(n, "C-" + n, "Controls", text, true, "dmarc")
                    : FakeDocuments.clause(n, "C-" + n, "Controls", text, false));
        }
        return FakeDocuments.doc(ID, "A long control catalogue", "US", "NIST", 2020, "en", "US/long.xml", Map.of(),
                Set.of(), clauses.toArray(Clause[]::new));
    }
}
