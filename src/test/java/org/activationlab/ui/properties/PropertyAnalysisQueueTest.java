package org.activationlab.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Catalogue;
import org.activationlab.model.PropertyAnalyzer;
import org.junit.jupiter.api.Test;

/** The queue of property analyses when the app closes while one runs (found by MonkeyTest). */
class PropertyAnalysisQueueTest {
    private final List<Runnable> analyses = new ArrayList<>();
    private final List<Runnable> callbacks = new ArrayList<>();
    private final List<ActivationProperties> results = new ArrayList<>();
    private boolean workerShutDown;
    /** Refuses work once shut down, as a shut-down executor does. */
    private final Executor worker = task -> {
        if (workerShutDown) {
            throw new RejectedExecutionException("shut down");
        }
        analyses.add(task);
    };
    /** Whether the app shuts down (the queue closed, the worker shut down) as a result arrives. */
    private boolean shutDownOnResult;
    private final PropertyAnalysisQueue queue = new PropertyAnalysisQueue(PropertyAnalyzer::analyze, worker,
            callbacks::add, this::receive, failure -> { });

    private void receive(ActivationProperties row) {
        results.add(row);
        if (shutDownOnResult) {
            queue.close();
            workerShutDown = true;
        }
    }

    @Test
    void anAnalysisEndingAfterCloseDeliversNothingAndStartsNoOther() {
        queue.submit(Catalogue.get("relu"));
        queue.submit(Catalogue.get("sigmoid"));
        assertThat(analyses).hasSize(1);

        queue.close();
        workerShutDown = true;
        analyses.remove(0).run();
        callbacks.remove(0).run();

        assertThat(results).isEmpty();
        assertThat(analyses).isEmpty();
        assertThat(queue.busy()).isFalse();
    }

    @Test
    void closedWhileAResultIsDeliveredStartsNoOther() {
        shutDownOnResult = true;
        queue.submit(Catalogue.get("relu"));
        queue.submit(Catalogue.get("sigmoid"));
        analyses.remove(0).run();

        callbacks.remove(0).run();

        assertThat(analyses).isEmpty();
        assertThat(queue.busy()).isFalse();
    }

    @Test
    void aRequestAfterCloseIsIgnored() {
        queue.close();
        workerShutDown = true;

        queue.submit(Catalogue.get("relu"));

        assertThat(queue.busy()).isFalse();
    }

    @Test
    void beforeCloseTheNewestRequestIsAnalysedNext() {
        queue.submit(Catalogue.get("relu"));
        queue.submit(Catalogue.get("sigmoid"));
        analyses.remove(0).run();
        callbacks.remove(0).run();

        assertThat(results).extracting(r -> r.activation().name()).containsExactly("relu");
        assertThat(analyses).hasSize(1);
    }
}
