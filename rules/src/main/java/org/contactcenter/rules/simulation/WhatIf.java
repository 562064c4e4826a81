package org.contactcenter.rules.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.contactcenter.rules.kbase.RuleBaseException;

/**
 * The analysts' command (docs/SIMULATOR.md): {@code simulate.sh --records FILE|DIR [--records …] [--config FILE]
 * [--from ISO] [--to ISO] [--format text|json|csv]}. Prints the report on standard output; exit code 0, or 2 for
 * input it cannot use (the message names the file and line, or the rule file and line), 1 for anything else.
 */
public final class WhatIf {
    static final String USAGE = "usage: simulate.sh --records FILE|DIR [--records FILE|DIR …] [--config candidate.json] "
            + "[--from 2026-12-01T00:00:00+09:00] [--to 2026-12-02T00:00:00+09:00] [--format text|json|csv]";

    private WhatIf() {
    }

    /** Drools' own log lines (INFO for every rule base, SEVERE repeating what the command reports): kept quiet. */
    private static final java.util.logging.Logger[] QUIET = {java.util.logging.Logger.getLogger("org.drools"),
            java.util.logging.Logger.getLogger("org.kie")};

    public static void main(String[] args) {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(java.util.logging.Level.OFF);
        }
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command; returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> records = new ArrayList<>();
        Path config = null;
        Instant from = null;
        Instant to = null;
        String format = "text";
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new InputException(a + " needs a value (" + USAGE + ")");
                }
                String v = args[++i];
                switch (a) {
                    case "--records" -> records.add(Path.of(v));
                    case "--config" -> config = Path.of(v);
                    case "--from" -> from = instant("--from", v);
                    case "--to" -> to = instant("--to", v);
                    case "--format" -> {
                        if (!List.of("text", "json", "csv").contains(v)) {
                            throw new InputException("--format: text, json or csv, not " + v);
                        }
                        format = v;
                    }
                    default -> throw new InputException("unknown option " + a + " (" + USAGE + ")");
                }
            }
            if (records.isEmpty()) {
                throw new InputException("--records is required (" + USAGE + ")");
            }
            if (from != null && to != null && !from.isBefore(to)) {
                throw new InputException("--from must be before --to");
            }
            long t0 = System.nanoTime();
            Candidate candidate = config == null ? Candidate.asRecorded() : Candidate.read(config);
            long t1 = System.nanoTime();
            List<List<RecordInput>> parts = new ArrayList<>();
            for (Path p : files(records)) {
                parts.add(Records.read(p));
            }
            List<RecordInput> all = parts.size() == 1 ? parts.get(0) : Records.merge(parts);
            long t2 = System.nanoTime();
            Report report = Simulation.run(all, candidate, from, to);
            if (format.equals("text")) {
                err.printf("rules %d ms, reading %d ms, replay and report %s ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        ((Number) report.summary().get("replayMillis")).longValue() + ((Number) report.summary().get("reportMillis")).longValue());
            }
            out.print(switch (format) {
                case "json" -> report.toJson() + "\n";
                case "csv" -> report.toCsv();
                default -> report.toText();
            });
            out.flush();
            return 0;
        } catch (InputException e) {
            err.println("what-if: " + e.getMessage());
            return 2;
        } catch (RuleBaseException e) {
            err.println("what-if: the candidate rules do not compile:");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        } catch (RuntimeException e) {
            err.println("what-if: failed: " + e);
            return 1;
        }
    }

    private static Instant instant(String option, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                throw new InputException(option + ": an ISO-8601 time with an offset, such as 2026-12-01T09:00:00+09:00, not " + value);
            }
        }
    }

    /** The files named, a directory's *.jsonl files in name order. */
    private static List<Path> files(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(p + ": cannot list: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new InputException(p + ": no such file or directory");
            }
        }
        return files;
    }
}
