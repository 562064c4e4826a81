package org.contactcenter.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The usual security headers on every answer: a Content-Security-Policy that lets a page run only this center's
 * scripts (no inline script but the pages' own import maps, allowed by their SHA-256, computed here from the
 * deployed pages at start; no eval, no plug-ins, no framing, no form posts elsewhere, connections only to this
 * origin and the softphone's PBX, {@code cc.softphone.wss-url}), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}, {@code X-Frame-Options: DENY},
 * {@code Cross-Origin-Opener-Policy: same-origin} and a Permissions-Policy that grants the microphone (the softphone)
 * to this origin only. The chat widget ({@code /chat/widget.js}) is embedded in other sites' pages: its script is
 * served with these headers too, which bind only documents.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);
    private String policy;
    @jakarta.inject.Inject
    org.contactcenter.web.softphone.Softphones softphones;

    @Override
    public void init(FilterConfig config) throws ServletException {
        Set<String> hashes = new TreeSet<>();
        ServletContext context = config.getServletContext();
        Deque<String> paths = new ArrayDeque<>();
        paths.add("/");
        while (!paths.isEmpty()) {
            Set<String> children = context.getResourcePaths(paths.pop());
            if (children == null) {
                continue;
            }
            for (String path : children) {
                if (path.endsWith("/") && !path.startsWith("/WEB-INF/") && !path.startsWith("/META-INF/")) {
                    paths.add(path);
                } else if (path.endsWith(".html")) {
                    hashes.addAll(inlineScriptHashes(context, path));
                }
            }
        }
        policy = policy(hashes, softphones == null ? null : softphones.origin().orElse(null));
    }

    /** The policy; {@code softphone}: the softphone's WebSocket origin, which the pages may also connect to (or null). */
    static String policy(Set<String> hashes, String softphone) {
        StringBuilder scripts = new StringBuilder("'self'");
        hashes.forEach(h -> scripts.append(" 'sha256-").append(h).append('\''));
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "media-src 'self' blob:; connect-src 'self'" + (softphone == null ? "" : " " + softphone) + "; font-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'";
    }

    static Set<String> inlineScriptHashes(String html) {
        Set<String> hashes = new TreeSet<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.add(Base64.getEncoder().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    private static Set<String> inlineScriptHashes(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            return in == null ? Set.of() : inlineScriptHashes(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Set.of();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "microphone=(self), camera=(), geolocation=()");
        String path = request.getRequestURI();
        if (path.endsWith(".html") || path.endsWith("/")) {
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
