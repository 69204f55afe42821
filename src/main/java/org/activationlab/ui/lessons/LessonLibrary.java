package org.activationlab.ui.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonKeys;
import org.activationlab.ui.json.JsonText;

/**
 * Loads the lessons: the built-in ones (the files listed in
 * {@code org/activationlab/lessons/index.json} on the class path), then every {@code *.json} file
 * of a teacher's folder (by default {@code ~/.activation-lab/lessons}). A file that cannot be used
 * is reported and skipped; the others still load. When two files use one id, the first keeps it
 * (built-in lessons come first, then the folder's files by name).
 */
public final class LessonLibrary {
    /** Where the built-in lesson files are packaged. */
    static final String BUILT_IN_FOLDER = "/org/activationlab/lessons/";
    /** The file listing the built-in lesson files, a JSON list of file names. */
    static final String INDEX = "index.json";
    private static final String LESSON_FILES = "*.json";
    private static final Comparator<Lesson> LESSON_ORDER = Comparator.comparingInt(Lesson::order)
            .thenComparing(Lesson::id);

    private final List<Lesson> lessons = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> sourceOfId = new HashMap<>();

    private LessonLibrary() {
    }

    /** The folder a teacher puts lesson files in: {@code .activation-lab/lessons} in the home folder. */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".activation-lab", "lessons");
    }

    /** The built-in lessons and those of {@code folder} (a folder that does not exist has none). */
    public static LessonLoad load(Path folder) {
        LessonLibrary library = new LessonLibrary();
        library.addBuiltIns();
        library.addFolder(folder);
        library.lessons.sort(LESSON_ORDER);
        return new LessonLoad(library.lessons, library.problems);
    }

    private void addBuiltIns() {
        String index = BUILT_IN_FOLDER + INDEX;
        List<String> files;
        try {
            files = indexedFiles(index);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Messages.format(LessonKeys.PROBLEM, index, Messages.format(LessonKeys.ERROR_READ, e.getMessage())));
            return;
        }
        for (String file : files) {
            String resource = BUILT_IN_FOLDER + file;
            try (InputStream in = LessonLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(Messages.format(LessonKeys.PROBLEM, resource, Messages.get(LessonKeys.ERROR_NOT_PACKAGED)));
                } else {
                    add(in.readAllBytes(), resource);
                }
            } catch (IOException e) {
                problems.add(Messages.format(LessonKeys.PROBLEM, resource, Messages.format(LessonKeys.ERROR_READ, e.getMessage())));
            }
        }
    }

    private static List<String> indexedFiles(String index) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new IOException(Messages.get(LessonKeys.ERROR_NOT_PACKAGED));
            }
            JsonNode list;
            try {
                list = JsonText.parse(JsonText.decode(in.readAllBytes()));
            } catch (JsonFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (!list.isArray()) {
                throw new IllegalArgumentException(Messages.format(JsonKeys.EXPECTED_LIST, FieldReader.describe(list)));
            }
            List<String> files = new ArrayList<>();
            list.forEach(name -> files.add(name.asText()));
            return files;
        }
    }

    private void addFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, LESSON_FILES)) {
            found.forEach(files::add);
        } catch (IOException e) {
            problems.add(Messages.format(LessonKeys.PROBLEM, folder, Messages.format(LessonKeys.ERROR_READ, describe(e))));
            return;
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path file : files) {
            try {
                add(Files.readAllBytes(file), file.toString());
            } catch (IOException e) {
                problems.add(Messages.format(LessonKeys.PROBLEM, file, Messages.format(LessonKeys.ERROR_READ, describe(e))));
            }
        }
    }

    /** Adds the lesson in {@code bytes}, or the problem that keeps it out; fields ignored are noted. */
    private void add(byte[] bytes, String source) {
        try {
            List<String> ignored = new ArrayList<>();
            Lesson lesson = LessonParser.parse(JsonText.decode(bytes), source, ignored);
            if (!ignored.isEmpty()) {
                problems.add(Messages.format(LessonKeys.PROBLEM, source,
                        Messages.format(JsonKeys.IGNORED, String.join(", ", ignored))));
            }
            String owner = sourceOfId.putIfAbsent(lesson.id(), source);
            if (owner != null) {
                problems.add(Messages.format(LessonKeys.PROBLEM, source,
                        Messages.format(LessonKeys.ERROR_DUPLICATE_ID, lesson.id(), owner)));
            } else {
                lessons.add(lesson);
            }
        } catch (JsonFormatException e) {
            problems.add(e.inFile(source));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
