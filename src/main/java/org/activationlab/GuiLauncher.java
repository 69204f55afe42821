package org.activationlab;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Starts the desktop app with JavaFX as named modules, as JavaFX supports (on the class path it
 * warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every
 * start). The fat jar carries JavaFX's own module jars under {@value #NESTED} rather than their
 * classes; the first start copies them to a cache folder ({@code $XDG_CACHE_HOME/activation-lab},
 * else {@code ~/.cache/activation-lab}, or the folder named by the system property
 * {@value #CACHE_PROPERTY}), later starts reuse them. A module layer over them holds JavaFX, and
 * the app's classes are loaded from the jar by a class loader whose parent is that layer's, with
 * JavaFX's packages opened to it as the class path would (ControlsFX reaches into JavaFX's
 * internals). When JavaFX is already on the class path or the module path (tests, an IDE,
 * {@code mvn javafx:run}), the app starts as it is. The headless commands never come here.
 */
final class GuiLauncher {
    /** The folder inside the jar that holds JavaFX's module jars. */
    static final String NESTED = "javafx-modules/";
    static final String CACHE_PROPERTY = "activationlab.cache.dir";
    private static final String GUI_MAIN = "org.activationlab.ui.GuiMain";
    private static final String FX_CLASS = "javafx/application/Application.class";
    private static final Set<String> ROOTS = Set.of("javafx.controls", "javafx.swing");

    private GuiLauncher() {
    }

    /** Opens the app's window with {@code args}; returns when it closes. */
    static void launch(String[] args) throws Exception {
        ClassLoader own = GuiLauncher.class.getClassLoader();
        if (own.getResource(FX_CLASS) != null || ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            startMain(own, args);
            return;
        }
        Path jar = ownJar();
        List<Path> modules = unpack(jar);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(modules.toArray(Path[]::new)), ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration,
                List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
        ClassLoader javafx = controller.layer().findLoader("javafx.graphics");
        URLClassLoader app = new URLClassLoader("activation-lab", new URL[] {jar.toUri().toURL()}, javafx);
        Module unnamed = app.getUnnamedModule();
        for (Module module : controller.layer().modules()) {
            for (String pkg : module.getPackages()) {
                controller.addExports(module, pkg, unnamed);
                controller.addOpens(module, pkg, unnamed);
            }
        }
        Thread.currentThread().setContextClassLoader(app);
        startMain(app, args);
    }

    private static void startMain(ClassLoader loader, String[] args) throws Exception {
        try {
            Class.forName(GUI_MAIN, true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path ownJar() throws URISyntaxException {
        return Path.of(GuiLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * JavaFX's module jars from {@code jar}, copied into the cache folder unless a copy of the same
     * name and size is there (or, if the cache cannot be written, into a temporary folder).
     */
    static List<Path> unpack(Path jar) throws IOException {
        try {
            return unpack(jar, cacheFolder());
        } catch (IOException e) {
            Path temporary = Files.createTempDirectory("activation-lab-javafx");
            temporary.toFile().deleteOnExit();
            List<Path> copies = unpack(jar, temporary);
            copies.forEach(p -> p.toFile().deleteOnExit());
            return copies;
        }
    }

    /** Copies JavaFX's module jars in {@code jar} to {@code folder} where missing; returns the copies. */
    static List<Path> unpack(Path jar, Path folder) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.startsWith(NESTED) || !name.endsWith(".jar") || name.indexOf('/', NESTED.length()) >= 0) {
                    continue;
                }
                Path copy = folder.resolve(name.substring(NESTED.length()));
                if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
                    Files.createDirectories(folder);
                    Path part = Files.createTempFile(folder, copy.getFileName().toString(), ".part");
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                }
                copies.add(copy);
            }
        }
        if (copies.isEmpty()) {
            throw new IOException(jar + " holds no JavaFX modules under " + NESTED);
        }
        return copies;
    }

    /** Where JavaFX's module jars are kept between starts. */
    static Path cacheFolder() {
        String chosen = System.getProperty(CACHE_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen, "javafx");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("activation-lab").resolve("javafx");
    }
}
