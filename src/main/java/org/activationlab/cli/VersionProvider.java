package org.activationlab.cli;

import org.activationlab.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the application's version as the build recorded it. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"activation-lab " + AppVersion.get()};
    }
}
