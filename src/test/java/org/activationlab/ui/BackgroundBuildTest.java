package org.activationlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The newest request wins, results of superseded requests are never shown, failures clear busy. */
class BackgroundBuildTest {
    /** Runs what it is given only when told to, as a lane that has not come to it yet. */
    private static final class Held implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }

    private final Held worker = new Held();
    private final Held fx = new Held();
    private final List<String> built = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    private BackgroundBuild<Integer, String> build() {
        return new BackgroundBuild<>(worker, fx, n -> {
            if (n < 0) {
                throw new IllegalStateException("cannot build " + n);
            }
            built.add("figure " + n);
            return "figure " + n;
        }, shown::add);
    }

    @Test
    void onlyTheNewestOfWaitingRequestsIsBuiltAndShown() {
        BackgroundBuild<Integer, String> b = build();
        b.request(1);
        b.request(2);
        b.request(3);
        assertTrue(b.isBusy());
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("figure 3"), built);
        assertEquals(List.of("figure 3"), shown);
        assertFalse(b.isBusy());
    }

    @Test
    void aResultOvertakenByANewerRequestIsNotShown() {
        BackgroundBuild<Integer, String> b = build();
        b.request(1);
        worker.runAll();
        b.request(2);
        fx.runAll();
        assertEquals(List.of(), shown);
        assertTrue(b.isBusy(), "the newer request is still being built");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("figure 2"), shown);
        assertFalse(b.isBusy());
    }

    @Test
    void aFailedBuildIsRethrownForTheLaneToReportAndClearsBusy() {
        BackgroundBuild<Integer, String> b = build();
        b.request(-1);
        IllegalStateException failure = assertThrows(IllegalStateException.class, worker::runAll);
        assertEquals("cannot build -1", failure.getMessage());
        fx.runAll();
        assertFalse(b.isBusy());
        assertEquals(List.of(), shown);
    }

    @Test
    void stopDropsWhatIsWaiting() {
        BackgroundBuild<Integer, String> b = build();
        b.request(1);
        b.stop();
        worker.runAll();
        fx.runAll();
        assertEquals(List.of(), built);
        assertFalse(b.isBusy());
    }
}
