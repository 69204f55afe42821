package org.activationlab.shootout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;

/**
 * A task of a shoot-out: a built-in task, whose points each run generates as {@code train --task}
 * does, or the points of a CSV file, which each run splits as {@code train --data} does. Its
 * {@link #name()} stands for it in every file and view.
 */
public sealed interface ShootoutTask {
    /** The name in files: the built-in task's ({@code circle}) or the data file's ({@code moons.csv}). */
    String name();

    /** Classification or regression. */
    ProblemType type();

    /**
     * The training and test points of the run seeded {@code seed}, as {@code train} makes them from
     * {@link #trainOptions}: a fraction {@value ShootoutPlan#TEST_FRACTION} held out for testing.
     *
     * @param points the points of a built-in task, training and test together (a file has its own)
     */
    DataSplit split(int points, long seed);

    /** The options of {@code train} that give {@link #split}'s points (the seed aside). */
    List<String> trainOptions(int points);

    /** The built-in tasks {@code tasks}, in order. */
    static List<ShootoutTask> builtIn(Task... tasks) {
        return of(List.of(tasks), List.of());
    }

    /**
     * The built-in tasks, then the data files, in order. A file is named by its file name, or, when
     * another task has that name or another file ends with the same name, by the shortest end of its
     * path that no other file's path ends with ({@code a/moons.csv} and {@code b/moons.csv}), so no
     * two tasks share a name.
     *
     * @throws IllegalArgumentException if a task or a file (by its absolute path) is given twice
     */
    static List<ShootoutTask> of(List<Task> builtIn, List<DataFile> files) {
        List<ShootoutTask> tasks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Task task : builtIn) {
            if (!names.add(task.cliName())) {
                throw new IllegalArgumentException(ShootoutTexts.format("error.task.twice", task.cliName()));
            }
            tasks.add(new BuiltIn(task));
        }
        Set<Path> seen = new HashSet<>();
        for (DataFile file : files) {
            if (!seen.add(file.identity())) {
                throw new IllegalArgumentException(ShootoutTexts.format("error.task.twice", file.path()));
            }
        }
        for (DataFile file : files) {
            tasks.add(new Csv(file, uniqueName(file, files, names)));
        }
        return tasks;
    }

    /**
     * The shortest end of {@code file}'s absolute path that no other file's path ends with and that is not
     * a built-in task's name; the whole path when every end is shared.
     */
    private static String uniqueName(DataFile file, List<DataFile> files, Set<String> builtInNames) {
        Path path = file.identity();
        for (int k = 1; k <= path.getNameCount(); k++) {
            Path end = path.subpath(path.getNameCount() - k, path.getNameCount());
            boolean shared = files.stream().anyMatch(other -> other != file && other.identity().endsWith(end));
            String name = joined(end);
            if (!shared && !builtInNames.contains(name)) {
                return name;
            }
        }
        return path.toString();
    }

    /** The names of {@code path} joined by {@code /} on every system, so files name a task alike everywhere. */
    private static String joined(Path path) {
        List<String> parts = new ArrayList<>();
        path.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /** A built-in task, generated with {@value ShootoutPlan#NOISE} noise: {@code train --task NAME --points N}. */
    record BuiltIn(Task task) implements ShootoutTask {
        public BuiltIn {
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String name() {
            return task.cliName();
        }

        @Override
        public ProblemType type() {
            return task.type();
        }

        @Override
        public DataSplit split(int points, long seed) {
            return task.split(points, ShootoutPlan.TEST_FRACTION, ShootoutPlan.NOISE, seed);
        }

        @Override
        public List<String> trainOptions(int points) {
            return List.of("--task", task.cliName(), "--points", Integer.toString(points),
                    "--noise", Double.toString(ShootoutPlan.NOISE),
                    "--test-fraction", Double.toString(ShootoutPlan.TEST_FRACTION));
        }
    }

    /**
     * The points of a CSV file, all of them whatever the plan's points: {@code train --data FILE}, split
     * by {@link DataSplit#split} with the run's seed.
     *
     * @param file the file and its points
     * @param name its name in files
     */
    record Csv(DataFile file, String name) implements ShootoutTask {
        public Csv {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public ProblemType type() {
            return file.data().type();
        }

        @Override
        public DataSplit split(int points, long seed) {
            return DataSplit.split(file.data(), ShootoutPlan.TEST_FRACTION, seed);
        }

        @Override
        public List<String> trainOptions(int points) {
            return List.of("--data", file.path().toString(),
                    "--test-fraction", Double.toString(ShootoutPlan.TEST_FRACTION));
        }
    }
}
