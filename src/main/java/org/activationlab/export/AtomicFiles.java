package org.activationlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either completely there or untouched: the content goes to a
 * hidden temporary file in the target's folder, is flushed to disk, and is then moved over the
 * target in one step. If anything fails the temporary file is deleted and the old file, if any,
 * is left as it was.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a text file. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ATTEMPTS = 16;

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing an existing file.
     *
     * @throws ExportException naming the file and why it could not be written
     */
    public static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new ExportException(ExportTexts.cannotWrite(target, ExportTexts.get("export.notAFileName")));
        }
        if (!Files.isDirectory(folder)) {
            throw new ExportException(ExportTexts.cannotWrite(target, ExportTexts.format(Files.exists(folder)
                    ? "export.folderNotAFolder" : "export.folderMissing", folder)));
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportTexts.cannotWrite(target, ExportTexts.get("export.isAFolder")));
        }
        Path temporary = null;
        try {
            temporary = reserveTemporary(folder, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, file);
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            throw new ExportException(ExportTexts.cannotWrite(target, reason(e, folder)), e);
        }
    }

    /**
     * Writes text produced by {@code content} to {@code target} in UTF-8, replacing an existing file.
     *
     * @throws ExportException naming the file and why it could not be written
     */
    public static void writeText(Path target, TextContent content) throws ExportException {
        write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Creates a new empty hidden file next to the target. Unlike {@code Files.createTempFile} it
     * gets the permissions the user's umask gives new files, which the finished file keeps.
     */
    private static Path reserveTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // The write already failed; that failure is what the user needs to hear about.
        }
    }

    /** A short explanation of {@code e} for the user. */
    private static String reason(Exception e, Path folder) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return ExportTexts.format("export.permissionDenied", folder);
        }
        if (e instanceof NoSuchFileException) {
            return ExportTexts.format("export.folderMissing", folder);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
