package org.policyportal.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON output in which {@code < > & '} are written as {@code \u003c}-style escapes: the values are unchanged for
 * any JSON parser, but an API response can never contain markup, even if someone embeds it in a page or a browser
 * sniffs it. Immutable and thread-safe.
 */
final class HtmlSafeJson extends CharacterEscapes {

    private final int[] escapes;

    private HtmlSafeJson() {
        int[] table = CharacterEscapes.standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            table[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
        this.escapes = table;
    }

    /** Configures {@code mapper} to write HTML-safe JSON and returns it. */
    static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new HtmlSafeJson());
        return mapper;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null; // only standard escapes are used
    }
}
