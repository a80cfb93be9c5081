package org.policyportal.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Answers the three IS3C research questions for one document from its classified clauses.
 *
 * <ul>
 *   <li>Q1 digital focus: a clause is digital when {@link DigitalFocus#isDigital} holds or it names a standard
 *       of an internet-facing category (web, email, DNS, routing, IPv6, crypto, identity, cloud). The document
 *       has a digital focus with at least {@value #MIN_DIGITAL_CLAUSES} digital clauses that make up at least
 *       {@value #MIN_DIGITAL_SHARE} of the document, or at least {@value #DIGITAL_CLAUSES_ALWAYS} digital
 *       clauses whatever the share (long regulations with a digital part). One passing mention of a website
 *       is never enough. Evidence: the first 10 digital clause ordinals.</li>
 *   <li>Q2: every clause for which {@link SecurityClassifier#isSecurityProvision} holds; evidence capped at 50.</li>
 *   <li>Q3: some security provision names a standard; ids are distinct and sorted; evidence capped at 50.</li>
 * </ul>
 * Stateless apart from its two (thread-safe) collaborators, so instances can be shared.
 */
public final class ResearchQuestions {

    static final int MIN_DIGITAL_CLAUSES = 3;
    static final double MIN_DIGITAL_SHARE = 0.05;
    static final int DIGITAL_CLAUSES_ALWAYS = 25;
    static final int DIGITAL_EVIDENCE_CAP = 10;
    static final int EVIDENCE_CAP = 50;

    private final SecurityClassifier security;
    private final DigitalFocus digital;

    public ResearchQuestions(SecurityClassifier security, DigitalFocus digital) {
        this.security = Objects.requireNonNull(security, "security");
        this.digital = Objects.requireNonNull(digital, "digital");
    }

    public ResearchAnswers answer(List<ClauseFindings> clauses) {
        if (clauses == null || clauses.isEmpty()) {
            return ResearchAnswers.none();
        }
        List<Integer> digitalOrdinals = new ArrayList<>();
        List<Integer> securityOrdinals = new ArrayList<>();
        List<Integer> standardsOrdinals = new ArrayList<>();
        TreeSet<String> standards = new TreeSet<>();
        int digitalCount = 0;
        int securityCount = 0;
        for (ClauseFindings c : clauses) {
            if (digital.isDigital(c.text()) || namesInternetStandard(c.mentions())) {
                digitalCount++;
                if (digitalOrdinals.size() < DIGITAL_EVIDENCE_CAP) {
                    digitalOrdinals.add(c.ordinal());
                }
            }
            if (security.isSecurityProvision(c.text(), c.mentions())) {
                securityCount++;
                if (securityOrdinals.size() < EVIDENCE_CAP) {
                    securityOrdinals.add(c.ordinal());
                }
                if (!c.mentions().isEmpty()) {
                    c.mentions().forEach(m -> standards.add(m.standardId()));
                    if (standardsOrdinals.size() < EVIDENCE_CAP) {
                        standardsOrdinals.add(c.ordinal());
                    }
                }
            }
        }
        boolean digitalFocus = isDigitalFocus(digitalCount, clauses.size());
        return new ResearchAnswers(digitalFocus, digitalFocus ? digitalOrdinals : List.of(), securityCount,
                securityOrdinals, !standards.isEmpty(), List.copyOf(standards), standardsOrdinals);
    }

    /** Categories whose standards are about internet/digital communication themselves. */
    private static final java.util.Set<Category> INTERNET_CATEGORIES = java.util.EnumSet.of(Category.WEB,
            Category.EMAIL, Category.DNS, Category.ROUTING, Category.IPV6, Category.CRYPTO, Category.IDENTITY,
            Category.CLOUD);

    /** A clause that names e.g. TLS, DMARC or FedRAMP is about digital communication even without keywords. */
    static boolean namesInternetStandard(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (INTERNET_CATEGORIES.contains(m.category())) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigitalFocus(int digitalClauses, int totalClauses) {
        if (digitalClauses >= DIGITAL_CLAUSES_ALWAYS) {
            return true;
        }
        return digitalClauses >= MIN_DIGITAL_CLAUSES
                && digitalClauses >= MIN_DIGITAL_SHARE * totalClauses;
    }
}
