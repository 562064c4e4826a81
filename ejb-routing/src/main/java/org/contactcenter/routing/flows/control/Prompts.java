package org.contactcenter.routing.flows.control;

import java.util.Map;
import java.util.Optional;

import org.contactcenter.routing.flows.control.FlowEnvironment.Failed;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.FlowAction;

/**
 * What the customer hears or reads and answers: a block's message (an audio prompt, text, or SSML spoken as its
 * text with the markup kept for adapters that speak SSML), in the contact's voice (Set voice); the question of Get
 * customer input; the next message of Loop prompts and its interrupt timer; a stored phone number in E.164 form.
 */
final class Prompts {
    /** Country calling codes for Store customer input's local phone number format (InputValidation.PhoneNumberValidation). */
    static final Map<String, String> CALLING_CODES = Map.ofEntries(Map.entry("JP", "81"), Map.entry("US", "1"), Map.entry("CA", "1"),
            Map.entry("GB", "44"), Map.entry("DE", "49"), Map.entry("FR", "33"), Map.entry("IT", "39"), Map.entry("ES", "34"),
            Map.entry("AU", "61"), Map.entry("NZ", "64"), Map.entry("KR", "82"), Map.entry("CN", "86"), Map.entry("TW", "886"),
            Map.entry("HK", "852"), Map.entry("SG", "65"), Map.entry("IN", "91"), Map.entry("BR", "55"), Map.entry("MX", "52"));

    private final FlowEnvironment env;

    Prompts(FlowEnvironment env) {
        this.env = env;
    }

    /** The text and/or audio of a prompt block: {@code Text}/{@code SSML}, or the prompt {@code PromptId} names. */
    MediaAction message(FlowRun run, FlowAction a, String prefix) {
        String promptId = a.parameter(prefix + "PromptId");
        MediaAction m;
        if (promptId != null && !promptId.isBlank()) {
            FlowEnvironment.Prompt prompt = env.prompt(promptId)
                    .orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR, "no prompt " + promptId));
            m = MediaAction.message(prompt.text(), prompt.audio());
        } else if (a.parameter(prefix + "Text") == null && a.parameter(prefix + "SSML") != null) {
            m = MediaAction.message(spoken(a.parameter(prefix + "SSML")), null);
            m.ssml = a.parameter(prefix + "SSML");
        } else {
            m = MediaAction.message(a.parameter(prefix + "Text"), null);
        }
        m.voice = run.voice;
        return m;
    }

    /** SSML as plain text: the markup removed, the five XML entities decoded, white space collapsed. */
    static String spoken(String ssml) {
        return ssml.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").replaceAll(" ([.,!?;:])", "$1").strip();
    }

    /** Get customer input: the question with its time limit, digits, terminator and (chat) options. */
    MediaAction question(FlowRun run, FlowAction a) {
        MediaAction ask = message(run, a, "");
        ask.type = MediaAction.Type.GET_INPUT;
        ask.timeoutSeconds = (int) References.number(a.parameter("InputTimeLimitSeconds"), 5);
        boolean storing = "true".equalsIgnoreCase(a.parameter("StoreInput"));
        ask.maxDigits = storing ? (int) References.number(a.parameter("InputValidation.CustomValidation.MaximumLength"), 20) : 1;
        ask.terminator = storing ? Optional.ofNullable(a.parameter("DTMFConfiguration.InputTerminationSequence")).orElse("#") : null;
        if (!storing) {
            ChatOptions.of(a).into(ask);
        }
        return ask;
    }

    /**
     * Loop prompts: the run's next message, then a PAUSE. With an interrupt timer (InterruptFrequencySeconds) the
     * pause lasts until it elapses, and its TIMEOUT ends the block with MessagesInterrupted; without one each message is
     * followed by 30 s of music on hold and the messages repeat until an agent answers.
     */
    void loop(FlowRun run, FlowAction a, java.util.List<MediaAction> out) {
        int count = 0;
        while (a.parameter("Messages." + count + ".Text") != null || a.parameter("Messages." + count + ".PromptId") != null
                || a.parameter("Messages." + count + ".SSML") != null) {
            count++;
        }
        if (count == 0) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "loop prompts without messages");
        }
        out.add(message(run, a, "Messages." + (run.loopPrompt % count) + "."));
        MediaAction pause = new MediaAction(MediaAction.Type.PAUSE);
        pause.timeoutSeconds = (int) References.number(a.parameter("InterruptFrequencySeconds"), 30);
        out.add(pause);
    }

    /** Loop prompts whose TIMEOUT is its interrupt (a timer and a MessagesInterrupted branch), not the next message. */
    static boolean interrupts(FlowAction a) {
        return a.parameter("InterruptFrequencySeconds") != null && !a.conditions().isEmpty();
    }

    /**
     * Store customer input with {@code InputValidation.PhoneNumberValidation.NumberFormat} Local and a
     * {@code CountryCode}: a local number (0312345678) becomes E.164 (+81312345678); anything else stays as entered.
     */
    static String phoneNumber(FlowAction a, String input) {
        String format = a.parameter("InputValidation.PhoneNumberValidation.NumberFormat");
        String code = CALLING_CODES.get(String.valueOf(a.parameter("InputValidation.PhoneNumberValidation.CountryCode")).toUpperCase(java.util.Locale.ROOT));
        if (input == null || !"Local".equalsIgnoreCase(format) || code == null || !input.matches("[0-9]{4,15}")) {
            return input;
        }
        String national = input.startsWith("0") && !"1".equals(code) ? input.substring(1) : input;
        return "+" + code + national;
    }
}
