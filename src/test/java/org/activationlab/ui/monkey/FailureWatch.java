package org.activationlab.ui.monkey;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Collects what shows that the app failed while a test drives it: exceptions no one caught (on the
 * JavaFX thread or any other), records logged at SEVERE (JavaFX's {@code System.Logger} and
 * java.util.logging both end in the root logger), and stack traces printed on stderr. Installed by
 * {@link #start()}, removed by {@link #close()}, which puts back what was there before.
 */
public final class FailureWatch implements AutoCloseable {
    /** A line of a printed stack trace, or the line that names the exception. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "^\\s+at [\\w$.<>/]+\\(.*\\)$|Exception in thread|^\\S*(Exception|Error)(: .*)?$", Pattern.MULTILINE);
    private static final long FX_TIMEOUT_SECONDS = 30;

    private final List<String> failures = new ArrayList<>();
    private final Thread.UncaughtExceptionHandler recorder = (thread, error) -> add(
            "uncaught in thread " + thread.getName() + ": " + stackTrace(error));
    private final Handler severe = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                add("logged at " + record.getLevel() + " by " + record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : "\n" + stackTrace(record.getThrown())));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Thread.UncaughtExceptionHandler originalDefault;
    private Thread.UncaughtExceptionHandler originalFx;
    private Thread fxThread;

    private FailureWatch() {
    }

    /** Starts watching: call on the test thread, with the JavaFX toolkit running. */
    public static FailureWatch start() throws Exception {
        FailureWatch watch = new FailureWatch();
        watch.install();
        return watch;
    }

    private void install() throws Exception {
        originalDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(recorder);
        WaitForAsyncUtils.asyncFx(() -> {
            fxThread = Thread.currentThread();
            originalFx = fxThread.getUncaughtExceptionHandler();
            fxThread.setUncaughtExceptionHandler(recorder);
        }).get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Logger.getLogger("").addHandler(severe);
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, errBytes), true, StandardCharsets.UTF_8));
    }

    private synchronized void add(String failure) {
        failures.add(failure);
    }

    /** What went wrong so far (empty if nothing). */
    public synchronized List<String> failures() {
        List<String> all = new ArrayList<>(failures);
        String printed;
        synchronized (errBytes) {
            printed = errBytes.toString(StandardCharsets.UTF_8);
        }
        if (STACK_TRACE.matcher(printed).find()) {
            all.add("printed on stderr:\n" + printed);
        }
        return all;
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(severe);
        Thread.setDefaultUncaughtExceptionHandler(originalDefault);
        try {
            WaitForAsyncUtils.asyncFx(() -> fxThread.setUncaughtExceptionHandler(originalFx))
                    .get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring the JavaFX thread's handler", e);
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Writes to the original stream and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final PrintStream original;
        private final ByteArrayOutputStream copy;

        Tee(PrintStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
            original.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (copy) {
                copy.write(b, off, len);
            }
            original.write(b, off, len);
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
