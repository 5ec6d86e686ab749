package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.distribution.BatonCommandTest.Result;

/**
 * A readiness rule of a bundle Baton does not ship, installed beside the distribution's bundles in the real Felix
 * runtime: {@code baton validate} reports it, and {@code baton export}'s readiness page lists the same finding, because
 * both take the rules from the Registry. The bundle is assembled here, as a third party would build it: one class
 * against the service API and a DS descriptor.
 */
class ThirdPartyRuleTest {

	private static final String RULE = """
			package com.example.signoff;

			import java.nio.file.Path;
			import org.eclipse.emf.common.util.DiagnosticChain;
			import dev.baton.api.Findings;
			import dev.baton.api.ReadinessRule;
			import dev.baton.api.RunContext;
			import dev.baton.api.SourceLocation;
			import dev.baton.model.Architecture;

			public final class SignOffRule implements ReadinessRule {
				@Override
				public void check(Architecture architecture, RunContext context, DiagnosticChain findings) {
					findings.add(Findings.warning("acme-sign-off", 1, SourceLocation.of(Path.of("baton.yaml")),
							"ACME's board has not signed off " + architecture.getName() + ": add its sign-off record"));
				}
			}
			""";

	private static final String COMPONENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="com.example.signoff.SignOffRule">
			  <property name="baton.id" value="acme-sign-off"/>
			  <property name="baton.label" value="ACME's board signed the handover off"/>
			  <property name="baton.severity" value="warning"/>
			  <property name="baton.section" type="Integer" value="1"/>
			  <service><provide interface="dev.baton.api.ReadinessRule"/></service>
			  <implementation class="com.example.signoff.SignOffRule"/>
			</scr:component>
			""";

	private static final String MESSAGE = "ACME's board has not signed off Test platform: add its sign-off record";

	@TempDir
	Path temp;

	@Test
	void aRuleBundleChangesValidateAndTheExportedReadinessPageAlike() throws Exception {
		Path plain = BatonCommandTest.baton().getParent().getParent();
		Path extended = distributionWith(plain, ruleBundle());
		Path work = Files.createDirectories(temp.resolve("work"));
		assertEquals(0, run(plain, work, "--as-of", "2026-11-28", "init", "arch", "--name", "Test platform").exit());
		Path arch = work.resolve("arch");

		Result validate = run(extended, arch, "--as-of", "2026-11-28", "validate");
		assertTrue(validate.out().contains("baton.yaml: warning: [acme-sign-off] " + MESSAGE),
				validate.out() + validate.err());
		assertEquals(1, validate.exit(), validate.err());
		Result runtime = run(extended, arch, "runtime");
		assertTrue(runtime.out().contains("acme-sign-off"), runtime.out());

		Result export = run(extended, arch, "--as-of", "2026-11-28", "export", "-f", "html", "-o", "pack");
		assertEquals(0, export.exit(), export.err());
		String page = Files.readString(arch.resolve("pack/readiness.html"));
		assertTrue(page.contains("acme-sign-off"), page);
		assertTrue(page.contains(MESSAGE.replace("'", "&#39;")) || page.contains(MESSAGE), page);

		// the same folder without the bundle: neither command knows the rule
		assertFalse(run(plain, arch, "--as-of", "2026-11-28", "validate").out().contains(MESSAGE));
		assertEquals(0, run(plain, arch, "--as-of", "2026-11-28", "export", "-f", "html", "-o", "plain").exit());
		assertFalse(Files.readString(arch.resolve("plain/readiness.html")).contains("acme-sign-off"));
	}

	/** The rule's class compiled against the distribution's API bundles, with its manifest and DS descriptor. */
	private Path ruleBundle() throws IOException {
		Path sources = Files.createDirectories(temp.resolve("src/com/example/signoff"));
		Path source = Files.writeString(sources.resolve("SignOffRule.java"), RULE);
		Path classes = Files.createDirectories(temp.resolve("classes"));
		Path bundles = BatonCommandTest.baton().getParent().getParent().resolve("bundles");
		List<String> classPath = new ArrayList<>();
		for (String name : List.of("dev.baton.api_", "dev.baton.model_", "org.eclipse.emf.common_",
				"org.eclipse.emf.ecore_")) {
			classPath.add(jar(bundles, name).toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int compiled = compiler.run(null, null, null, "--release", "21", "-proc:none", "-d", classes.toString(), "-cp",
				String.join(File.pathSeparator, classPath), source.toString());
		assertEquals(0, compiled, "the rule did not compile");

		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "com.example.signoff");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Import-Package",
				"dev.baton.api,dev.baton.model,org.eclipse.emf.common.util,org.eclipse.emf.ecore");
		main.putValue("Service-Component", "OSGI-INF/rule.xml");
		Path jar = temp.resolve("com.example.signoff_1.0.0.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			add(out, "com/example/signoff/SignOffRule.class",
					Files.readAllBytes(classes.resolve("com/example/signoff/SignOffRule.class")));
			add(out, "OSGI-INF/rule.xml", COMPONENT.getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(bytes);
		out.closeEntry();
	}

	private static Path jar(Path bundles, String prefix) throws IOException {
		try (Stream<Path> jars = Files.list(bundles)) {
			return jars.filter(j -> j.getFileName().toString().startsWith(prefix)).findFirst()
					.orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + bundles));
		}
	}

	/** A distribution with every bundle of {@code plain} (linked, not copied) and one more. */
	private Path distributionWith(Path plain, Path extra) throws IOException {
		Path home = Files.createDirectories(temp.resolve("baton"));
		Files.createDirectories(home.resolve("bin"));
		Files.copy(plain.resolve("bin/baton"), home.resolve("bin/baton"));
		Files.createSymbolicLink(home.resolve("lib"), plain.resolve("lib").toAbsolutePath());
		Path bundles = Files.createDirectories(home.resolve("bundles"));
		try (Stream<Path> jars = Files.list(plain.resolve("bundles"))) {
			for (Path jar : jars.toList()) {
				Files.createSymbolicLink(bundles.resolve(jar.getFileName()), jar.toAbsolutePath());
			}
		}
		Files.copy(extra, bundles.resolve(extra.getFileName()));
		return home;
	}

	private static Result run(Path home, Path directory, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/baton").toAbsolutePath().toString());
		command.addAll(List.of(args));
		Path out = Files.createTempFile("baton-out", ".txt");
		Path err = Files.createTempFile("baton-err", ".txt");
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).start();
		try (OutputStream in = process.getOutputStream()) {
			// nothing to type
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "baton " + String.join(" ", args) + " did not finish");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}
}
