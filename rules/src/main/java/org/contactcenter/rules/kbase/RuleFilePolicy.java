package org.contactcenter.rules.kbase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an analyst's rule file may contain: decisions over the fact model, not code that reaches the server. Drools
 * compiles a consequence as Java and evaluates constraints with MVEL, so without this check a rule file could do
 * anything the server's OS user can. Checked on the DRL text (a decision table's generated DRL), before Drools
 * sees it, as an allow-list (docs/RULES.md, "Trust model"):
 * <ul>
 * <li>{@code import} only the fact model: {@code org.contactcenter.rules.model.*}, {@code org.contactcenter.rules.flow.BlockStep}
 * and {@code CustomerEvent}, and {@code java.util.List / Map / Set / Collection / Objects};</li>
 * <li>every type named in the file is one of those, a type the file declares, or a plain value type of java.lang
 * ({@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Float}, {@code Short}, {@code Byte},
 * {@code Boolean}, {@code Character}, {@code Number}, {@code Math}); no fully qualified names;</li>
 * <li>no {@code global}, {@code function}, {@code import function / accumulate / static}, no loops
 * ({@code for}, {@code while}, {@code do}), {@code synchronized}, {@code class}, {@code try}/{@code throw};</li>
 * <li>no reflection or class loading ({@code getClass}, {@code forName}, {@code getDeclaringClass},
 * {@code getMethod}, {@code invoke}, …), no {@code kcontext}, and of {@code drools} only {@code drools.getRule()};</li>
 * <li>no parallel streams (threads);</li>
 * <li>no unicode escapes ({@code \u005Cu…}): javac decodes them even in comments, so they could hide code.</li>
 * </ul>
 * String literals and comments are not code and are not checked. Problems come as "line: message", in the order
 * found; the first problem of a kind per line is enough.
 */
public final class RuleFilePolicy {
    static final Set<String> IMPORTS = Set.of("java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection",
            "java.util.Objects", "org.contactcenter.rules.flow.BlockStep", "org.contactcenter.rules.flow.CustomerEvent");
    static final Pattern MODEL_IMPORT = Pattern.compile("org\\.contactcenter\\.rules\\.model\\.(\\*|[A-Z][A-Za-z0-9]*)");
    static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
            "Character", "Number", "Math");
    static final Set<String> MODEL_TYPES = Set.of("AgentActivity", "Channel", "ContactPriorityRequest", "ContactState",
            "CrossChannelBehavior", "MediaLimit", "Offer", "Presence", "Proficiency", "Profile", "QueueEntry", "RoutingCriteria");
    static final Set<String> KEYWORDS = Set.of("global", "function", "for", "while", "do", "synchronized", "class", "try",
            "throw", "kcontext", "native", "assert");
    static final Set<String> MEMBERS = Set.of("getClass", "forName", "getClassLoader", "loadClass", "getDeclaringClass",
            "getEnclosingClass", "getSuperclass", "getInterfaces", "getComponentType", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke",
            "invokeExact", "invokeWithArguments", "setAccessible", "getRuntime", "exec", "getResource", "getResourceAsStream",
            "getProtectionDomain", "getModule", "getPackage", "getInteger", "getLong", "getBoolean", "describeConstable",
            "wait", "notify", "notifyAll", "finalize", "clone", "class", "parallel", "parallelStream");
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "sun", "com", "jdk", "org", "net", "io",
            "groovy", "kotlin", "scala", "mvel", "mvel2", "ognl");

    private RuleFilePolicy() {
    }

    /** A token of rule text: an identifier or one character of punctuation, with its line (1-based). */
    record Token(String text, int line, boolean identifier) {
    }

    /** The problems of one DRL text ("LINE: message"); empty when it keeps to the fact model. */
    public static List<Problem> check(String drl) {
        List<Problem> problems = new ArrayList<>();
        List<Token> tokens = tokens(drl, problems);
        Set<String> declared = declaredTypes(tokens);
        for (Token type : tokens) {
            if (declared.contains(type.text()) && shadowsSystemClass(type.text())) {
                add(problems, new HashSet<>(), type.line(), "a declared type may not be named " + type.text() + " like a class of java.lang or java.util");
                declared.remove(type.text());
            }
        }
        Set<String> imported = new HashSet<>();
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.identifier()) {
                continue;
            }
            String word = token.text();
            boolean member = i > 0 && (tokens.get(i - 1).text().equals(".") || tokens.get(i - 1).text().equals(":") && i > 1
                    && tokens.get(i - 2).text().equals(":"));
            boolean annotation = i > 0 && tokens.get(i - 1).text().equals("@");
            if (!member && (word.equals("import") || word.equals("package"))) {
                int end = qualifiedNameEnd(tokens, i + 1);
                String name = join(tokens, i + 1, end);
                if (word.equals("import")) {
                    String problem = importProblem(name);
                    if (problem != null) {
                        add(problems, reported, token.line(), problem);
                    } else if (!name.endsWith("*")) {
                        imported.add(name.substring(name.lastIndexOf('.') + 1));
                    } else {
                        imported.addAll(MODEL_TYPES);
                    }
                } else if (!name.startsWith("org.contactcenter.rules.")) {
                    add(problems, reported, token.line(), "the package must be org.contactcenter.rules.<rule base>, not " + name);
                }
                i = end - 1;
                continue;
            }
            if (member && MEMBERS.contains(word) || !member && MEMBERS.contains(word) && next(tokens, i).equals("(")) {
                add(problems, reported, token.line(), "\"" + word + "\" is not allowed in rules (reflection, class loading or system access)");
            } else if (!member && KEYWORDS.contains(word)) {
                add(problems, reported, token.line(), "\"" + word + "\" is not allowed in rules: rules decide over the fact model and run no other code");
            } else if (!member && word.equals("drools") && !(next(tokens, i).equals(".") && next(tokens, i + 1).equals("getRule"))) {
                add(problems, reported, token.line(), "of \"drools\" rules may use only drools.getRule()");
            } else if (!member && PACKAGE_ROOTS.contains(word) && next(tokens, i).equals(".")) {
                add(problems, reported, token.line(), "fully qualified names (" + word + ".…) are not allowed in rules: import a fact-model type");
            } else if (!member && !annotation && Character.isUpperCase(word.charAt(0)) && !JAVA_LANG.contains(word)
                    && !imported.contains(word) && !declared.contains(word)) {
                add(problems, reported, token.line(), "type " + word + " is not allowed in rules: only the fact model (org.contactcenter.rules.model),"
                        + " String, numbers, Boolean, Character and Math");
            }
        }
        return problems.stream().distinct().sorted(java.util.Comparator.comparingInt(Problem::line)).toList();
    }

    /** One problem: the line (1-based) of the checked text and what is wrong. */
    public record Problem(int line, String message) {
    }

    private static void add(List<Problem> problems, Set<Integer> reported, int line, String message) {
        if (reported.add(line * 31 + message.hashCode())) {
            problems.add(new Problem(line, message));
        }
    }

    private static String importProblem(String name) {
        if (name.startsWith("function") || name.startsWith("accumulate") || name.startsWith("static")) {
            return "import " + name.split("\\.")[0] + " is not allowed in rules: functions run as Java";
        }
        if (IMPORTS.contains(name) || MODEL_IMPORT.matcher(name).matches()) {
            return null;
        }
        return "import " + name + " is not allowed in rules: only the fact model (org.contactcenter.rules.model.*,"
                + " org.contactcenter.rules.flow.BlockStep / CustomerEvent) and java.util.List, Map, Set, Collection, Objects";
    }

    /** A declared type may not take the name of a class that code would otherwise reach (java.lang.Runtime, …). */
    private static boolean shadowsSystemClass(String name) {
        for (String pkg : List.of("java.lang.", "java.util.")) {
            try {
                Class.forName(pkg + name, false, RuleFilePolicy.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError absent) {
                // not a system class
            }
        }
        return false;
    }

    private static Set<String> declaredTypes(List<Token> tokens) {
        Set<String> declared = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals("declare") && tokens.get(i + 1).identifier()) {
                int at = tokens.get(i + 1).text().equals("enum") || tokens.get(i + 1).text().equals("trait") ? i + 2 : i + 1;
                if (at < tokens.size() && tokens.get(at).identifier()) {
                    declared.add(tokens.get(at).text());
                }
            }
        }
        return declared;
    }

    private static int qualifiedNameEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            String text = tokens.get(i).text();
            boolean expectName = (i - from) % 2 == 0;
            if (expectName ? !(tokens.get(i).identifier() || text.equals("*")) : !text.equals(".")) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            name.append(tokens.get(i).text());
        }
        String joined = name.toString();
        return joined.endsWith(".") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    }

    /** Identifiers and punctuation outside comments and string literals; unicode escapes reported. */
    static List<Token> tokens(String text, List<Problem> problems) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == 'u') {
                problems.add(new Problem(line, "unicode escapes (\\u…) are not allowed in rule files: write the character itself"));
            }
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i = escapeCheck(text, i, line, problems);
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    line += text.charAt(i) == '\n' ? 1 : 0;
                    i = escapeCheck(text, i, line, problems);
                }
                i += 2;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c) {
                    line += text.charAt(i) == '\n' ? 1 : 0;
                    i = text.charAt(i) == '\\' ? escapeCheck(text, i, line, problems) + 1 : i + 1;
                }
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                // javac ignores "identifier-ignorable" characters (say U+200B): get<U+200B>Class is getClass
                String word = text.substring(start, i).codePoints().filter(cp -> !Character.isIdentifierIgnorable(cp))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                tokens.add(new Token(word, line, true));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            } else {
                if (!Character.isWhitespace(c)) {
                    tokens.add(new Token(String.valueOf(c), line, false));
                }
                i++;
            }
        }
        return tokens;
    }

    /** Reports a unicode escape starting at i (inside a comment or literal too) and moves on by one character. */
    private static int escapeCheck(String text, int i, int line, List<Problem> problems) {
        if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
            problems.add(new Problem(line, "unicode escapes (\\u…) are not allowed in rule files: write the character itself"));
        }
        return i + 1;
    }
}
