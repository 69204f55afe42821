package org.activationlab.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration every JSON file and output of the app goes through: sessions,
 * lessons and preferences (read and written by the desktop app), the {@code train} command's
 * weights files ({@link NetworkJson}) and the commands' {@code --json} output.
 */
public final class Jackson {
    /**
     * Reads strictly (a field twice or anything after the value is an error) and writes indented,
     * as sessions, preferences and {@code --json} output have always been written.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Jackson() {
    }
}
