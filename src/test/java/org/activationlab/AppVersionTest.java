package org.activationlab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppVersionTest {

    @Test
    void theBuildWroteTheProjectVersion() {
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
