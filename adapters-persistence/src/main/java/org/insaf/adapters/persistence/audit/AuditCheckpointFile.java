package org.insaf.adapters.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoints, one line each, appended to a file outside the database (readable by its owner
 * only). Where it lives is configuration: on the embedded default the data folder, in production
 * storage the database's owner cannot write.
 */
public final class AuditCheckpointFile {

    /** A line of the file: its number (from 1), its text, and the checkpoint it holds if it holds one. */
    record Line(int number, String text, Optional<AuditCheckpoint> checkpoint) {
    }

    private final Path file;

    public AuditCheckpointFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    List<Line> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> texts = Files.readAllLines(file, StandardCharsets.US_ASCII);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!texts.get(i).isBlank()) {
                    lines.add(new Line(i + 1, texts.get(i), AuditCheckpoint.parse(texts.get(i))));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint file " + file + " could not be read", e);
        }
    }

    Optional<AuditCheckpoint> last() {
        List<Line> lines = lines();
        return lines.isEmpty() ? Optional.empty() : lines.get(lines.size() - 1).checkpoint();
    }

    /** Appends and forces the line to the disk before returning: a checkpoint is worth only what survives a crash. */
    void append(AuditCheckpoint checkpoint) {
        try {
            if (!Files.exists(file)) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint file " + file + " could not be written", e);
        }
    }
}
