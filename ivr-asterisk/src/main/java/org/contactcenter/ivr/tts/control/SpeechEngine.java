package org.contactcenter.ivr.tts.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One text-to-speech engine called as a process: the words on its standard input, a WAV file out, then sox to
 * 8 kHz, mono, 16-bit (what Asterisk plays without transcoding). Nothing is passed through a shell.
 */
public final class SpeechEngine {
    private final String name;
    private final List<String> command;
    private final List<Path> needs;
    private final Duration timeout;

    /**
     * {@code command} has {@code {out}} where the engine's WAV file goes; {@code needs} are files the engine cannot
     * work without (its voice, its dictionary), checked with the executables at start.
     */
    public SpeechEngine(String name, List<String> command, List<Path> needs, Duration timeout) {
        this.name = name;
        this.command = List.copyOf(command);
        this.needs = List.copyOf(needs);
        this.timeout = timeout;
    }

    /** espeak-ng for English (voice e.g. en-us). */
    public static SpeechEngine espeak(String voice, Duration timeout) {
        return new SpeechEngine("espeak-ng " + voice, List.of("espeak-ng", "-v", voice, "-s", "160", "--stdin", "-w", "{out}"), List.of(), timeout);
    }

    /** Open JTalk for Japanese, with its dictionary and an HTS voice. */
    public static SpeechEngine openJTalk(Path dictionary, Path voice, Duration timeout) {
        return openJTalk(dictionary, voice, 0, timeout);
    }

    /** Open JTalk with its pitch moved by {@code halfTones} (its {@code -fm}): one installed voice, several speakers. */
    public static SpeechEngine openJTalk(Path dictionary, Path voice, double halfTones, Duration timeout) {
        List<String> command = new ArrayList<>(List.of("open_jtalk", "-x", dictionary.toString(), "-m", voice.toString()));
        String name = "open_jtalk " + voice.getFileName();
        if (halfTones != 0) {
            command.addAll(List.of("-fm", String.valueOf(halfTones)));
            name += " -fm " + halfTones;
        }
        command.addAll(List.of("-ow", "{out}"));
        return new SpeechEngine(name, command, List.of(dictionary, voice), timeout);
    }

    public String name() {
        return name;
    }

    /** Why it cannot speak (an executable or a file missing), or null when it can. */
    public String missing() {
        for (String exe : List.of(command.get(0), "sox")) {
            if (!onPath(exe)) {
                return exe + " is not installed";
            }
        }
        for (Path p : needs) {
            if (!Files.exists(p)) {
                return p + " is missing";
            }
        }
        return null;
    }

    /** Renders the words into {@code target} (8 kHz mono 16-bit WAV); the file appears whole or not at all. */
    public void render(String words, Path target) throws IOException {
        Path raw = Files.createTempFile(target.getParent(), ".tts-", ".raw.wav");
        Path part = Files.createTempFile(target.getParent(), ".tts-", ".part.wav");
        try {
            List<String> cmd = new ArrayList<>();
            for (String c : command) {
                cmd.add(c.replace("{out}", raw.toString()));
            }
            run(cmd, words);
            run(List.of("sox", raw.toString(), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", part.toString()), null);
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(part);
        }
    }

    private void run(List<String> cmd, String input) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write((input + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd.get(0) + " took longer than " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(cmd.get(0) + " interrupted");
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd.get(0) + " failed with exit code " + p.exitValue());
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
