package org.activationlab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, as Maven wrote it into {@code org/activationlab/version.properties}. */
public final class AppVersion {
    private static final String RESOURCE = "version.properties";
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** The version, e.g. {@code "0.1.0"}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
