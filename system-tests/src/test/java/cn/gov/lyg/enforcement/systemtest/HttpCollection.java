package cn.gov.lyg.enforcement.systemtest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A {@code .http} request collection (the VS Code REST Client / JetBrains HTTP Client format) read and executed:
 * file variables {@code @name = value}, requests separated by {@code ###}, {@code # @name} to name a request and
 * {@code {{name.response.body.$.a.b}}} / {@code {{name.response.headers.Name}}} to reuse its answer,
 * {@code {{$guid}}} and {@code {{$randomInt min max}}}. Each request must carry {@code # @expect <status>}.
 */
final class HttpCollection {

    /** One request of the file, as written (variables not yet substituted). */
    record Request(String title, String name, int expect, String method, String url, List<String[]> headers,
                   String body) {
    }

    /** The outcome of one request. */
    record Outcome(Request request, String url, int status, String body) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final Pattern FILE_VARIABLE = Pattern.compile("^@([A-Za-z0-9_]+)\\s*=\\s*(.*)$");

    final Map<String, String> variables = new LinkedHashMap<>();
    final List<Request> requests = new ArrayList<>();

    static HttpCollection parse(String text) {
        HttpCollection collection = new HttpCollection();
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String title = "";
        for (String line : text.split("\r?\n", -1)) {
            if (line.startsWith("###")) {
                blocks.add(current);
                titles.add(title);
                current = new ArrayList<>();
                title = line.substring(3).trim();
            } else {
                current.add(line);
            }
        }
        blocks.add(current);
        titles.add(title);
        for (int i = 0; i < blocks.size(); i++) {
            collection.parseBlock(titles.get(i), blocks.get(i));
        }
        return collection;
    }

    private void parseBlock(String title, List<String> lines) {
        String name = null;
        Integer expect = null;
        String method = null;
        String url = null;
        List<String[]> headers = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int state = 0; // 0 before the request line, 1 headers, 2 body
        for (String line : lines) {
            String trimmed = line.trim();
            if (state == 0) {
                Matcher variable = FILE_VARIABLE.matcher(trimmed);
                if (trimmed.isEmpty()) {
                    continue;
                } else if (variable.matches()) {
                    variables.put(variable.group(1), variable.group(2).trim());
                } else if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
                    String meta = trimmed.replaceFirst("^(#|//)\\s*", "");
                    if (meta.startsWith("@name ")) {
                        name = meta.substring(6).trim();
                    } else if (meta.startsWith("@expect ")) {
                        expect = Integer.parseInt(meta.substring(8).trim());
                    }
                } else {
                    // METHOD URL [HTTP/1.1]; the URL may hold {{...}} with spaces
                    int space = trimmed.indexOf(' ');
                    method = trimmed.substring(0, space);
                    url = trimmed.substring(space + 1).replaceFirst("\\s+HTTP/[0-9.]+$", "").trim();
                    state = 1;
                }
            } else if (state == 1) {
                if (trimmed.isEmpty()) {
                    state = 2;
                } else if (!trimmed.startsWith("#")) {
                    int colon = line.indexOf(':');
                    headers.add(new String[] { line.substring(0, colon).trim(), line.substring(colon + 1).trim() });
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (method == null) {
            return;
        }
        if (expect == null) {
            throw new IllegalArgumentException("request '" + title + "' has no # @expect <status>");
        }
        requests.add(new Request(title, name, expect, method, url, headers, body.toString().strip()));
    }

    /** Runs every request in order against the running stack; stops at the first unexpected status. */
    List<Outcome> run() {
        Map<String, HttpResponse<String>> named = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Request request : requests) {
            String url = substitute(request.url(), named);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
            for (String[] header : request.headers()) {
                builder.header(header[0], substitute(header[1], named));
            }
            String body = substitute(request.body(), named);
            builder.method(request.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response = Stack.send(builder);
            outcomes.add(new Outcome(request, url, response.statusCode(), response.body()));
            if (response.statusCode() != request.expect()) {
                break;
            }
            if (request.name() != null) {
                named.put(request.name(), response);
            }
        }
        return outcomes;
    }

    String substitute(String text, Map<String, HttpResponse<String>> named) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(resolve(matcher.group(1), named)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String resolve(String expression, Map<String, HttpResponse<String>> named) {
        if (expression.equals("$guid")) {
            return UUID.randomUUID().toString();
        }
        if (expression.startsWith("$randomInt")) {
            String[] bounds = expression.split("\\s+");
            return String.valueOf(ThreadLocalRandom.current().nextInt(Integer.parseInt(bounds[1]),
                    Integer.parseInt(bounds[2])));
        }
        if (variables.containsKey(expression)) {
            return substitute(variables.get(expression), named);
        }
        String[] parts = expression.split("\\.", 4);
        if (parts.length >= 4 && parts[1].equals("response") && named.containsKey(parts[0])) {
            HttpResponse<String> response = named.get(parts[0]);
            if (parts[2].equals("headers")) {
                return response.headers().firstValue(parts[3]).orElseThrow(
                        () -> new IllegalStateException("no header " + parts[3] + " in " + parts[0]));
            }
            if (parts[2].equals("body")) {
                JsonNode node = Stack.JSON.readTree(response.body());
                for (String field : parts[3].replaceFirst("^\\$\\.?", "").split("\\.")) {
                    if (!field.isEmpty()) {
                        node = node.path(field);
                    }
                }
                if (node.isMissingNode()) {
                    throw new IllegalStateException("no " + parts[3] + " in the body of " + parts[0]);
                }
                return node.asString();
            }
        }
        throw new IllegalStateException("unknown variable {{" + expression + "}}");
    }
}
