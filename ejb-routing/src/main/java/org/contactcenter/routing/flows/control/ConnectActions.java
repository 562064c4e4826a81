package org.contactcenter.routing.flows.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.contactcenter.routing.flows.control.ConnectImport.Note;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockType;
import org.contactcenter.rules.flow.SystemAttributes;

/**
 * One supported action's conversion: Connect's parameters that the engine names differently or does not carry out
 * (each carried out or reported), Connect's {@code $.} system attributes translated (the unknown ones reported), and
 * its error branches fitted to the block: Connect-only error types mapped to the on-prem one or dropped, missing
 * required branches filled in (each said in a {@link Note}).
 */
final class ConnectActions {
    /** Connect-only error types → the block's on-prem error type that means the same. */
    private static final Map<String, Map<String, String>> ERRORS = Map.of(
            "TransferParticipantToThirdParty", Map.of("ConnectionTimeLimitExceeded", BlockCatalog.CALL_FAILED, "InvalidPhoneNumber", BlockCatalog.CALL_FAILED),
            "UpdateContactCallbackNumber", Map.of("CallbackNumberNotDialable", BlockCatalog.INVALID_CALLBACK_NUMBER, "InvalidPhoneNumber", BlockCatalog.INVALID_CALLBACK_NUMBER),
            "GetParticipantInput", Map.of("InvalidPhoneNumber", BlockCatalog.NO_MATCHING_ERROR),
            "CreateCallbackContact", Map.of("CallbackNumberNotDialable", BlockCatalog.NO_MATCHING_ERROR, "InvalidPhoneNumber", BlockCatalog.NO_MATCHING_ERROR));

    private final List<Note> notes;

    ConnectActions(List<Note> notes) {
        this.notes = notes;
    }

    /** Connect's parameters as the block's: renamed, carried out (said) or dropped (said). */
    JsonObject parameters(String id, String type, JsonObject p, String at) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        p.forEach((k, v) -> {
            switch (type + "." + k) {
                case "InvokeLambdaFunction.LambdaFunctionARN" -> out.add("FunctionId", v);
                case "InvokeLambdaFunction.LambdaInvocationAttributes" -> out.add("InvocationAttributes", v);
                case "InvokeLambdaFunction.InvocationTimeLimitSeconds", "InvokeLambdaFunction.ResponseValidation", "InvokeLambdaFunction.InvocationType" ->
                        note("PARAMETER_DROPPED", id, at + "/" + k, k + " dropped: an external function has its own timeout and always answers a JSON object");
                case "UpdateContactRecordingBehavior.AnalyticsBehavior", "UpdateContactRecordingBehavior.IVRRecordingBehavior",
                     "UpdateContactRecordingBehavior.ScreenRecordingBehavior" ->
                        note("PARAMETER_DROPPED", id, at + "/" + k, k + " dropped: no contact analytics (Contact Lens) or IVR / screen recording on-prem; "
                                + "RecordedParticipants is carried out");
                case "UpdateContactTextToSpeechVoice.TextToSpeechEngine", "UpdateContactTextToSpeechVoice.TextToSpeechStyle" ->
                        note("PARAMETER_DROPPED", id, at + "/" + k, k + " dropped: the voice adapter's speech engine has one engine and style per voice");
                case "TransferParticipantToThirdParty.CallerId" ->
                        note("PARAMETER_DROPPED", id, at + "/" + k, "CallerId dropped: the trunk's caller id is used");
                case "MessageParticipant.Media", "GetParticipantInput.Media" ->
                        note("PARAMETER_DROPPED", id, at + "/" + k, "Media (an S3 audio file) dropped: upload it as a prompt and use PromptId");
                default -> out.add(k, v);
            }
        });
        JsonObject mapped = out.build();
        carried(id, type, mapped, at);
        return mapped;
    }

    private void carried(String id, String type, JsonObject p, String at) {
        if (p.containsKey("ThirdPartyDTMFDigits")) {
            note("PARAMETER_CARRIED", id, at + "/ThirdPartyDTMFDigits", "ThirdPartyDTMFDigits are sent once the number answers (TRANSFER_TO_PHONE dtmf)");
        }
        if (p.containsKey("SSML") || ("MessageParticipantIteratively".equals(type) && p.toString().contains("\"SSML\""))) {
            note("PARAMETER_CARRIED", id, at + "/SSML", "SSML is spoken as its text (markup removed); the markup goes along as ssml for adapters that speak it");
        }
        if ("UpdateContactTextToSpeechVoice".equals(type)) {
            note("PARAMETER_CARRIED", id, at + "/TextToSpeechVoice", "the voice goes with every following MESSAGE / GET_INPUT (voice); the speech engine needs that voice installed");
        }
        if ("CreateCallbackContact".equals(type)) {
            for (String k : List.of("InitialCallDelaySeconds", "MaximumConnectionAttempts", "RetryDelaySeconds")) {
                if (p.containsKey(k)) {
                    note("PARAMETER_CARRIED", id, at + "/" + k, k + " carried out by the queued callback (its delay, dial attempts and retry delay)");
                }
            }
        }
        JsonObject phone = ConnectArns.object(ConnectArns.object(p.get("InputValidation")).get("PhoneNumberValidation"));
        if (!phone.isEmpty()) {
            String format = phone.getString("NumberFormat", "");
            String country = phone.getString("CountryCode", "");
            if ("Local".equalsIgnoreCase(format) && !Prompts.CALLING_CODES.containsKey(country.toUpperCase(java.util.Locale.ROOT))) {
                note("PARAMETER_DROPPED", id, at + "/InputValidation/PhoneNumberValidation/CountryCode", "no calling code known for country "
                        + country + ": the local number is stored as entered (Set callback number then needs E.164); known: " + Prompts.CALLING_CODES.keySet());
            } else {
                note("PARAMETER_CARRIED", id, at + "/InputValidation/PhoneNumberValidation", "the phone number is validated as "
                        + ("Local".equalsIgnoreCase(format) ? "a local number of " + country + " and stored in E.164" : "E.164"));
            }
        }
    }

    /** Every string (parameters, condition operands): Connect's system attribute names translated, unknown ones reported. */
    JsonValue names(JsonValue v, String id, String at) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder b = JSON.createObjectBuilder();
                v.asJsonObject().forEach((k, child) -> b.add(k, names(child, id, at + "/" + k)));
                return b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = JSON.createArrayBuilder();
                int i = 0;
                for (JsonValue child : v.asJsonArray()) {
                    b.add(names(child, id, at + "/" + i++));
                }
                return b.build();
            }
            case STRING -> {
                String s = ((JsonString) v).getString();
                String t = SystemAttributes.translate(s);
                if (!t.equals(s)) {
                    SystemAttributes.CONNECT.forEach((connect, ours) -> {
                        if (ours != null && !ours.equals(connect) && s.contains(connect)) {
                            note("SYSTEM_ATTRIBUTE_TRANSLATED", id, at, connect + " → " + ours);
                        }
                    });
                }
                for (String unknown : SystemAttributes.unknown(t)) {
                    note("UNKNOWN_SYSTEM_ATTRIBUTE", id, at, SystemAttributes.explain(unknown));
                }
                return t.equals(s) ? v : JSON.createValue(t);
            }
            default -> {
                return v;
            }
        }
    }

    /** The transitions with the block's error branches: Connect-only types mapped or dropped, required ones filled in. */
    JsonObject transitions(String id, BlockType block, JsonObject action, JsonObject t, String at) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue list = t.get("Errors");
        List<JsonValue> given = list != null && list.getValueType() == JsonValue.ValueType.ARRAY ? new ArrayList<>(list.asJsonArray()) : new ArrayList<>();
        // the block's own error types first, so a Connect-only one never displaces a branch the export gave
        given.sort(java.util.Comparator.comparing(e -> block.errors().contains(text(ConnectArns.object(e).get("ErrorType"))) ? 0 : 1));
        {
            for (JsonValue e : given) {
                String type = text(ConnectArns.object(e).get("ErrorType"));
                String next = text(ConnectArns.object(e).get("NextAction"));
                if (type == null || next == null) {
                    continue;
                }
                String ours = block.errors().contains(type) ? type : ERRORS.getOrDefault(block.type(), Map.of()).get(type);
                if (ours == null) {
                    note("ERROR_BRANCH_DROPPED", id, at + "/Errors", type + " → " + next + " dropped: " + block.block() + " has no such error (it has " + block.errors() + ")");
                } else if (errors.containsKey(ours)) {
                    note("ERROR_BRANCH_DROPPED", id, at + "/Errors", type + " → " + next + " dropped: it is " + ours + " here, whose branch is already " + errors.get(ours));
                } else {
                    if (!ours.equals(type)) {
                        note("ERROR_BRANCH_MAPPED", id, at + "/Errors", "Connect's " + type + " is " + ours + " here (→ " + next + ")");
                    }
                    errors.put(ours, next);
                }
            }
        }
        for (String required : requiredErrors(block, action, t)) {
            if (!errors.containsKey(required)) {
                String target = firstNonNull(errors.get(BlockCatalog.NO_MATCHING_ERROR), errors.values().stream().findFirst().orElse(null),
                        text(t.get("NextAction")), firstCondition(t));
                if (target != null) {
                    errors.put(required, target);
                    note("ERROR_BRANCH_ADDED", id, at + "/Errors", "missing " + required + " branch added (→ " + target
                            + "): Connect's designer accepts the block without it, the validator does not");
                }
            }
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        errors.forEach((type, next) -> out.add(JSON.createObjectBuilder().add("NextAction", next).add("ErrorType", type)));
        return JSON.createObjectBuilder(t).add("Errors", out).build();
    }

    /** The error branches the validator requires of this block (FlowValidator's rule). */
    private static List<String> requiredErrors(BlockType block, JsonObject action, JsonObject t) {
        boolean storing = "GetParticipantInput".equals(block.type())
                && "true".equalsIgnoreCase(text(ConnectArns.object(action.get("Parameters")).get("StoreInput")));
        if (storing) {
            return List.of(BlockCatalog.NO_MATCHING_ERROR);
        }
        boolean conditions = block.conditions() != BlockType.Conditions.NONE;
        List<String> out = new ArrayList<>(block.errors());
        if (!"GetParticipantInput".equals(block.type()) && !conditions) {
            out.remove(BlockCatalog.NO_MATCHING_CONDITION);
        }
        return out;
    }

    private static String firstCondition(JsonObject t) {
        JsonValue c = t.get("Conditions");
        if (c == null || c.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        return c.asJsonArray().stream().map(v -> text(ConnectArns.object(v).get("NextAction"))).filter(x -> x != null).findFirst().orElse(null);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private void note(String kind, String id, String pointer, String message) {
        notes.add(new Note(kind, id, pointer, message));
    }

    static String text(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : null;
    }
}
