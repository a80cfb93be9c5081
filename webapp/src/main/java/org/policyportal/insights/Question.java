package org.policyportal.insights;

import org.policyportal.index.IndexSchema;

/** The three research questions, with the index field and filter dimension answering each. */
public enum Question {
    DIGITAL(IndexSchema.Q_DIGITAL, IndexSchema.DIM_DIGITAL,
            "Does the policy focus on internet, ICT or digital communications?"),
    SECURITY(IndexSchema.Q_SECURITY, IndexSchema.DIM_SECURITY, "Does it contain security provisions?"),
    STANDARDS(IndexSchema.Q_STANDARDS, IndexSchema.DIM_SECURITY_STANDARDS,
            "Do its security provisions name standards?");

    private final String field;
    private final String dimension;
    private final String text;

    Question(String field, String dimension, String text) {
        this.field = field;
        this.dimension = dimension;
        this.text = text;
    }

    /** The stored keyword field ({@code q_digital} ...). */
    public String field() {
        return field;
    }

    /** The filter dimension and URL parameter ({@code digital} ...). */
    public String dimension() {
        return dimension;
    }

    public String text() {
        return text;
    }

    /** Short key used in JSON and CSS ({@code digital}, {@code security}, {@code standards}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
