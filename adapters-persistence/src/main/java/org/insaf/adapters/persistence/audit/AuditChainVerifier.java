package org.insaf.adapters.persistence.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the audit chain in order with the checkpoints kept outside the database, and names the
 * first entry that does not fit:
 * <ul>
 *   <li>an entry missing from the sequence, or not linked to the one before it;</li>
 *   <li>a keyed entry whose seal the key does not give, or sealed with a key the verifier lacks;</li>
 *   <li>an unkeyed (SHA-256) entry where only keyed ones may be: after a keyed entry, or from the
 *       sequence the checkpoints say keyed sealing began (a rewrite re-sealed with plain SHA-256);</li>
 *   <li>an entry whose hash is not the one a checkpoint recorded for it;</li>
 *   <li>a tail shorter than a checkpoint recorded (entries removed from the end).</li>
 * </ul>
 * A checkpoint line that is not signed by the key is reported before any entry is read.
 */
final class AuditChainVerifier {

    private final Map<String, AuditKey> keys;
    private final List<AuditCheckpointFile.Line> lines;
    private final String checkpointSource;

    AuditChainVerifier(List<AuditKey> keys, List<AuditCheckpointFile.Line> lines, String checkpointSource) {
        this.keys = new HashMap<>();
        keys.forEach(k -> this.keys.put(k.id(), k));
        this.lines = List.copyOf(lines);
        this.checkpointSource = checkpointSource;
    }

    AuditChainReport verify(Iterator<AuditEntryEntity> rows) {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        for (AuditCheckpointFile.Line line : lines) {
            Optional<AuditCheckpoint> checkpoint = line.checkpoint();
            long claimed = checkpoint.map(AuditCheckpoint::sequence).orElse(0L);
            if (checkpoint.isEmpty()) {
                return AuditChainReport.broken(0, checkpoints.size(), claimed, "line " + line.number() + " of "
                        + checkpointSource + " is not a checkpoint: the file was damaged or edited");
            }
            AuditKey key = keys.get(checkpoint.get().keyId());
            if (key == null || !checkpoint.get().signatureHolds(key)) {
                return AuditChainReport.broken(0, checkpoints.size(), claimed, "the checkpoint on line " + line.number()
                        + " of " + checkpointSource + " is not signed by the audit key: it was forged or edited");
            }
            checkpoints.add(checkpoint.get());
        }
        Map<Long, List<AuditCheckpoint>> bySequence = new HashMap<>();
        checkpoints.forEach(c -> bySequence.computeIfAbsent(c.sequence(), s -> new ArrayList<>()).add(c));
        Optional<AuditCheckpoint> keyedFromCheckpoint = checkpoints.stream()
                .min(java.util.Comparator.comparingLong(AuditCheckpoint::keyedFrom));
        long keyedFrom = keyedFromCheckpoint.map(AuditCheckpoint::keyedFrom).orElse(Long.MAX_VALUE);

        String previous = AuditChain.GENESIS;
        long expected = 1;
        long checked = 0;
        Optional<Long> firstKeyed = Optional.empty();
        while (rows.hasNext()) {
            AuditEntryEntity row = rows.next();
            checked++;
            if (row.sequence != expected) {
                return AuditChainReport.broken(checked, checkpoints.size(), expected, "it is missing");
            }
            if (!Objects.equals(row.previousHash, previous)) {
                return AuditChainReport.broken(checked, checkpoints.size(), row.sequence,
                        "it does not link to the entry before it");
            }
            Optional<String> sealFault = sealFault(row, firstKeyed, keyedFrom, keyedFromCheckpoint);
            if (sealFault.isPresent()) {
                return AuditChainReport.broken(checked, checkpoints.size(), row.sequence, sealFault.get());
            }
            for (AuditCheckpoint c : bySequence.getOrDefault(row.sequence, List.of())) {
                if (!c.hash().equals(row.hash)) {
                    return AuditChainReport.broken(checked, checkpoints.size(), row.sequence,
                            "it is not the entry the checkpoint of " + c.at() + " recorded: it was rewritten");
                }
            }
            if (AuditChain.HMAC_SHA256.equals(row.seal) && firstKeyed.isEmpty()) {
                firstKeyed = Optional.of(row.sequence);
            }
            previous = row.hash;
            expected++;
        }
        long last = expected - 1;
        Optional<AuditCheckpoint> furthest = checkpoints.stream()
                .max(java.util.Comparator.comparingLong(AuditCheckpoint::sequence));
        if (furthest.isPresent() && furthest.get().sequence() > last) {
            return AuditChainReport.broken(checked, checkpoints.size(), last + 1, "it is missing: the chain ends at entry "
                    + last + " but the checkpoint of " + furthest.get().at() + " recorded entry "
                    + furthest.get().sequence() + " (the tail was removed)");
        }
        if (checkpoints.isEmpty() && firstKeyed.isPresent()) {
            return AuditChainReport.broken(checked, 0, firstKeyed.get(), "no checkpoint vouches for it: "
                    + checkpointSource + " holds none, so a removed tail could not be seen");
        }
        return AuditChainReport.intact(checked, checkpoints.size());
    }

    private Optional<String> sealFault(AuditEntryEntity row, Optional<Long> firstKeyed, long keyedFrom,
                                       Optional<AuditCheckpoint> keyedFromCheckpoint) {
        if (AuditChain.SHA256.equals(row.seal)) {
            if (firstKeyed.isPresent()) {
                return Optional.of("it is sealed with plain SHA-256 after entry " + firstKeyed.get()
                        + " was sealed with the audit key: anyone with the database could have written it");
            }
            if (row.sequence >= keyedFrom) {
                return Optional.of("it is sealed with plain SHA-256, but the checkpoint of "
                        + keyedFromCheckpoint.orElseThrow().at() + " says sealing with the audit key began at entry "
                        + keyedFrom + ": anyone with the database could have written it");
            }
            return Objects.equals(row.hash, AuditChain.hashOf(row)) ? Optional.empty()
                    : Optional.of("its content no longer matches its hash");
        }
        if (AuditChain.HMAC_SHA256.equals(row.seal)) {
            AuditKey key = keys.get(row.keyId);
            if (key == null) {
                return Optional.of("it is sealed with key '" + row.keyId + "', which this verifier does not hold");
            }
            return AuditChain.keyedSealHolds(row, key) ? Optional.empty()
                    : Optional.of("its content no longer matches its seal (the audit key does not give it)");
        }
        return Optional.of("its seal '" + row.seal + "' is none this service writes");
    }
}
