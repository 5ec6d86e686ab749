package dev.baton.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, java.net.http): load a page, read what it
 * logged, evaluate script, take a screenshot. Started with the flags this machine needs (no sandbox as root, no
 * background networking).
 */
final class Chromium implements AutoCloseable {

	/** Where Debian installs it; {@code BATON_CHROMIUM} overrides. */
	static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("BATON_CHROMIUM", "/usr/bin/chromium"));

	private final Process process;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
	/** Console errors, uncaught exceptions and failed loads, as text. */
	final List<String> errors = new CopyOnWriteArrayList<>();
	private final List<CompletableFuture<Void>> loads = new CopyOnWriteArrayList<>();

	private Chromium(Process process, WebSocket.Builder builder, URI page) throws Exception {
		this.process = process;
		this.socket = builder.buildAsync(page, new Listener()).get(30, TimeUnit.SECONDS);
		call("Page.enable", Map.of());
		call("Runtime.enable", Map.of());
		call("Log.enable", Map.of());
	}

	static Chromium start(Path profile) throws Exception {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException(EXECUTABLE + " is missing: install Debian's chromium package (as .ci/run "
					+ "does), or point BATON_CHROMIUM at a Chromium");
		}
		Process process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--remote-debugging-port=0", "--user-data-dir=" + profile,
				"--window-size=1280,1000", "about:blank").redirectErrorStream(true).start();
		BufferedReader out =
				new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String browser = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		List<String> seen = new ArrayList<>();
		while (browser == null && System.nanoTime() < deadline) {
			String line = out.readLine();
			if (line == null) {
				break;
			}
			seen.add(line);
			if (line.startsWith("DevTools listening on ")) {
				browser = line.substring("DevTools listening on ".length()).strip();
			}
		}
		if (browser == null) {
			process.destroyForcibly();
			throw new IllegalStateException("Chromium did not start: " + String.join("\n", seen));
		}
		Thread drain = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// Chromium's own log: not the page's
				}
			} catch (IOException e) {
				// the process ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		URI base = URI.create(browser);
		HttpClient http = HttpClient.newHttpClient();
		String targets = http.send(HttpRequest.newBuilder(URI.create("http://" + base.getAuthority()
				+ "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> list = (List<Map<String, Object>>) parse(targets);
		String page =
				list.stream().filter(t -> "page".equals(t.get("type"))).map(t -> (String) t.get("webSocketDebuggerUrl"))
						.findFirst().orElseThrow(() -> new IllegalStateException("no page target in " + targets));
		return new Chromium(process, http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)),
				URI.create(page));
	}

	static Object parse(String json) {
		return new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(json);
	}

	/** Loads a URL and waits for its load event. */
	void open(String url) throws Exception {
		CompletableFuture<Void> loaded = new CompletableFuture<>();
		loads.add(loaded);
		call("Page.navigate", Map.of("url", url));
		loaded.get(30, TimeUnit.SECONDS);
	}

	/** The value of a script expression (JSON-able). */
	Object evaluate(String expression) throws Exception {
		Map<String, Object> result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
				"awaitPromise", true));
		@SuppressWarnings("unchecked")
		Map<String, Object> value = (Map<String, Object>) result.get("result");
		if (result.containsKey("exceptionDetails")) {
			throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
		}
		return value.get("value");
	}

	void screenshot(Path file) throws Exception {
		Map<String, Object> result = call("Page.captureScreenshot", Map.of("format", "png"));
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
		int id = ids.incrementAndGet();
		CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
		pending.put(id, answer);
		socket.sendText(json(Map.of("id", id, "method", method, "params", params)), true).get(30, TimeUnit.SECONDS);
		Map<String, Object> message = answer.get(60, TimeUnit.SECONDS);
		if (message.containsKey("error")) {
			throw new IllegalStateException(method + ": " + message.get("error"));
		}
		return (Map<String, Object>) message.getOrDefault("result", Map.of());
	}

	private static String json(Object value) {
		if (value instanceof Map<?, ?> map) {
			List<String> entries = new ArrayList<>();
			map.forEach((k, v) -> entries.add(json(String.valueOf(k)) + ":" + json(v)));
			return "{" + String.join(",", entries) + "}";
		}
		if (value instanceof String text) {
			StringBuilder out = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				if (c == '"' || c == '\\') {
					out.append('\\').append(c);
				} else if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			return out.append('"').toString();
		}
		return String.valueOf(value);
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder buffer = new StringBuilder();

		@Override
		@SuppressWarnings("unchecked")
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			buffer.append(data);
			if (last) {
				Map<String, Object> message = (Map<String, Object>) parse(buffer.toString());
				buffer.setLength(0);
				Object id = message.get("id");
				if (id instanceof Integer number && pending.containsKey(number)) {
					pending.remove(number).complete(message);
				} else {
					event((String) message.get("method"), (Map<String, Object>) message.get("params"));
				}
			}
			webSocket.request(1);
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private void event(String method, Map<String, Object> params) {
		switch (String.valueOf(method)) {
		case "Page.loadEventFired" -> loads.forEach(f -> f.complete(null));
		case "Runtime.exceptionThrown" ->
			errors.add("exception: " + ((Map<String, Object>) params.get("exceptionDetails"))
					.get("text") + " " + params.get("exceptionDetails"));
		case "Runtime.consoleAPICalled" -> {
			if ("error".equals(params.get("type")) || "warning".equals(params.get("type"))) {
				errors.add("console." + params.get("type") + ": " + params.get("args"));
			}
		}
		case "Log.entryAdded" -> {
			Map<String, Object> entry = (Map<String, Object>) params.get("entry");
			if ("error".equals(entry.get("level")) || "warning".equals(entry.get("level"))) {
				errors.add(
						"log." + entry.get("level") + ": " + entry.get("text") + " " + entry.getOrDefault("url", ""));
			}
		}
		default -> {
			// other events are not the test's business
		}
		}
	}

	@Override
	public void close() {
		socket.abort();
		// Chromium's helpers (renderer, GPU, crash handler) outlive the browser process for a moment and still write
		// to the profile: wait for them too, so the test's folder can be deleted
		List<ProcessHandle> helpers = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			for (ProcessHandle helper : helpers) {
				helper.destroy();
				try {
					helper.onExit().get(10, TimeUnit.SECONDS);
				} catch (ExecutionException | TimeoutException e) {
					helper.destroyForcibly();
				}
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			helpers.forEach(ProcessHandle::destroyForcibly);
			Thread.currentThread().interrupt();
		}
	}
}
